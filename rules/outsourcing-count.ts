import { createRule } from '../src/engine/create-rule.js';
import { compareSlots, listNumbers } from './util/count.js';
import { isJson, labelOf, readChoice, readCount } from './util/read.js';
import { fileIndexes, filledSlots, slotAnchor } from './util/slots.js';

/**
 * DEP-01 (catalogue §6): with 委託する, the `( N ) 件` after 委託の有無 should equal the 委託事項 filled
 * in, numbered 1…N. The form has 20 slots; more go to an extra sheet, so a count above 20 needs 20.
 *
 * A warning, as every count-versus-slots rule: the count or the slots may be the part that is wrong.
 * A rendering may lose slots (000 renders 委託事項 1, 2 and 5 of 5), so there only a filled slot above
 * the count is reported; a slot the rendering does not show proves nothing.
 * An empty count itself is outsourcing-consistency's finding.
 */
export default createRule({
  meta: {
    id: 'outsourcing-count',
    category: 'count',
    defaultSeverity: 'warn',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '委託の有無の件数と、記載した委託事項の数を一致させる。',
      en: 'The number of outsourcings stated under 委託の有無 matches the 委託事項 filled in.',
    },
    messages: {
      slotsMissing: {
        ja: '「{{label}}」は{{count}}件ですが、委託事項{{slots}}が記載されていません。件数か委託事項の記載を見直してください。',
        en: '{{label}} is {{count}}, but 委託事項 {{slots}} is not filled in: correct the count or fill in the entries.',
      },
      slotBeyondCount: {
        ja: '委託事項{{n}}が記載されていますが、「{{countLabel}}」は{{count}}件です。件数を見直すか、委託事項の番号を詰めてください。',
        en: '委託事項 {{n}} is filled in, but {{countLabel}} is {{count}}: correct the count or renumber the entries.',
      },
      count: { ja: '委託の件数', en: 'the count' },
    },
  },
  check(context) {
    for (const f of fileIndexes(context.assessment)) {
      if (readChoice(context, `II[${f}].4.has`) !== 'outsource') continue;
      const countId = `II[${f}].4.count`;
      const count = readCount(context, countId);
      if (count === null || count < 1) continue;
      const filled = filledSlots(context.assessment, `II[${f}].4`, 'item');
      const { missing, beyond } = compareSlots(count, filled);
      if (missing.length > 0 && isJson(context)) {
        context.report({ target: countId, messageId: 'slotsMissing', data: { count, slots: listNumbers(missing, context.locale) } });
      }
      for (const slot of beyond) {
        context.report({
          target: slotAnchor(slot),
          messageId: 'slotBeyondCount',
          data: { n: slot.n, count, countLabel: labelOf(context, countId) },
          related: [{ target: countId, messageId: 'count' }],
        });
      }
    }
  },
});
