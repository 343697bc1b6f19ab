import rule from '../../rules/purpose-change-validity.js';
import { verify } from '../../src/engine/linter.js';
import { createSource } from '../../src/sources/read-source.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const doc = (validity: unknown, changes: Record<string, unknown> = {}, purpose = '介護保険事務を行うため。') => ({
  meta: { kind: 'zenko' },
  'II[1]': { '3': { purpose, purposeChangeValidity: validity } },
  annex: changes,
});
const row = (item: string) => ({ 'changes[1]': { date: { raw: '令和7年4月1日', iso: '2025-04-01' }, item, before: '旧', after: '新' } });

tester.run('purpose-change-validity', rule, {
  valid: [
    doc('—'),
    doc(null),
    // The change log records a change of 使用目的.
    doc('地域支援事業の追加に伴い使用目的を拡大したため', row('II 特定個人情報ファイルの概要 3. ⑥使用目的')),
    // A 変更箇所 row on 使用目的 with a dash: a wording change needs no 妥当性 (002:1124).
    doc('—', row('Ⅱ 3 ⑥ 使用目的')),
    // juten has no such row.
    { meta: { kind: 'juten' }, 'II[1]': { '3': { purposeChangeValidity: '記載' } } },
  ],
  invalid: [
    {
      name: 'filled in while no change of 使用目的 is recorded, at the text',
      code: doc('使用目的を拡大したため', row('Ⅰ 7. 評価実施機関における担当部署')),
      errors: [
        {
          messageId: 'noChange',
          fieldId: 'II[1].3.purposeChangeValidity',
          line: 8,
          column: 32,
          message: '「II 3. ⑥使用目的 変更の妥当性」が記載されていますが、変更箇所に使用目的の変更の記録がありません。使用目的を変更していない場合は「—」としてください。',
        },
      ],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc('拡大したため'),
      errors: [{ message: /is filled in, but the change log records no change of the purpose of use: write 「—」/ }],
    },
  ],
});

describe('purpose-change-validity with a previous version', () => {
  const lint = async (current: Record<string, unknown>, previous: Record<string, unknown>) => {
    const doc = await createSource('doc.json', { text: JSON.stringify(current, null, 2), encoding: 'utf8', bom: false });
    return verify(doc, { rules: { 'purpose-change-validity': { severity: 'warn' } }, today: '2026-01-01' }, new Map([['purpose-change-validity', rule]]), {
      previous: previous as never,
    });
  };

  test('the same 使用目的 as before: the validity text has nothing to justify, whatever the change log says', async () => {
    const messages = await lint(doc('使用目的を拡大したため', row('⑥使用目的')), doc('—'));
    expect(messages.map((m) => [m.fieldId, m.message])).toEqual([
      ['II[1].3.purposeChangeValidity', '「II 3. ⑥使用目的 変更の妥当性」が記載されていますが、前の版と使用目的が同じです。使用目的を変更していない場合は「—」としてください。'],
    ]);
  });

  test('a changed 使用目的: nothing to report', async () => {
    const messages = await lint(doc('地域支援事業を追加したため'), doc('—', {}, '介護保険の資格管理を行うため。'));
    expect(messages).toEqual([]);
  });
});
