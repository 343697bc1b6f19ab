import rule from '../../rules/date-style.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const text = (value: Record<string, unknown>) => JSON.stringify(value, null, 2) + '\n';
const date = (raw: string, iso: string | null = null) => ({ raw, iso });

function doc(v3: string, changes: Record<string, unknown> = {}) {
  return {
    meta: { kind: 'zenko' },
    cover: { published: date('令和6年3月26日', '2024-03-26') },
    V: { '1': { date: date('令和5年3月27日', '2023-03-27') }, '3': { date: date(v3) } },
    annex: changes,
  };
}

tester.run('date-style', rule, {
  valid: [
    doc('令和5年2月20日'),
    // A document that writes Western dates is consistent in its own way.
    {
      meta: { kind: 'juten' },
      cover: { published: date('2024/3/26') },
      V: { '1': { date: date('2023/3/27') }, '3': { date: date('令和5年2月20日') } },
    },
    // Prose in a change-log cell is not a date cell, and an impossible date is date-validity's.
    doc('令和5年2月20日', { 'changes[1]': { date: date('令和6年3月26日'), before: '2020/3/30に実施', after: '2023/2/30' } }),
  ],
  invalid: [
    {
      name: 'a Western date among 和暦 dates is info, with the 和暦 date as a suggestion',
      code: doc('2023/2/20'),
      errors: [
        {
          messageId: 'western',
          fieldId: 'V.3.date',
          severity: 0,
          message: '「VI 3. 第三者点検 ①実施日」の「2023/2/20」は西暦で記載されています。他の日付に合わせて「令和5年2月20日」と和暦で記載してください。',
          suggestions: [{ messageId: 'useEra', output: text(doc('令和5年2月20日')) }],
        },
      ],
      output: null,
    },
    {
      name: 'spreadsheet serial numbers in a change-log row (a row changing a date)',
      code: doc('令和5年2月20日', { 'changes[1]': { date: date('平成31年2月12日'), item: 'V 1①実施日', before: '42216', after: '43190' } }),
      errors: [
        { messageId: 'serial', fieldId: 'annex.changes[1].before', severity: 2, message: /「42216」は表計算ソフトのシリアル値です。「平成27年7月31日」/ },
        { messageId: 'serial', fieldId: 'annex.changes[1].after', message: /「平成30年3月31日」/ },
      ],
    },
    {
      name: 'a serial number as a 変更日',
      code: doc('令和5年2月20日', { 'changes[1]': { date: date('45377') } }),
      errors: [{ messageId: 'serial', fieldId: 'annex.changes[1].date', message: /「令和6年3月26日」/ }],
    },
  ],
});
