import rule from '../../rules/hokensho-current.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const out = (value: Record<string, unknown>) => JSON.stringify(value, null, 2) + '\n';
const doc = (iso: string, content: string, extra: Record<string, unknown> = {}) => ({
  meta: { kind: 'juten' },
  cover: { published: { raw: iso, iso } },
  'II[1]': { '4': { 'item[1]': { content } } },
  ...extra,
});

tester.run('hokensho-current', rule, {
  valid: [
    doc('2024-12-01', '国民健康保険被保険者証の印刷及び交付'),
    doc('2025-10-01', '資格確認書及び資格情報通知書の印刷及び交付'),
    // The transition itself, the 介護保険 card, identifiers.
    doc('2025-10-01', '経過措置により有効期限まで使用できる被保険者証の回収'),
    doc('2025-10-01', '介護保険被保険者証の交付'),
    doc('2025-10-01', '被保険者証記号・番号の管理'),
    // 変更前 is history.
    doc('2025-10-01', '資格確認書の交付', {
      annex: { 'changes[1]': { date: { raw: '令和6年12月2日', iso: '2024-12-02' }, before: '被保険者証の交付', after: '資格確認書の交付' } },
    }),
  ],
  invalid: [
    {
      name: 'issuing the card after 2024-12-02: a warning with a suggestion',
      code: doc('2025-10-01', '国民健康保険被保険者証の印刷及び交付'),
      errors: [
        {
          messageId: 'issued',
          severity: 2,
          fieldId: 'II[1].4.item[1].content',
          message:
            '「被保険者証」は 2024-12-02 から新たに交付されていません（資格確認書・資格情報通知書）。現行の書類として書いていないか確かめてください（基準日: 2025-10-01、公表日による）。',
          suggestions: [{ messageId: 'replace', output: out(doc('2025-10-01', '国民健康保険資格確認書の印刷及び交付')) }],
        },
      ],
      output: null,
    },
    {
      name: 'a mention that does not issue or present the card is an info note',
      code: doc('2025-10-01', '国民健康保険の被保険者証に記載された情報の管理'),
      errors: [{ messageId: 'mentioned', severity: 0, suggestions: null }],
    },
    {
      name: 'English messages',
      locale: 'en',
      code: doc('2025-10-01', '国民健康保険被保険者証の交付'),
      errors: [{ message: /has not been issued since 2024-12-02.*\(as of 2025-10-01, the publication date\)/ }],
    },
  ],
});
