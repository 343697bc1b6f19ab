import { createRule } from '../src/engine/create-rule.js';
import { getFieldValue, getSection } from '../src/model/index.js';
import { isJson, isUnknownDeep, readText, valueState } from './util/read.js';
import { fileIndexes } from './util/slots.js';

/**
 * DEP-18 (catalogue §6): Ⅱ 2 ④ 全ての記録項目 is in practice a pointer (`別添1を参照。` in juten,
 * `別添2を参照。` in zenko) to the 特定個人情報ファイル記録項目 annex of the same file, so that annex
 * must be there and hold the items.
 *
 * - The annex is missing or empty: an error for JSON; a rendering that lost the whole annex says
 *   nothing (its importer notes lost blocks), one that printed it empty is reported.
 * - The pointer names another annex number than the form gives the 記録項目 annex in this kind
 *   (juten 別添2 is the 変更箇所): a warning.
 */
const POINTER = /別添\s*([0-9]+)/;

export default createRule({
  meta: {
    id: 'records-annex',
    category: 'conditional',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '「全ての記録項目」で別添を参照するなら、その別添（特定個人情報ファイル記録項目）に記録項目を記載する。',
      en: 'When 全ての記録項目 refers to an annex, that annex (特定個人情報ファイル記録項目) lists the items.',
    },
    messages: {
      annexMissing: {
        ja: '「{{label}}」は「{{pointer}}」を参照していますが、{{annex}}がありません。記録項目の一覧を別添として記載してください。',
        en: '{{label}} refers to 「{{pointer}}」 but the document has no {{annex}}: add the list of recorded items.',
      },
      annexEmpty: {
        ja: '「{{label}}」は「{{pointer}}」を参照していますが、{{annex}}に記録項目が記載されていません。',
        en: '{{label}} refers to 「{{pointer}}」 but {{annex}} lists no items.',
      },
      wrongNumber: {
        ja: '「{{label}}」は「別添{{found}}」を参照していますが、この様式の特定個人情報ファイル記録項目は「{{expected}}」です。',
        en: '{{label}} refers to 別添{{found}}, but this form\'s annex of recorded items is {{expected}}.',
      },
    },
  },
  check(context) {
    const number = getSection('annex.records[f]')?.numbers[context.kind]?.part;
    const expected = number ? /別添(\d+)/.exec(number)?.[1] : undefined;
    for (const f of fileIndexes(context.assessment)) {
      const pointerId = `II[${f}].2.allItems`;
      const text = readText(context, pointerId);
      if (text === undefined) continue;
      const m = POINTER.exec(text.normalize('NFKC'));
      if (!m || !/参照/.test(text)) continue;
      const found = m[1]!;
      const annex = `${number ?? '(別添)'} 特定個人情報ファイル記録項目`;
      const data = { pointer: text.trim(), annex };
      if (expected !== undefined && found !== expected) {
        context.report({ target: pointerId, messageId: 'wrongNumber', data: { found, expected: `別添${expected}` }, severity: 1 });
      }
      const annexId = `annex.records[${f}]`;
      if (isUnknownDeep(context, annexId)) continue;
      const value = getFieldValue(context.assessment, annexId);
      if (value === undefined) {
        if (isJson(context)) context.report({ target: pointerId, messageId: 'annexMissing', data });
        continue;
      }
      if (!recordsFilled(value)) context.report({ target: pointerId, messageId: 'annexEmpty', data });
    }
  },
});

/** The annex holds items: its raw text, or a group with a heading or items. */
function recordsFilled(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, v]) => {
    if (key === 'raw') return valueState(v) === 'filled';
    if (/^group\[\d+\]$/.test(key) && typeof v === 'object' && v !== null) return Object.values(v).some((x) => valueState(x) === 'filled');
    return false;
  });
}
