/**
 * The normalized form of a citation (half-width digits, canonical words): 「番号法第19条第8号」,
 * 「番号法別表第一第30項」, 「番号法別表第44項」, 「番号法第19条第8号命令第2条の表第42項」. Two citations
 * with the same normalized form cite the same provision whatever their spelling.
 */
import type { Citation, DigitStyle, RulesId } from './citation.js';

type Fields = Pick<
  Citation,
  | 'law'
  | 'lawName'
  | 'rules'
  | 'supplementary'
  | 'article'
  | 'articleBranch'
  | 'articleSubBranches'
  | 'paragraph'
  | 'item'
  | 'itemBranch'
  | 'annex'
  | 'annexItem'
  | 'annexItemBranch'
  | 'table'
  | 'tableRow'
  | 'tableRowBranch'
>;

export const RULES_SHORT_NAME: Readonly<Record<RulesId, string>> = {
  'ord19-8': '番号法第19条第8号命令',
  ordBetsu: '番号法別表命令',
  ordBetsu1: '番号法別表第一命令',
  ordB2: '番号法別表第二命令',
  ordBetsuAbbrev: '主務省令事項を定める命令〔別表第一〕',
  ordB2Abbrev: '主務省令事項を定める命令〔別表第二〕',
  unknown: '主務省令',
};

export function rowText(row: number, branch?: number): string {
  return branch === undefined ? String(row) : `${row}の${branch}`;
}

function lawPrefix(c: Fields): string {
  switch (c.law) {
    case 'bango':
      return '番号法';
    case 'bangoRules':
      return RULES_SHORT_NAME[c.rules ?? 'unknown'];
    case 'ordinance':
    case 'other':
      return c.lawName ?? '';
    default:
      return '';
  }
}

export function normalizeCitation(c: Fields): string {
  let out = lawPrefix(c);
  if (c.supplementary) out += '附則';
  if (c.annex !== undefined) {
    out += c.annex === 'first' ? '別表第一' : c.annex === 'second' ? '別表第二' : '別表';
    if (c.annexItem !== undefined) out += `第${rowText(c.annexItem, c.annexItemBranch)}項`;
  }
  if (c.article !== undefined) {
    out += `第${c.article}条`;
    if (c.articleBranch !== undefined) out += `の${c.articleBranch}`;
    for (const b of c.articleSubBranches ?? []) out += `の${b}`;
    if (c.paragraph !== undefined) out += `第${c.paragraph}項`;
    if (c.item !== undefined) out += `第${c.item}号`;
    if (c.itemBranch !== undefined) out += `の${c.itemBranch}`;
  }
  if (c.table) {
    out += 'の表';
    if (c.tableRow !== undefined) out += `第${rowText(c.tableRow, c.tableRowBranch)}項`;
  }
  return out;
}

const NUMERAL_ROLES = new Set([
  'article',
  'articleBranch',
  'paragraph',
  'item',
  'itemBranch',
  'annexItem',
  'annexItemBranch',
  'tableRow',
  'tableRowBranch',
]);

/**
 * The digit style of the citation's own numbers. The annex ordinal (別表第一) counts only when there
 * is no other number: 「別表第一の30の項」 is half-width, as authors write it.
 */
export function digitStyleOf(parts: Citation['parts']): DigitStyle {
  let styles = parts.filter((p) => NUMERAL_ROLES.has(p.role) && p.style).map((p) => p.style!);
  // The ordinal inside an order's title (「別表第二の主務省令…」) is part of the title, not a number.
  if (styles.length === 0 && !parts.some((p) => p.role === 'rulesName')) {
    styles = parts.filter((p) => p.role === 'annexOrdinal' && p.style).map((p) => p.style!);
  }
  if (styles.length === 0) return 'none';
  const first = styles[0]!;
  return styles.every((s) => s === first) ? first : 'mixed';
}
