import rule from '../../rules/chukan-server-basis.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const out = (value: Record<string, unknown>) => JSON.stringify(value, null, 2) + '\n';
const sentence = (basis: string) => `（※2）${basis}に基づき、事務手続きごとに情報照会者、情報提供者、照会・提供可能な特定個人情報をリスト化したもの。`;
const doc = (iso: string, measures: string, extra: Record<string, unknown> = {}) => ({
  meta: { kind: 'juten' },
  cover: { published: { raw: iso, iso } },
  'III[1]': { '6': { acqOutOfScope: { measures } } },
  ...extra,
});

tester.run('chukan-server-basis', rule, {
  valid: [
    doc('2024-02-05', sentence('番号法別表第2及び第19条第9号')),
    doc('2019-04-01', sentence('番号法別表第二及び第19条第8号')),
    doc('2025-10-01', sentence('番号法第19条第8号に基づく主務省令第2条の表及び第19条第9号')),
    // The same words outside the 照合リスト sentence are not the template.
    doc('2025-10-01', '番号法別表第2及び第19条第14号に基づき、委員会が定める。'),
    // 変更前 is history.
    doc('2025-10-01', sentence('番号法第19条第8号に基づく主務省令第2条の表及び第19条第9号'), {
      annex: { 'changes[1]': { date: { raw: '令和6年6月1日', iso: '2024-06-01' }, before: sentence('番号法別表第2及び第19条第14号'), after: sentence('番号法第19条第8号に基づく主務省令第2条の表及び第19条第9号') } },
    }),
  ],
  invalid: [
    {
      name: 'the legacy 14号 template in period C: a warning with the period text as a suggestion',
      code: doc('2024-02-05', sentence('番号法別表第2及び第19条第14号')),
      errors: [
        {
          messageId: 'superseded',
          severity: 1,
          fieldId: 'III[1].6.acqOutOfScope.measures',
          message:
            '照合リストの根拠「番号法別表第2及び第19条第14号」は以前の時期の記載です。基準日の時期（2021-09-01〜2024-05-26）には「番号法別表第2及び第19条第9号」です（基準日: 2024-02-05、公表日による）。（未検証の事実に基づくため警告です。）',
          suggestions: [{ messageId: 'replace', output: out(doc('2024-02-05', sentence('番号法別表第2及び第19条第9号'))) }],
        },
      ],
      output: null,
    },
    {
      name: '15号 is right in no period; full-width digits are kept',
      code: doc('2025-10-01', sentence('番号法別表第２及び第１９条第１５号')),
      errors: [
        {
          messageId: 'neverValid',
          suggestions: [{ output: out(doc('2025-10-01', sentence('番号法第１９条第８号に基づく主務省令第２条の表及び第１９条第９号'))) }],
        },
      ],
    },
    {
      name: 'a 変更後 is judged at its row date',
      code: doc('2025-10-01', sentence('番号法第19条第8号に基づく主務省令第2条の表及び第19条第9号'), {
        annex: { 'changes[1]': { date: { raw: '令和3年11月12日', iso: '2021-11-12' }, before: sentence('番号法別表第2及び第19条第14号'), after: sentence('番号法別表第2及び第19条第15号') } },
      }),
      errors: [{ fieldId: 'annex.changes[1].after', message: /「番号法別表第2及び第19条第9号」です（基準日: 2021-11-12、この変更箇所の行の変更日による）/ }],
    },
    {
      name: 'English messages',
      locale: 'en',
      code: doc('2024-02-05', sentence('番号法別表第2及び第19条第14号')),
      errors: [{ message: /for the period of the as-of date \(2021-09-01 to 2024-05-26\) it is "番号法別表第2及び第19条第9号" \(as of 2024-02-05, the publication date\)/ }],
    },
  ],
});
