import { createRule } from '../src/engine/create-rule.js';
import { fieldsForKind } from '../src/model/index.js';
import { fieldState, isJson, labelOf, readCheck, readChoice, readCount } from './util/read.js';
import { fileIndexes, filledSlots, slotAnchor } from './util/slots.js';

/**
 * DEP-02 and the presence half of DEP-01 (catalogue §6): Ⅱ 4 委託の有無, its `( N ) 件`, the
 * 委託事項 and Ⅲ 4's 委託しない box tell one story.
 *
 * - 委託する: the count is at least 1, at least one 委託事項 is filled in, and 委託しない is unticked.
 * - 委託しない: no count, no 委託事項, and 委託しない ticked.
 * - 委託しない ticked: the rest of Ⅲ 4 is left empty (a warning: the text may be right and the box
 *   wrong), and no 委託事項 is filled in even when 委託の有無 is empty.
 *
 * Errors: the selections contradict each other. An empty count or no 委託事項 at all is reported for
 * JSON only (a rendering may lose both); an unknown or missing box says nothing.
 */
export default createRule({
  meta: {
    id: 'outsourcing-consistency',
    category: 'conditional',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '委託の有無、委託件数、委託事項、Ⅲ 4.「委託しない」のチェックを一致させる。',
      en: '委託の有無, the outsourcing count, the 委託事項 and Ⅲ 4\'s 委託しない box agree.',
    },
    messages: {
      countEmpty: {
        ja: '委託の有無が「委託する」ですが、「{{label}}」が記載されていません。委託の件数を記載してください。',
        en: '委託の有無 is 委託する but {{label}} is empty: state the number of outsourcings.',
      },
      countZero: {
        ja: '委託の有無が「委託する」ですが、「{{label}}」が0件です。',
        en: '委託の有無 is 委託する but {{label}} is 0.',
      },
      noItems: {
        ja: '「{{label}}」が「委託する」ですが、委託事項が1件も記載されていません。',
        en: '{{label}} is 委託する but no 委託事項 is filled in.',
      },
      optOutTicked: {
        ja: '委託の有無が「委託する」なのに「{{label}}」にチェックがあります。チェックを外してⅢ 4.のリスク対策を記載してください。',
        en: '委託の有無 is 委託する but {{label}} is ticked: untick it and fill in the Ⅲ 4 measures.',
      },
      optOutUnticked: {
        ja: '委託の有無が「委託しない」なのに「{{label}}」にチェックがありません。',
        en: '委託の有無 is 委託しない but {{label}} is not ticked.',
      },
      countWithNone: {
        ja: '委託の有無が「委託しない」なのに「{{label}}」が{{count}}件です。',
        en: '委託の有無 is 委託しない but {{label}} is {{count}}.',
      },
      itemWithNone: {
        ja: '委託の有無が「委託しない」なのに委託事項{{n}}が記載されています。',
        en: '委託の有無 is 委託しない but 委託事項 {{n}} is filled in.',
      },
      itemWithOptOut: {
        ja: '「{{optOut}}」にチェックがあるのに委託事項{{n}}が記載されています。',
        en: '{{optOut}} is ticked but 委託事項 {{n}} is filled in.',
      },
      measuresWithNone: {
        ja: '「{{optOut}}」にチェックがあるのに「{{label}}」が記載されています。委託しない場合、Ⅲ 4.のリスク対策は記載しません。',
        en: '{{optOut}} is ticked but {{label}} is filled in: Ⅲ 4 stays empty without outsourcing.',
      },
      has: { ja: '委託の有無', en: 'outsourcing' },
      optOut: { ja: '委託しない', en: 'not outsourced' },
    },
  },
  check(context) {
    const section4 = fieldsForKind(context.kind).filter(
      (d) => d.id.startsWith('III[f].4.') && d.id !== 'III[f].4.optOut' && d.type !== 'group',
    );
    for (const f of fileIndexes(context.assessment)) {
      const hasId = `II[${f}].4.has`;
      const countId = `II[${f}].4.count`;
      const optOutId = `III[${f}].4.optOut`;
      const has = readChoice(context, hasId);
      const count = readCount(context, countId);
      const optOut = readCheck(context, optOutId);
      const items = filledSlots(context.assessment, `II[${f}].4`, 'item');
      const toHas = [{ target: hasId, messageId: 'has' }];
      const toOptOut = [{ target: optOutId, messageId: 'optOut' }];

      if (has === 'outsource') {
        if (count === 0) context.report({ target: countId, messageId: 'countZero', related: toHas });
        else if (count === null && isJson(context) && ['missing', 'empty', 'dash'].includes(fieldState(context, countId))) {
          context.report({ target: countId, messageId: 'countEmpty', related: toHas });
        }
        if (items.length === 0 && isJson(context)) context.report({ target: hasId, messageId: 'noItems' });
        if (optOut === true) context.report({ target: optOutId, messageId: 'optOutTicked', related: toHas });
        continue;
      }
      if (has === 'noOutsource') {
        if (optOut === false) context.report({ target: optOutId, messageId: 'optOutUnticked', related: toHas });
        if (count !== null && count > 0) context.report({ target: countId, messageId: 'countWithNone', data: { count }, related: toHas });
        for (const slot of items) context.report({ target: slotAnchor(slot), messageId: 'itemWithNone', data: { n: slot.n }, related: toHas });
      } else if (optOut === true) {
        // 委託の有無 is empty or unknown, but the ticked box alone contradicts filled 委託事項.
        for (const slot of items) {
          context.report({ target: slotAnchor(slot), messageId: 'itemWithOptOut', data: { n: slot.n, optOut: labelOf(context, optOutId) }, related: toOptOut });
        }
      }
      // With the box unticked the box is the finding; with it ticked, Ⅲ 4 must be empty.
      if (optOut === true) {
        for (const def of section4) {
          const id = def.id.replace('[f]', `[${f}]`);
          if (fieldState(context, id) !== 'filled') continue;
          context.report({ target: id, messageId: 'measuresWithNone', data: { optOut: labelOf(context, optOutId) }, severity: 1, related: toOptOut });
        }
      }
    }
  },
});
