import rule from '../../rules/era-first-year.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const doc = (extra: Record<string, unknown>) => ({ meta: { kind: 'juten' }, ...extra });

tester.run('era-first-year', rule, {
  valid: [
    doc({ cover: { published: { raw: '令和元年5月1日', iso: '2019-05-01' } } }),
    doc({ II: {}, 'II[1]': { '2': { holdingStart: { raw: '令和10年4月', iso: '2028-04' } } } }),
    doc({ 'II[1]': { '7': { remarks: '令和11年度から、令和12年度まで。平成14年' } } }),
    // 変更前 is history: left as it was written.
    doc({ annex: { 'changes[1]': { before: '令和1年6月1日から委託' } } }),
  ],
  invalid: [
    {
      code: doc({ cover: { published: { raw: '令和1年6月1日', iso: '2019-06-01' } } }),
      errors: [{ messageId: 'firstYear', line: 7, column: 15, endColumn: 19, fieldId: 'cover.published' }],
      output: JSON.stringify(doc({ cover: { published: { raw: '令和元年6月1日', iso: '2019-06-01' } } }), null, 2) + '\n',
    },
    {
      name: 'full-width digit, kanji numeral and spaces in text; every occurrence',
      code: doc({ 'II[1]': { '7': { remarks: '平成１年から令和 一 年まで' } } }),
      errors: [{ fieldId: 'II[1].7.remarks' }, { fieldId: 'II[1].7.remarks' }],
      output: JSON.stringify(doc({ 'II[1]': { '7': { remarks: '平成元年から令和元年まで' } } }), null, 2) + '\n',
    },
    {
      name: 'list entries are fixed in place',
      code: doc({ I: { '3': { fileNames: ['令和1年ファイル'] } } }),
      errors: 1,
      output: JSON.stringify(doc({ I: { '3': { fileNames: ['令和元年ファイル'] } } }), null, 2) + '\n',
    },
    {
      name: 'English messages',
      locale: 'en',
      code: doc({ cover: { published: { raw: '令和1年6月1日', iso: '2019-06-01' } } }),
      errors: [{ message: /should be written "令和元年"/ }],
    },
  ],
});
