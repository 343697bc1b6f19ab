import rule from '../../rules/records-annex.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const doc = (kind: string, allItems: unknown, records?: unknown) => ({
  meta: { kind },
  'II[1]': { '2': { allItems } },
  ...(records === undefined ? {} : { annex: { 'records[1]': records } }),
});
const items = { 'group[1]': { name: '【国保世帯情報】', items: ['世帯番号', '世帯主氏名'] } };

tester.run('records-annex', rule, {
  valid: [
    doc('juten', '別添1を参照。', items),
    doc('zenko', '別添2を参照。', { raw: '＜1 申請管理システム関係＞\n申請番号、申請日' }),
    // The items written out in place: no annex needed.
    doc('juten', '世帯番号、世帯主氏名、個人番号', undefined),
    // Full-width digits (PDF text) are the same annex.
    doc('juten', '別添１を参照。', items),
  ],
  invalid: [
    {
      name: 'JSON: the annex the field points to is missing, at the pointer',
      code: doc('juten', '別添1を参照。'),
      errors: [
        {
          messageId: 'annexMissing',
          fieldId: 'II[1].2.allItems',
          line: 7,
          column: 19,
          message: '「II 2. ④記録される項目 全ての記録項目」は「別添1を参照。」を参照していますが、(別添1) 特定個人情報ファイル記録項目がありません。記録項目の一覧を別添として記載してください。',
        },
      ],
    },
    {
      name: 'an annex with nothing in it',
      code: doc('zenko', '別添2を参照。', { raw: null, 'group[1]': { name: null, items: [] } }),
      errors: [{ messageId: 'annexEmpty', fieldId: 'II[1].2.allItems' }],
    },
    {
      name: 'juten pointing to 別添2 (the 変更箇所 in juten) is a warning',
      code: doc('juten', '別添2を参照。', items),
      errors: [{ messageId: 'wrongNumber', severity: 1, message: '「II 2. ④記録される項目 全ての記録項目」は「別添2」を参照していますが、この様式の特定個人情報ファイル記録項目は「別添1」です。' }],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc('zenko', '別添2を参照。'),
      errors: [{ message: /refers to 「別添2を参照。」 but the document has no \(別添2\) 特定個人情報ファイル記録項目/ }],
    },
  ],
});
