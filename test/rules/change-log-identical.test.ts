import rule from '../../rules/change-log-identical.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const row = (before: unknown, after: unknown) => ({
  meta: { kind: 'zenko' },
  annex: { 'changes[1]': { date: { raw: '令和2年3月30日', iso: '2020-03-30' }, item: 'II 6③消去方法', before, after } },
});

tester.run('change-log-identical', rule, {
  valid: [
    row('架空市情報セキュリティ基準', '架空市情報セキュリティ対策基準'),
    // Nothing to compare: added or removed text, dashes, empty cells.
    row('—', '—'),
    row(null, null),
    row('追加', '別紙1を追加'),
  ],
  invalid: [
    {
      name: 'the same text in both cells (line breaks and spacing ignored)',
      code: row('1 システム連携基盤における措置\n副本は原本と同期して消去する。', '1 システム連携基盤における措置 副本は原本と同期して消去する。'),
      errors: [
        {
          messageId: 'identical',
          fieldId: 'annex.changes[1].after',
          severity: 2,
          message: '「(別添3) 変更箇所 1行目 変更後の記載」が「(別添3) 変更箇所 1行目 変更前の記載」と同じ内容です。実際の変更前・変更後の記載を記入してください。',
        },
      ],
    },
    {
      name: 'only full-width/half-width differences: info',
      code: row('番号法第１９条第８号', '番号法第19条第8号'),
      errors: [{ messageId: 'notationOnly', severity: 0 }],
    },
  ],
});
