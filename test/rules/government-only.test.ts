import rule from '../../rules/government-only.js';
import { isLocalBodyName } from '../../rules/util/local-body.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const doc = (orgName: unknown, approved: unknown, v4: Record<string, unknown> = {}) => ({
  meta: { kind: 'zenko' },
  cover: { orgName, approved },
  V: { '4': v4 },
});
const date = { raw: '令和7年3月1日', iso: '2025-03-01' };

tester.run('government-only', rule, {
  valid: [
    doc('神奈川県川崎市市長', null, { submitted: null, review: '—' }),
    doc('いわき市長', { raw: '—', iso: null }),
    // A national body fills them in.
    doc('厚生労働大臣', date, { submitted: date, review: '令和7年3月1日承認' }),
    // A name the heuristic does not know keeps the rule silent.
    doc('地方公共団体情報システム機構', date),
    doc(null, date),
  ],
  invalid: [
    {
      name: 'a city with an approval date, at the date',
      code: doc('架空市長', date),
      errors: [
        {
          messageId: 'localBody',
          fieldId: 'cover.approved',
          severity: 2,
          line: 7,
          column: 17,
          message:
            '「表紙 個人情報保護委員会 承認日」は【行政機関等のみ】の項目ですが、評価実施機関「架空市長」は地方公共団体と見られます。地方公共団体の評価書は個人情報保護委員会の承認の対象ではないので、空欄（又は「—」）にしてください。',
        },
      ],
    },
    {
      name: 'a prefecture fills in Ⅵ 4',
      code: doc('東京都知事', null, { submitted: date, review: '審査済み' }),
      errors: [{ fieldId: 'V.4.submitted' }, { fieldId: 'V.4.review' }],
    },
    {
      name: 'a 広域連合',
      code: doc('○○県後期高齢者医療広域連合長', null, { review: '審査済み' }),
      errors: [{ fieldId: 'V.4.review' }],
    },
    {
      name: 'English',
      locale: 'en',
      code: doc('○○町教育委員会', date),
      errors: [{ message: /「○○町教育委員会」 appears to be a local government/ }],
    },
  ],
});

describe('isLocalBodyName', () => {
  test.each(['いわき市長', '神奈川県川崎市市長', '東京都知事', '大阪府知事', '北海道', '○○県', '千代田区長', '○○町長', '○○村', '○○市教育委員会', '○○市水道事業管理者', '○○一部事務組合'])(
    '%s is a local body',
    (name) => expect(isLocalBodyName(name)).toBe(true),
  );
  test.each(['内閣府', '厚生労働大臣', '国税庁長官', 'デジタル庁', '日本年金機構理事長', '個人情報保護委員会', '関東管区警察局長', '○○県警察本部長', ''])(
    '%s is not known to be local',
    (name) => expect(isLocalBodyName(name)).toBe(false),
  );
});
