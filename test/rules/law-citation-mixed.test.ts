import rule from '../../rules/law-citation-mixed.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const doc = (published: { raw: string; iso: string }, basis: string[], extra: Record<string, unknown> = {}) => ({
  meta: { kind: 'juten' },
  cover: { published },
  I: { '4': { legalBasis: basis[0] ?? '—' } },
  'II[1]': { '5': Object.fromEntries(basis.slice(1).map((b, i) => [`transfer[${i + 1}]`, { legalBasis: b }])) },
  ...extra,
});
const MAY_2024 = { raw: '令和6年5月', iso: '2024-05' };
const OLD = '番号法第9条第1項 別表第一の30の項';
const NEW = '番号法第9条第1項 別表の44の項';

tester.run('law-citation-mixed', rule, {
  valid: [
    // One form only.
    doc(MAY_2024, [OLD, '番号法第9条第1項 別表第一の68の項']),
    // The date settles which form is right: law-citation reports the wrong one, not this rule.
    doc({ raw: '令和6年2月5日', iso: '2024-02-05' }, [OLD, NEW]),
    doc({ raw: '令和7年10月1日', iso: '2025-10-01' }, [OLD, NEW]),
    // 変更箇所 rows speak of their own day.
    doc(MAY_2024, [NEW], { annex: { 'changes[1]': { date: { raw: '令和5年4月1日', iso: '2023-04-01' }, after: OLD } } }),
  ],
  invalid: [
    {
      name: 'a date that falls on the change: the less frequent form is reported',
      code: doc(MAY_2024, [NEW, '番号法第9条第1項 別表の100の項', OLD]),
      errors: [
        {
          messageId: 'mixed',
          fieldId: 'II[1].5.transfer[2].legalBasis',
          message:
            '「別表第一の30の項」（2016-01-01〜2024-05-26の形式）と「別表の44の項」（2024-05-27からの形式）が同じ評価書に混在しています（1件と2件）。基準日では法令の改正と重なるため、どちらが正しいか日付から決められません（基準日: 2024-05、公表日による）。',
        },
      ],
      output: null,
    },
    {
      name: 'on a tie the older form is reported',
      code: doc(MAY_2024, [NEW, OLD]),
      errors: [{ fieldId: 'II[1].5.transfer[1].legalBasis', message: /^「別表第一の30の項」/ }],
    },
    {
      name: 'English messages',
      locale: 'en',
      code: doc(MAY_2024, [NEW, OLD]),
      errors: [{ message: /^"別表第一の30の項" \(valid 2016-01-01 to 2024-05-26\) and "別表の44の項" \(valid from 2024-05-27\)/ }],
    },
  ],
});
