import rule from '../../rules/subcontract-assurance.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const yes = { value: 'subcontract', raw: '再委託する' };
const no = { value: 'noSubcontract', raw: '再委託しない' };
const notSubcontracted = { value: 'noSubcontract', raw: '再委託していない' };
const sufficient = { value: 'sufficient', raw: '十分に行っている' };
const doc = (items: unknown[], assurance: unknown, optOut = false) => ({
  meta: { kind: 'juten' },
  'II[1]': {
    '4': {
      has: { value: 'outsource', raw: '委託する' },
      count: items.length,
      ...Object.fromEntries(items.map((subcontract, i) => [`item[${i + 1}]`, { title: `業務${i + 1}`, subcontract }])),
    },
  },
  'III[1]': { '4': { optOut, subcontractAssurance: assurance } },
});

tester.run('subcontract-assurance', rule, {
  valid: [
    doc([yes, no], sufficient),
    doc([no, no], notSubcontracted),
    // A 委託事項 whose answer is unknown keeps the converse silent.
    doc([no, { value: null, raw: null }], sufficient),
    // No answer yet: required-fields' business.
    doc([yes], null),
  ],
  invalid: [
    {
      name: '再委託していない while a 委託事項 is re-entrusted, at the answer',
      code: doc([no, yes], notSubcontracted),
      errors: [
        {
          messageId: 'subcontractedButNone',
          fieldId: 'III[1].4.subcontractAssurance',
          severity: 2,
          line: 31,
          column: 31,
          message:
            '「III 4. 再委託先による特定個人情報ファイルの適切な取扱いの担保」が「再委託していない」ですが、委託事項2の再委託の有無は「再委託する」です。どちらかを見直してください。',
        },
      ],
    },
    {
      name: 'an assurance while nothing is re-entrusted is a warning',
      code: doc([no, no], sufficient),
      errors: [{ messageId: 'noneSubcontracted', severity: 1, message: /「十分に行っている」ですが、どの委託事項も「再委託しない」です/ }],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc([yes], notSubcontracted),
      errors: [{ message: /is 再委託していない but 委託事項 1 says 再委託する/ }],
    },
  ],
});
