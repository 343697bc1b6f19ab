import { createRule } from '../src/engine/create-rule.js';
import { fieldIdToPointer, iterateFields } from '../src/model/index.js';

/**
 * 「令和1年」 → 「令和元年」. The first year of an era is written 元年 in official documents.
 * Text in a 変更箇所 row's 変更前 is history (what the document used to say) and is left alone.
 */
const FIRST_YEAR = /(令和|平成|昭和|大正)([ \u3000]*)(1|１|一)(?![0-9０-９〇一二三四五六七八九十百])([ \u3000]*)年/g;

const HISTORY = /^annex\.changes\[\d+\]\.before$/;

export default createRule({
  meta: {
    id: 'era-first-year',
    category: 'date',
    defaultSeverity: 'error',
    fixable: 'code',
    description: {
      ja: '元号の初年は「1年」ではなく「元年」と書く（令和1年 → 令和元年）。',
      en: 'The first year of an era is written 元年, not 1年 (令和1年 → 令和元年).',
    },
    messages: {
      firstYear: {
        ja: '「{{label}}」の「{{found}}」は「{{era}}元年」と書きます。',
        en: '"{{found}}" in {{label}} should be written "{{era}}元年".',
      },
    },
  },
  check(context) {
    for (const { fieldId, def, value } of iterateFields(context.assessment)) {
      if (HISTORY.test(fieldId)) continue;
      const texts: { target: string; text: string }[] = [];
      if (typeof value === 'string') texts.push({ target: fieldId, text: value });
      else if (def.type === 'date' || def.type === 'choice') {
        const raw = (value as { raw?: unknown } | null)?.raw;
        if (typeof raw === 'string') texts.push({ target: fieldId, text: raw });
      } else if (Array.isArray(value)) {
        value.forEach((entry, i) => {
          if (typeof entry === 'string') texts.push({ target: `${fieldIdToPointer(fieldId)}/${i}`, text: entry });
        });
      }
      for (const { target, text } of texts) {
        for (const match of text.matchAll(FIRST_YEAR)) {
          const start = match.index;
          const era = match[1]!;
          const end = start + match[0].length;
          context.report({
            target,
            messageId: 'firstYear',
            data: { found: match[0], era },
            span: { start, end },
            fix: { type: 'replaceInString', target, start, end, text: `${era}元年` },
          });
        }
      }
    }
  },
});
