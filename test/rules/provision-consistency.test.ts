import rule from '../../rules/provision-consistency.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const boxes = (providing: boolean | null, transferring: boolean | null, none: boolean | null) => ({
  providing: { checked: providing },
  transferring: { checked: transferring },
  none: { checked: none },
});
const doc = (section5: Record<string, unknown>, iii5: Record<string, unknown>) => ({
  meta: { kind: 'juten' },
  'II[1]': { '5': section5 },
  'III[1]': { '5': iii5 },
});
const nwsOnly = { infoNetwork: { checked: true }, paper: { checked: false } };

tester.run('provision-consistency', rule, {
  valid: [
    doc({ has: boxes(false, false, true), provideCount: null, transferCount: null }, { optOut: true }),
    doc({ has: boxes(true, true, false), provideCount: 1, transferCount: 1, 'provide[1]': { name: '協会' }, 'transfer[1]': { name: '市民課' } }, { optOut: false }),
    // Provision through the 情報提供ネットワークシステム only may keep 提供・移転しない ticked (DEP-08).
    doc({ has: boxes(true, false, false), provideCount: 1, 'provide[1]': { name: '協会', method: nwsOnly } }, { optOut: true, otherRisks: '—' }),
    // Unknown states say nothing.
    doc({ has: boxes(null, null, null), provideCount: 3 }, { optOut: null }),
  ],
  invalid: [
    {
      name: '行っていない with a ticked box, a count, a slot and Ⅲ 5 not opted out',
      code: doc({ has: boxes(true, false, true), provideCount: 2, 'provide[1]': { name: '協会' } }, { optOut: false }),
      errors: [
        { messageId: 'noneButTicked', fieldId: 'II[1].5.has#providing', line: 8, column: 22 },
        { messageId: 'noneButCount', fieldId: 'II[1].5.provideCount', message: '「行っていない」にチェックがあるのに「II 5. 提供・移転の有無 提供を行っている件数」が2件です。' },
        { messageId: 'noneButSlot', fieldId: 'II[1].5.provide[1].name' },
        { messageId: 'noneButNoOptOut', fieldId: 'III[1].5.optOut' },
      ],
    },
    {
      name: '提供・移転しない with a transfer, a paper provision and Ⅲ 5 measures',
      code: doc(
        { has: boxes(true, true, false), transferCount: 1, 'provide[1]': { name: '協会', method: { infoNetwork: { checked: true }, paper: { checked: true } } } },
        { optOut: true, unauthorized: { rule: { value: 'defined', raw: '定めている' } } },
      ),
      errors: [
        { messageId: 'optOutButProvide', fieldId: 'II[1].5.provide[1].method', severity: 2 },
        { messageId: 'optOutButTransfer', fieldId: 'III[1].5.optOut', message: /移転を行っています（II 5\. 提供・移転の有無 移転を行っている）/ },
        { messageId: 'measuresWithOptOut', fieldId: 'III[1].5.unauthorized.rule', severity: 1 },
      ],
    },
    {
      name: 'JSON: a count under an unticked box is a warning',
      code: doc({ has: boxes(false, false, false), transferCount: 10 }, { optOut: false }),
      errors: [{ messageId: 'boxUnticked', fieldId: 'II[1].5.has#transferring', severity: 1, message: '「II 5. 提供・移転の有無 移転を行っている件数」が記載されていますが、「II 5. 提供・移転の有無 移転を行っている」にチェックがありません。' }],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc({ has: boxes(false, false, true) }, { optOut: false }),
      errors: [{ message: '行っていない is ticked under 提供・移転の有無 but III 5. No provision or transfer is not ticked.' }],
    },
  ],
});
