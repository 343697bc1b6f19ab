import rule from '../../rules/local-pi-ordinance.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const out = (value: Record<string, unknown>) => JSON.stringify(value, null, 2) + '\n';
const doc = (iso: string, requestMethod: string, extra: Record<string, unknown> = {}) => ({
  meta: { kind: 'juten' },
  cover: { published: { raw: iso, iso } },
  IV: { '1': { requestMethod } },
  ...extra,
});

tester.run('local-pi-ordinance', rule, {
  valid: [
    // Before 2023-04-01 the ordinance was the basis.
    doc('2023-03-31', '架空市個人情報保護条例第14条に基づき、開示請求書を提出する。'),
    doc('2024-02-05', '個人情報の保護に関する法律及び架空市個人情報の保護に関する法律施行条例に基づき請求を受け付ける。'),
    // History: 「旧」, and sentences about the changeover.
    doc('2024-02-05', '旧架空市個人情報保護条例第14条に基づく請求は、法の施行後も受け付ける。'),
    doc('2024-02-05', '架空市個人情報保護条例の廃止に伴い、個人情報の保護に関する法律に基づき請求を受け付ける。'),
    // 変更前 is history.
    doc('2024-02-05', '個人情報の保護に関する法律に基づき請求を受け付ける。', {
      annex: { 'changes[1]': { date: { raw: '令和5年4月1日', iso: '2023-04-01' }, before: '架空市個人情報保護条例第14条に基づき請求を受け付ける。', after: '個人情報の保護に関する法律に基づき請求を受け付ける。' } },
    }),
    // A 変更後 dated before the changeover.
    doc('2024-02-05', '個人情報の保護に関する法律に基づき請求を受け付ける。', {
      annex: { 'changes[1]': { date: { raw: '令和2年3月30日', iso: '2020-03-30' }, after: '架空市個人情報保護条例第14条に基づき請求を受け付ける。' } },
    }),
  ],
  invalid: [
    {
      name: 'cited with an article after 2023-04-01: an error without a suggestion',
      code: doc('2024-02-05', '架空市個人情報保護条例第14条に基づき、開示請求書を提出する。'),
      errors: [
        {
          messageId: 'operative',
          severity: 2,
          fieldId: 'IV.1.requestMethod',
          message:
            '「架空市個人情報保護条例第14条」は 2023-04-01 に個人情報保護法の直接適用に代わっています。根拠は「個人情報の保護に関する法律」と「架空市個人情報の保護に関する法律施行条例」です（基準日: 2024-02-05、公表日による）。',
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'named as the basis without an article: a suggestion naming the law and the new ordinance',
      code: doc('2024-02-05', '架空市個人情報保護条例に基づき請求を受け付ける。'),
      errors: [
        {
          messageId: 'operative',
          suggestions: [
            { messageId: 'replace', output: out(doc('2024-02-05', '個人情報の保護に関する法律及び架空市個人情報の保護に関する法律施行条例に基づき請求を受け付ける。')) },
          ],
        },
      ],
    },
    {
      name: 'a bare mention is an info note',
      code: doc('2024-02-05', '請求の手続は架空市個人情報保護条例と同じとする。'),
      errors: [{ messageId: 'mention', severity: 0 }],
    },
    {
      name: 'a 変更後 dated after the changeover',
      code: doc('2024-02-05', '個人情報の保護に関する法律に基づき請求を受け付ける。', {
        annex: { 'changes[1]': { date: { raw: '令和5年5月1日', iso: '2023-05-01' }, after: '架空市個人情報保護条例第14条に基づき請求を受け付ける。' } },
      }),
      errors: [{ fieldId: 'annex.changes[1].after', message: /基準日: 2023-05-01、この変更箇所の行の変更日による/ }],
    },
    {
      name: 'English messages',
      locale: 'en',
      code: doc('2024-02-05', '架空市個人情報保護条例第14条に基づき、開示請求書を提出する。'),
      errors: [{ message: /was replaced on 2023-04-01 by the direct application of the 個人情報保護法.*\(as of 2024-02-05, the publication date\)/ }],
    },
  ],
});
