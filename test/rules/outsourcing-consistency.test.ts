import rule from '../../rules/outsourcing-consistency.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const outsource = { value: 'outsource', raw: '委託する' };
const none = { value: 'noOutsource', raw: '委託しない' };
const doc = (section4: Record<string, unknown>, iii4: Record<string, unknown>, kind = 'juten') => ({
  meta: { kind },
  'II[1]': { '4': section4 },
  'III[1]': { '4': iii4 },
});
const item = { title: '運用保守', contractor: '株式会社架空' };

tester.run('outsourcing-consistency', rule, {
  valid: [
    doc({ has: outsource, count: 1, 'item[1]': item }, { optOut: false, otherMeasures: '—' }),
    doc({ has: none, count: null }, { optOut: true }),
    // Dashes are not content.
    doc({ has: none, count: null, 'item[1]': { title: '—', contractor: null } }, { optOut: true, otherMeasures: '—' }),
    // Unknown states say nothing.
    doc({ has: { value: null, raw: null }, count: 2 }, { optOut: null }),
  ],
  invalid: [
    {
      name: '委託する with the 委託しない box ticked, at the box',
      code: doc({ has: outsource, count: 1, 'item[1]': item }, { optOut: true }),
      errors: [
        {
          messageId: 'optOutTicked',
          fieldId: 'III[1].4.optOut',
          line: 20,
          column: 17,
          message: '委託の有無が「委託する」なのに「III 4. 委託しない」にチェックがあります。チェックを外してⅢ 4.のリスク対策を記載してください。',
        },
      ],
    },
    {
      name: '委託する with no count and no 委託事項 (JSON)',
      code: doc({ has: outsource }, { optOut: false }, 'zenko'),
      errors: [
        { messageId: 'countEmpty', fieldId: 'II[1].4.count' },
        { messageId: 'noItems', fieldId: 'II[1].4.has' },
      ],
    },
    {
      name: '委託しない with a count, a 委託事項 and the box unticked (a missing box is unticked in JSON)',
      code: doc({ has: none, count: 2, 'item[1]': item }, {}),
      errors: [
        { messageId: 'countWithNone', fieldId: 'II[1].4.count', message: '委託の有無が「委託しない」なのに「II 4. 委託の有無 件数」が2件です。' },
        { messageId: 'itemWithNone', fieldId: 'II[1].4.item[1].title' },
        { messageId: 'optOutUnticked', fieldId: 'III[1].4.optOut' },
      ],
    },
    {
      name: '委託しない ticked: Ⅲ 4 measures are a warning, 委託事項 an error even with 委託の有無 empty',
      code: doc({ has: { value: null, raw: null }, 'item[2]': item }, { optOut: true, contractRule: { value: 'defined', raw: '定めている' } }),
      errors: [
        { messageId: 'itemWithOptOut', fieldId: 'II[1].4.item[2].title', severity: 2 },
        { messageId: 'measuresWithNone', fieldId: 'III[1].4.contractRule', severity: 1 },
      ],
    },
    {
      name: 'count 0',
      code: doc({ has: outsource, count: 0, 'item[1]': item }, { optOut: false }),
      errors: [{ messageId: 'countZero', fieldId: 'II[1].4.count' }],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc({ has: none }, { optOut: false }),
      errors: [{ message: '委託の有無 is 委託しない but III 4. Not outsourced is not ticked.' }],
    },
  ],
});
