import rule from '../../rules/provision-count.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const recipient = (name: string) => ({ name, legalBasis: '番号法第19条第8号' });
const doc = (section5: Record<string, unknown>) => ({ meta: { kind: 'juten' }, 'II[1]': { '5': section5 } });
const ticked = { providing: { checked: true }, transferring: { checked: false }, none: { checked: false } };

tester.run('provision-count', rule, {
  valid: [
    doc({ has: ticked, provideCount: 2, 'provide[1]': recipient('全国健康保険協会'), 'provide[2]': recipient('市町村') }),
    // One slot pointing to an annexed list stands for every recipient (000:113).
    doc({ has: ticked, provideCount: 26, 'provide[1]': { name: '別添3「特定個人情報の提供先一覧」参照' } }),
    doc({ has: ticked, provideCount: 12, 'provide[1]': { name: '別表第二の第１項に掲げる者（別紙１を参照）' } }),
    // Above 20, 20 slots are enough (002:259).
    doc({ has: ticked, provideCount: 27, ...Object.fromEntries(Array.from({ length: 20 }, (_v, i) => [`provide[${i + 1}]`, recipient(`提供先${i + 1}`)])) }),
    // Nothing provided.
    doc({ has: { providing: { checked: false }, transferring: { checked: false }, none: { checked: true } }, provideCount: null }),
  ],
  invalid: [
    {
      name: 'fewer 移転先 than the count; the box is implied by the count',
      code: doc({ has: { providing: { checked: null }, transferring: { checked: null } }, transferCount: 3, 'transfer[1]': recipient('市民課') }),
      errors: [
        {
          messageId: 'slotsMissing',
          fieldId: 'II[1].5.transferCount',
          line: 15,
          column: 24,
          message: '「II 5. 提供・移転の有無 移転を行っている件数」は3件ですが、移転先2、3が記載されていません。件数か移転先の記載を見直すか、一覧を別添とする場合はその旨を移転先1に記載してください。',
        },
      ],
    },
    {
      name: 'a ticked box with no count, and a slot above the count',
      code: doc({
        has: { providing: { checked: true }, transferring: { checked: true }, none: { checked: false } },
        transferCount: 1,
        'transfer[1]': recipient('市民課'),
        'transfer[2]': recipient('税務課'),
      }),
      errors: [
        { messageId: 'countMissing', fieldId: 'II[1].5.provideCount', message: /「II 5\. 提供・移転の有無 提供を行っている」に当たる記載がありますが/ },
        { messageId: 'slotBeyondCount', fieldId: 'II[1].5.transfer[2].name', message: /^移転先2が記載されていますが、「II 5\. 提供・移転の有無 移転を行っている件数」は1件です/ },
      ],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc({ has: ticked, provideCount: 2, 'provide[1]': recipient('全国健康保険協会') }),
      errors: [{ message: /^II 5\. Provision or transfer › Number of provisions is 2, but recipient 2 is not filled in/ }],
    },
  ],
});
