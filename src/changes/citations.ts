/**
 * When is a change of citations only a renumbering (法令改正に伴う条項ずれ)? The citations come from
 * the law module's parser (src/law/parse.ts); this module knows which number changes the
 * amendments of the My Number Act made (law-and-rules.md §1.1, §1.2, §1.5) and folds the ways of
 * naming the law, so that formal.ts can compare two texts citation by citation.
 */
import type { Citation } from '../law/citation.js';
import { BANGO_MENTION_SOURCE } from '../law/law-names.js';
import { parseCitations } from '../law/parse.js';

export type { Citation };

/** The citations of a text, in order (offsets into the text). */
export function findCitations(text: string): Citation[] {
  return parseCitations(text);
}

/** The same provision, however it is written (law title, numerals, spacing). */
export function sameCitation(a: Citation, b: Citation): boolean {
  return a.normalized === b.normalized;
}

/**
 * Rows of 別表第一 → 別表 (2024-05-27) and of 別表第二 → 主務省令第2条の表 known from
 * law-and-rules.md §1.5: a renumbering that contradicts them is not a renumbering. Rows not listed
 * are accepted, since the change of table itself shows the amendment.
 */
const BETSU1_TO_BETSU: ReadonlyMap<number, number> = new Map([[15, 23], [16, 24], [30, 44], [68, 100]]);
const BETSU2_TO_TABLE: ReadonlyMap<number, number> = new Map([
  [1, 1], [2, 2], [3, 3], [26, 42], [27, 48], [42, 69], [43, 70], [58, 83], [61, 86], [62, 87],
  [80, 115], [81, 116], [87, 125], [93, 131], [94, 132], [108, 144], [120, 158],
]);

function rowFollows(map: ReadonlyMap<number, number>, before: number | undefined, branch: number | undefined, after: number | undefined): boolean {
  if (before === undefined || after === undefined) return before === after;
  if (branch !== undefined) return true;
  const known = map.get(before);
  return known === undefined || known === after;
}

/**
 * 第19条 items shifted twice (law-and-rules.md §1.2): +1 for items ≥ 8 on 2017-05-30 (第8号
 * inserted) and +1 for items ≥ 4 on 2021-09-01 (第4号 inserted). So 第7号 → 第8号 and 第10号 → 第11号
 * are renumberings, and 第9号 → 第11号 spans both.
 */
function isArticle19Shift(before: number, after: number): boolean {
  const delta = after - before;
  return (delta === 1 && before >= 4) || (delta === 2 && before >= 8);
}

/**
 * Articles the 平成27年 amendment moved by one (law-and-rules.md §1.1 row 2): the 指針 basis
 * 第26条 → 第27条 and the 評価 itself 第27条 → 第28条.
 */
const MOVED_ARTICLES: ReadonlyMap<number, number> = new Map([[26, 27], [27, 28]]);

function sameBranches(a: Citation, b: Citation): boolean {
  return (
    a.articleBranch === b.articleBranch &&
    a.itemBranch === b.itemBranch &&
    JSON.stringify(a.articleSubBranches ?? []) === JSON.stringify(b.articleSubBranches ?? [])
  );
}

/**
 * Only numbers of the My Number Act changed, and as one of its amendments renumbered them. Any other
 * change of a number is a change of substance: 第9条第1項 → 第2項 turns a statutory use into a
 * local one, and another law's 第19条 did not move with the 番号法's.
 */
export function isRenumbering(before: Citation, after: Citation): boolean {
  if (sameCitation(before, after)) return true;
  if (before.law !== 'bango' || before.supplementary || after.supplementary) return false;
  if (before.annex !== undefined) {
    // 別表第一 → 別表 (2024): the rows follow the new table.
    if (before.annex === 'first' && after.law === 'bango' && after.annex === 'single') {
      return rowFollows(BETSU1_TO_BETSU, before.annexItem, before.annexItemBranch, after.annexItem);
    }
    // 別表第二 → 第19条第8号に基づく主務省令第2条の表 (2024).
    if (before.annex === 'second' && after.law === 'bangoRules' && after.table === true) {
      return rowFollows(BETSU2_TO_TABLE, before.annexItem, before.annexItemBranch, after.tableRow);
    }
    return false;
  }
  if (after.law !== 'bango' || after.annex !== undefined || !sameBranches(before, after)) return false;
  if (before.article === 19 && after.article === 19 && before.paragraph === after.paragraph) {
    return before.item !== undefined && after.item !== undefined && isArticle19Shift(before.item, after.item);
  }
  return (
    before.article !== undefined &&
    MOVED_ARTICLES.get(before.article) === after.article &&
    before.paragraph === after.paragraph &&
    before.item === after.item
  );
}

const LAW_TITLE = new RegExp(BANGO_MENTION_SOURCE, 'gu');

/** Every way of naming the My Number Act becomes `番号法` (for the text around the citations). */
export function canonicalLawTitles(text: string): string {
  return text.replace(LAW_TITLE, '番号法');
}
