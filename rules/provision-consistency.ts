import { createRule } from '../src/engine/create-rule.js';
import { fieldsForKind, getFieldValue } from '../src/model/index.js';
import { fieldState, isJson, isUnknownDeep, labelOf, readCheck, readCount } from './util/read.js';
import { fileIndexes, filledSlots, slotAnchor } from './util/slots.js';

/**
 * DEP-07 and DEP-08 (catalogue §6): Ⅱ 5 提供・移転の有無 and Ⅲ 5's 提供・移転しない box.
 *
 * - 行っていない: 提供を行っている / 移転を行っている unticked, no counts, no 提供先/移転先, and
 *   提供・移転しない ticked.
 * - 提供・移転しない: no transfer at all, and every 提供先 provides through the 情報提供ネットワーク
 *   システム only (Ⅲ 5 is titled 「…（委託や情報提供ネットワークシステムを通じた提供を除く。）」, so
 *   NWS-only provision may keep the box ticked); the rest of Ⅲ 5 stays empty (a warning).
 * - JSON only: a count or filled slots under an unticked 提供を行っている / 移転を行っている (a warning:
 *   the box should be ticked). Renderings draw ticked boxes unticked (000:112), so there it is silent.
 */
const SIDES = [
  { box: 'providing', count: 'provideCount', slot: 'provide' },
  { box: 'transferring', count: 'transferCount', slot: 'transfer' },
] as const;

export default createRule({
  meta: {
    id: 'provision-consistency',
    category: 'conditional',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '提供・移転の有無、件数、提供先・移転先、Ⅲ 5.「提供・移転しない」のチェックを一致させる。',
      en: '提供・移転の有無, the counts, the 提供先/移転先 and Ⅲ 5\'s 提供・移転しない box agree.',
    },
    messages: {
      noneButTicked: {
        ja: '「行っていない」にチェックがあるのに「{{label}}」にもチェックがあります。',
        en: '行っていない is ticked, and so is {{label}}.',
      },
      noneButCount: {
        ja: '「行っていない」にチェックがあるのに「{{label}}」が{{count}}件です。',
        en: '行っていない is ticked but {{label}} is {{count}}.',
      },
      noneButSlot: {
        ja: '「行っていない」にチェックがあるのに「{{label}}」が記載されています。',
        en: '行っていない is ticked but {{label}} is filled in.',
      },
      noneButNoOptOut: {
        ja: '提供・移転を「行っていない」のに「{{label}}」にチェックがありません。',
        en: '行っていない is ticked under 提供・移転の有無 but {{label}} is not ticked.',
      },
      optOutButTransfer: {
        ja: '「{{label}}」にチェックがありますが、移転を行っています（{{evidence}}）。移転はⅢ 5.の対象なので、チェックを外してリスク対策を記載してください。',
        en: '{{label}} is ticked but there are transfers ({{evidence}}): transfers fall under Ⅲ 5, so untick it and fill in the measures.',
      },
      optOutButProvide: {
        ja: '「{{optOut}}」にチェックがありますが、「{{label}}」は情報提供ネットワークシステム以外の方法による提供です。情報提供ネットワークシステム以外による提供はⅢ 5.の対象です。',
        en: '{{optOut}} is ticked but {{label}} provides by other means than the 情報提供ネットワークシステム, which Ⅲ 5 covers.',
      },
      measuresWithOptOut: {
        ja: '「{{optOut}}」にチェックがあるのに「{{label}}」が記載されています。提供・移転しない場合、Ⅲ 5.のリスク対策は記載しません。',
        en: '{{optOut}} is ticked but {{label}} is filled in: Ⅲ 5 stays empty then.',
      },
      boxUnticked: {
        ja: '「{{evidence}}」が記載されていますが、「{{label}}」にチェックがありません。',
        en: '{{evidence}} is filled in but {{label}} is not ticked.',
      },
      none: { ja: '行っていない', en: 'none' },
      optOut: { ja: '提供・移転しない', en: 'no provision or transfer' },
    },
  },
  check(context) {
    const section5 = fieldsForKind(context.kind).filter((d) => d.id.startsWith('III[f].5.') && d.id !== 'III[f].5.optOut');
    for (const f of fileIndexes(context.assessment)) {
      const noneId = `II[${f}].5.has#none`;
      const optOutId = `III[${f}].5.optOut`;
      const none = readCheck(context, noneId);
      const optOut = readCheck(context, optOutId);
      const toNone = [{ target: noneId, messageId: 'none' }];
      const toOptOut = [{ target: optOutId, messageId: 'optOut' }];
      const read = (side: (typeof SIDES)[number]) => ({
        boxId: `II[${f}].5.has#${side.box}`,
        countId: `II[${f}].5.${side.count}`,
        checked: readCheck(context, `II[${f}].5.has#${side.box}`),
        count: readCount(context, `II[${f}].5.${side.count}`),
        slots: filledSlots(context.assessment, `II[${f}].5`, side.slot),
      });
      const provide = read(SIDES[0]);
      const transfer = read(SIDES[1]);
      const sides = [provide, transfer];

      if (none === true) {
        for (const side of sides) {
          if (side.checked === true) context.report({ target: side.boxId, messageId: 'noneButTicked', related: toNone });
          if ((side.count ?? 0) > 0) context.report({ target: side.countId, messageId: 'noneButCount', data: { count: side.count! }, related: toNone });
          const first = side.slots[0];
          if (first) context.report({ target: slotAnchor(first), messageId: 'noneButSlot', related: toNone });
        }
        if (optOut === false) context.report({ target: optOutId, messageId: 'noneButNoOptOut', related: toNone });
      }

      if (optOut === true) {
        const evidence =
          transfer.checked === true
            ? labelOf(context, transfer.boxId)
            : (transfer.count ?? 0) > 0
              ? labelOf(context, transfer.countId)
              : transfer.slots[0]
                ? labelOf(context, transfer.slots[0].id)
                : undefined;
        if (evidence !== undefined) context.report({ target: optOutId, messageId: 'optOutButTransfer', data: { evidence } });
        for (const slot of provide.slots) {
          const methodId = `${slot.id}.method`;
          if (!providesOutsideNetwork(context, methodId)) continue;
          context.report({ target: methodId, messageId: 'optOutButProvide', data: { optOut: labelOf(context, optOutId) }, related: toOptOut });
        }
        for (const def of section5) {
          const id = def.id.replace('[f]', `[${f}]`);
          if (fieldState(context, id) !== 'filled') continue;
          context.report({ target: id, messageId: 'measuresWithOptOut', data: { optOut: labelOf(context, optOutId) }, severity: 1, related: toOptOut });
        }
      }

      if (!isJson(context)) continue;
      for (const side of sides) {
        if (side.checked !== false) continue;
        // The slot itself names it best (`II 5. 提供先1`).
        const evidence = (side.count ?? 0) > 0 ? side.countId : side.slots[0]?.id;
        if (evidence === undefined) continue;
        context.report({ target: side.boxId, messageId: 'boxUnticked', data: { evidence: labelOf(context, evidence) }, severity: 1 });
      }
    }
  },
});

/** A 提供方法 with a ticked box other than 情報提供ネットワークシステム (unknown states say nothing). */
function providesOutsideNetwork(context: Parameters<typeof readCheck>[0], methodId: string): boolean {
  if (isUnknownDeep(context, methodId)) return false;
  const method = getFieldValue(context.assessment, methodId);
  if (typeof method !== 'object' || method === null) return false;
  return Object.entries(method).some(([box, v]) => box !== 'infoNetwork' && (v as { checked?: unknown } | null)?.checked === true);
}
