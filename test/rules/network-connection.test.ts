import rule from '../../rules/network-connection.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const implement = { value: 'implement', raw: '実施する' };
const notImplement = { value: 'notImplement', raw: '実施しない' };
const connections = (infoNetwork: boolean | null, other: string | null = null) => ({
  infoNetwork: { checked: infoNetwork },
  other: { checked: other !== null, text: other },
});
const doc = (implemented: unknown, extra: Record<string, unknown> = {}, legalBasis: unknown = '番号法第19条第8号') => ({
  meta: { kind: 'juten' },
  I: {
    '2': { 'system[1]': { name: '国民健康保険システム', connections: connections(false) } },
    '5': { implemented, legalBasis },
  },
  ...extra,
});

tester.run('network-connection', rule, {
  valid: [
    // A local body connects through a 中間サーバー named in その他 (000:39).
    {
      meta: { kind: 'juten' },
      I: { '2': { 'system[1]': { name: '国保システム', connections: connections(false, '医療保険者等向け中間サーバー等') } }, '5': { implemented: implement, legalBasis: '番号法第19条第8号' } },
      'III[1]': { '6': { optOutAcquire: false, optOutProvide: true } },
    },
    {
      meta: { kind: 'juten' },
      I: { '2': { 'system[1]': { name: '中間サーバー', connections: connections(true) } }, '5': { implemented: implement, legalBasis: '番号法第19条第8号' } },
    },
    doc(notImplement, { 'III[1]': { '6': { optOutAcquire: true, optOutProvide: true, otherRisks: '—' } } }, '—'),
    // 未定, or an unknown answer: nothing to compare.
    doc({ value: 'undecided', raw: '未定' }, { 'III[1]': { '6': { optOutAcquire: false, optOutProvide: false } } }, null),
    doc({ value: null, raw: null }, { 'III[1]': { '6': { optOutAcquire: true, optOutProvide: true } } }),
    { meta: { kind: 'kiso' }, I: { '5': { implemented: notImplement } }, riskSummary: { networkOptOutAcquire: true, networkOptOutProvide: true } },
  ],
  invalid: [
    {
      name: '実施する with no legal basis, both sides opted out and no gateway in Ⅰ 2',
      code: doc(implement, { 'III[1]': { '6': { optOutAcquire: true, optOutProvide: true } } }, '—'),
      errors: [
        { messageId: 'noGateway', fieldId: 'I.2.system[1].connections#infoNetwork', severity: 1, line: 10, column: 26 },
        { messageId: 'legalBasisMissing', fieldId: 'I.5.legalBasis', severity: 2 },
        {
          messageId: 'bothOptedOut',
          fieldId: 'III[1].6.optOutAcquire',
          message: '情報連携を「実施する」としていますが、「III 6. 接続しない(入手)」と「III 6. 接続しない(提供)」の両方にチェックがあります。入手・提供の少なくとも一方で接続するはずです。',
        },
      ],
    },
    {
      name: '実施しない: the boxes unticked, and NWS ticked in Ⅱ 3 and a 提供先 (one finding at the answer)',
      code: doc(notImplement, {
        'II[1]': { '3': { methods: { infoNetwork: { checked: true } } }, '5': { 'provide[1]': { name: '協会', method: { infoNetwork: { checked: true } } } } },
        'III[1]': { '6': { optOutAcquire: false, optOutProvide: true } },
      }, '—'),
      errors: [
        {
          messageId: 'boxesWithoutNetwork',
          fieldId: 'I.5.implemented',
          message:
            '「I 5. 情報提供ネットワークシステムによる情報連携 ①実施の有無」が「実施しない」ですが、情報提供ネットワークシステムにチェックのある項目が2箇所あります（II 3. ②入手方法 情報提供ネットワークシステム、II 5. 提供先1 ⑥提供方法 情報提供ネットワークシステム）。実施の有無かチェックを見直してください。',
        },
        { messageId: 'boxWithOptOut', fieldId: 'II[1].5.provide[1].method#infoNetwork' },
        { messageId: 'optOutExpected', fieldId: 'III[1].6.optOutAcquire' },
      ],
    },
    {
      name: '接続しない(入手) with NWS acquisition and acquisition measures',
      code: {
        meta: { kind: 'zenko' },
        'II[1]': { '3': { methods: { infoNetwork: { checked: true } } } },
        'III[1]': { '6': { optOutAcquire: true, optOutProvide: false, acqOutOfScope: { measures: '照会許可照合リストにより照会を制限する。' } } },
      },
      errors: [
        { messageId: 'boxWithOptOut', fieldId: 'II[1].3.methods#infoNetwork', severity: 2 },
        { messageId: 'measuresWithoutConnection', fieldId: 'III[1].6.acqOutOfScope.measures', severity: 1 },
      ],
    },
    {
      name: 'kiso: 実施しない with a 接続しない box unticked',
      code: { meta: { kind: 'kiso' }, I: { '5': { implemented: notImplement } }, riskSummary: { networkOptOutAcquire: false, networkOptOutProvide: true } },
      errors: [{ messageId: 'optOutExpected', fieldId: 'riskSummary.networkOptOutAcquire', message: '情報連携を「実施しない」としていますが、「IV 6. 接続しない(入手)」にチェックがありません。' }],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc(implement, {}, null),
      errors: [{ messageId: 'noGateway' }, { message: /^情報連携 is 実施する but I 5\. .* › \(2\) Legal basis is empty/ }],
    },
  ],
});
