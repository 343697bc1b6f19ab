import { createRule } from '../src/engine/create-rule.js';
import { compareSlots, listNumbers } from './util/count.js';
import { isJson, labelOf, readCheck, readCount } from './util/read.js';
import { fileIndexes, filledSlots, slotAnchor } from './util/slots.js';

/**
 * DEP-06 (catalogue §6): 提供を行っている ( N ) 件 against the 提供先 slots, and 移転を行っている
 * ( N ) 件 against the 移転先 slots. Up to 20 slots are printed; a slot that points to a list
 * (`別添3「特定個人情報の提供先一覧」参照`, `別紙１を参照`) stands for any number of recipients.
 *
 * The box counts as ticked when it is ticked, or when a positive count or a filled slot implies it
 * (renderings draw ticked boxes unticked, 000:112). A warning, as every count-versus-slots rule. In a
 * rendering, slots may be lost and counts are read only when corroborated, so only a filled slot above
 * the count is reported there.
 */
const SIDES = [
  { box: 'providing', count: 'provideCount', slot: 'provide', ja: '提供先', en: 'recipient' },
  { box: 'transferring', count: 'transferCount', slot: 'transfer', ja: '移転先', en: 'destination' },
] as const;

export default createRule({
  meta: {
    id: 'provision-count',
    category: 'count',
    defaultSeverity: 'warn',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '提供・移転の件数と、記載した提供先・移転先の数を一致させる（別添の一覧を参照する場合を除く）。',
      en: 'The provision and transfer counts match the 提供先/移転先 filled in (unless a slot points to a list).',
    },
    messages: {
      countMissing: {
        ja: '「{{boxLabel}}」に当たる記載がありますが、「{{label}}」が記載されていません（0件）。件数を記載してください。',
        en: '{{boxLabel}} applies but {{label}} is empty (or 0): state the count.',
      },
      slotsMissing: {
        ja: '「{{label}}」は{{count}}件ですが、{{slotName}}{{slots}}が記載されていません。件数か{{slotName}}の記載を見直すか、一覧を別添とする場合はその旨を{{slotName}}1に記載してください。',
        en: '{{label}} is {{count}}, but {{slotName}} {{slots}} is not filled in: correct the count or the entries, or point 1 to an annexed list.',
      },
      slotBeyondCount: {
        ja: '{{slotName}}{{n}}が記載されていますが、「{{countLabel}}」は{{count}}件です。件数か{{slotName}}の番号を見直してください。',
        en: '{{slotName}} {{n}} is filled in, but {{countLabel}} is {{count}}: correct the count or the numbering.',
      },
      count: { ja: '件数', en: 'the count' },
    },
  },
  check(context) {
    for (const f of fileIndexes(context.assessment)) {
      for (const side of SIDES) {
        const countId = `II[${f}].5.${side.count}`;
        const count = readCount(context, countId);
        const filled = filledSlots(context.assessment, `II[${f}].5`, side.slot);
        const boxId = `II[${f}].5.has#${side.box}`;
        const box = readCheck(context, boxId);
        if (box !== true && (count ?? 0) === 0 && filled.length === 0) continue;
        const slotName = context.locale === 'en' ? side.en : side.ja;
        if (count === null || (count === 0 && filled.length === 0)) {
          // Renderings scatter counts (003:1103, 1120) and keep one only when corroborated.
          if (isJson(context)) context.report({ target: countId, messageId: 'countMissing', data: { boxLabel: labelOf(context, boxId) } });
          continue;
        }
        const { missing, beyond } = compareSlots(count, filled);
        if (missing.length > 0 && isJson(context)) {
          context.report({ target: countId, messageId: 'slotsMissing', data: { count, slotName, slots: listNumbers(missing, context.locale) } });
        }
        for (const slot of beyond) {
          context.report({
            target: slotAnchor(slot),
            messageId: 'slotBeyondCount',
            data: { n: slot.n, count, slotName, countLabel: labelOf(context, countId) },
            related: [{ target: countId, messageId: 'count' }],
          });
        }
      }
    }
  },
});
