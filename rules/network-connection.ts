import { createRule } from '../src/engine/create-rule.js';
import type { ReportDescriptor } from '../src/engine/types.js';
import { fieldsForKind } from '../src/model/index.js';
import { fieldState, isKnownBlank, labelOf, readBoxText, readCheck, readChoice } from './util/read.js';
import { fileIndexes, filledSlots, mentions } from './util/slots.js';

/**
 * DEP-09 to DEP-12 (catalogue §6): Ⅰ 5 情報提供ネットワークシステムによる情報連携 against Ⅲ 6's
 * 接続しない(入手) / 接続しない(提供) boxes, the Ⅲ 6 risks, and every 情報提供ネットワークシステム box
 * of the document (Ⅰ 2 ③他のシステムとの接続, Ⅱ 3 ②入手方法, Ⅱ 5 提供先 ⑥提供方法).
 *
 * - 実施する: ②法令上の根拠 is stated; Ⅲ 6 is not opted out on both sides; and Ⅰ 2 shows how the
 *   document connects: a system connected to the 情報提供ネットワークシステム, or a 中間サーバー (local
 *   bodies connect through it, 000:39 `その他 (医療保険者等向け中間サーバー等)`). The last is a warning,
 *   and only when every such box is known unticked and no system names or describes a 中間サーバー.
 * - 実施しない: both 接続しない boxes ticked, and no 情報提供ネットワークシステム box ticked anywhere
 *   (one finding on the answer, pointing at every ticked box: the answer or the boxes are wrong).
 * - 接続しない(入手): Ⅱ 3 入手方法 has no 情報提供ネットワークシステム, and the acquisition risks of
 *   Ⅲ 6 stay empty (a warning). 接続しない(提供): no 提供先 provides through it, and the provision
 *   risks stay empty (a warning).
 * - kiso Ⅳ 6 has the same two boxes ([unverified] wording): 実施する / 実施しない against them.
 */
const GATEWAY_WORDS = ['中間サーバー', '情報提供ネットワークシステム'];

export default createRule({
  meta: {
    id: 'network-connection',
    category: 'conditional',
    defaultSeverity: 'error',
    kinds: ['kiso', 'juten', 'zenko'],
    description: {
      ja: '情報提供ネットワークシステムによる情報連携の実施の有無を、Ⅲ 6.「接続しない」のチェック、Ⅲ 6.のリスク対策、各チェック項目の「情報提供ネットワークシステム」と一致させる。',
      en: 'Whether 情報連携 is implemented agrees with Ⅲ 6\'s 接続しない boxes, the Ⅲ 6 measures and every 情報提供ネットワークシステム box.',
    },
    messages: {
      legalBasisMissing: {
        ja: '情報連携を「実施する」としていますが、「{{label}}」が記載されていません。情報照会・情報提供の根拠となる法令を記載してください。',
        en: '情報連携 is 実施する but {{label}} is empty: state the legal basis of the queries and provisions.',
      },
      bothOptedOut: {
        ja: '情報連携を「実施する」としていますが、「{{label}}」と「{{other}}」の両方にチェックがあります。入手・提供の少なくとも一方で接続するはずです。',
        en: '情報連携 is 実施する but both {{label}} and {{other}} are ticked: at least one side connects.',
      },
      noGateway: {
        ja: '情報連携を「実施する」としていますが、Ⅰ 2.のどのシステムも情報提供ネットワークシステム（中間サーバー）との接続を示していません。接続するシステムの「{{label}}」にチェックするか、中間サーバーを記載してください。',
        en: '情報連携 is 実施する but no system in Ⅰ 2 connects to the 情報提供ネットワークシステム or a 中間サーバー: tick {{label}} for the connecting system or name the 中間サーバー.',
      },
      optOutExpected: {
        ja: '情報連携を「実施しない」としていますが、「{{label}}」にチェックがありません。',
        en: '情報連携 is 実施しない but {{label}} is not ticked.',
      },
      boxesWithoutNetwork: {
        ja: '「{{label}}」が「実施しない」ですが、情報提供ネットワークシステムにチェックのある項目が{{count}}箇所あります（{{boxes}}）。実施の有無かチェックを見直してください。',
        en: '{{label}} is 実施しない but {{count}} boxes tick the 情報提供ネットワークシステム ({{boxes}}): correct the answer or the boxes.',
      },
      boxWithOptOut: {
        ja: '「{{optOut}}」にチェックがありますが、「{{label}}」にもチェックがあります。',
        en: '{{optOut}} is ticked, and so is {{label}}.',
      },
      measuresWithoutConnection: {
        ja: '「{{optOut}}」にチェックがあるのに「{{label}}」が記載されています。接続しない場合、このリスク対策は記載しません。',
        en: '{{optOut}} is ticked but {{label}} is filled in: leave it empty when not connected.',
      },
      box: { ja: 'チェック', en: 'ticked box' },
      implemented: { ja: '情報連携の実施の有無', en: 'whether 情報連携 is implemented' },
      optOut: { ja: '接続しない', en: 'not connected' },
    },
  },
  check(context) {
    const implementedId = 'I.5.implemented';
    const implemented = readChoice(context, implementedId);
    const toImplemented = [{ target: implementedId, messageId: 'implemented' }];
    const reported = new Set<string>();
    const report = (descriptor: ReportDescriptor): void => {
      if (reported.has(descriptor.target)) return;
      reported.add(descriptor.target);
      context.report(descriptor);
    };

    if (implemented === 'implement' && isKnownBlank(context, 'I.5.legalBasis', { dashIsBlank: true })) {
      report({ target: 'I.5.legalBasis', messageId: 'legalBasisMissing', related: toImplemented });
    }
    if (context.kind === 'kiso') {
      checkKiso(context, implemented, report, toImplemented);
      return;
    }

    const systems = filledSlots(context.assessment, 'I.2', 'system');
    const systemBoxes = systems.map((s) => `${s.id}.connections#infoNetwork`);
    if (implemented === 'implement' && systems.length > 0) {
      const states = systemBoxes.map((id) => readCheck(context, id));
      const named = systems.some((s) =>
        GATEWAY_WORDS.some((w) => mentions(s.value['name'], w) || mentions(s.value['function'], w) || mentions(readBoxText(context, `${s.id}.connections#other`), w)),
      );
      if (!named && states.every((s) => s === false)) {
        report({ target: systemBoxes[0]!, messageId: 'noGateway', severity: 1, related: toImplemented });
      }
    }
    // 実施しない with 情報提供ネットワークシステム ticked: one finding on the answer, pointing at every box.
    const networkBoxes: string[] = [...systemBoxes];

    const riskFields = fieldsForKind(context.kind).filter((d) => /^III\[f\]\.6\.(acq|prov)/.test(d.id));
    for (const f of fileIndexes(context.assessment)) {
      const acquireId = `III[${f}].6.optOutAcquire`;
      const provideId = `III[${f}].6.optOutProvide`;
      const acquire = readCheck(context, acquireId);
      const provide = readCheck(context, provideId);
      const methodBox = `II[${f}].3.methods#infoNetwork`;
      const provideBoxes = filledSlots(context.assessment, `II[${f}].5`, 'provide').map((s) => `${s.id}.method#infoNetwork`);

      if (implemented === 'implement' && acquire === true && provide === true) {
        report({
          target: acquireId,
          messageId: 'bothOptedOut',
          data: { other: labelOf(context, provideId) },
          related: [...toImplemented, { target: provideId, messageId: 'optOut' }],
        });
      }
      networkBoxes.push(methodBox, ...provideBoxes);
      if (implemented === 'notImplement') {
        if (acquire === false) report({ target: acquireId, messageId: 'optOutExpected', related: toImplemented });
        if (provide === false) report({ target: provideId, messageId: 'optOutExpected', related: toImplemented });
      }
      if (acquire === true && readCheck(context, methodBox) === true) {
        report({ target: methodBox, messageId: 'boxWithOptOut', data: { optOut: labelOf(context, acquireId) }, related: [{ target: acquireId, messageId: 'optOut' }] });
      }
      if (provide === true) {
        for (const id of provideBoxes) {
          if (readCheck(context, id) !== true) continue;
          report({ target: id, messageId: 'boxWithOptOut', data: { optOut: labelOf(context, provideId) }, related: [{ target: provideId, messageId: 'optOut' }] });
        }
      }

      // With 実施しない and the box unticked, the box is the finding; with it ticked, its side stays empty.
      for (const def of riskFields) {
        const side = def.id.startsWith('III[f].6.acq') ? 'acquire' : 'provide';
        if ((side === 'acquire' ? acquire : provide) !== true) continue;
        const id = def.id.replace('[f]', `[${f}]`);
        if (fieldState(context, id) !== 'filled') continue;
        const optOutId = side === 'acquire' ? acquireId : provideId;
        report({ target: id, messageId: 'measuresWithoutConnection', data: { optOut: labelOf(context, optOutId) }, severity: 1, related: [{ target: optOutId, messageId: 'optOut' }] });
      }
    }

    if (implemented === 'notImplement') {
      const ticked = networkBoxes.filter((id) => readCheck(context, id) === true);
      if (ticked.length > 0) {
        const sep = context.locale === 'en' ? '; ' : '、';
        report({
          target: implementedId,
          messageId: 'boxesWithoutNetwork',
          data: { count: ticked.length, boxes: ticked.map((id) => labelOf(context, id)).join(sep) },
          related: ticked.map((id) => ({ target: id, messageId: 'box' })),
        });
      }
    }
  },
});

/** kiso Ⅳ 6 has the same two boxes ([unverified] wording, catalogue §3.9). */
function checkKiso(
  context: Parameters<typeof readCheck>[0],
  implemented: string | null,
  report: (d: ReportDescriptor) => void,
  toImplemented: ReportDescriptor['related'],
): void {
  const boxes = ['riskSummary.networkOptOutAcquire', 'riskSummary.networkOptOutProvide'];
  const states = boxes.map((id) => readCheck(context, id));
  if (implemented === 'implement' && states.every((s) => s === true)) {
    report({ target: boxes[0]!, messageId: 'bothOptedOut', data: { other: labelOf(context, boxes[1]!) }, related: toImplemented });
  }
  if (implemented === 'notImplement') {
    boxes.forEach((id, i) => {
      if (states[i] === false) report({ target: id, messageId: 'optOutExpected', related: toImplemented });
    });
  }
}
