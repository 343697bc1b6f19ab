import rule from '../../rules/threshold-consistency.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();

const choice = (value: string | null, raw: string) => ({ value, raw });
const RESULT = {
  kisoAndZenko: choice('kisoAndZenko', '基礎項目評価及び全項目評価の実施が義務付けられる'),
  kisoAndJutenJ: choice('kisoAndJuten', '基礎項目評価及び重点項目評価の実施が義務付けられる'),
  kisoAndJutenZ: choice('kisoAndJuten', '基礎項目評価及び重点項目評価の実施が義務付けられる(任意に全項目評価を実施)'),
  notRequiredJ: choice('notRequired', '特定個人情報保護評価の実施が義務付けられない(任意に重点項目評価を実施)'),
  kisoOnlyZ: choice('kisoOnly', '基礎項目評価の実施が義務付けられる(任意に全項目評価を実施)'),
};
const TARGET: Record<string, string> = {
  lt1k: '1,000人未満',
  from1kTo10k: '1,000人以上1万人未満',
  from10kTo100k: '1万人以上10万人未満',
  from100kTo300k: '10万人以上30万人未満',
  ge300k: '30万人以上',
};
const STAFF: Record<string, string> = { from10To50: '10人以上50人未満', from100To500: '100人以上500人未満', from500To1000: '500人以上1,000人未満' };

/** juten/zenko: 対象人数, 使用者数, 委託先の取扱者数, Ⅲ 7 重大事故 and the result. */
function jz(kind: 'juten' | 'zenko', target: string | null, result: unknown, options: { users?: string; handlers?: string[]; incident?: 'none' | 'occurred' } = {}) {
  const handlers = options.handlers ?? [];
  return {
    meta: { kind },
    I: { '1': { targetCount: target === null ? null : choice(target, TARGET[target]!) } },
    'II[1]': {
      '3': options.users ? { userCount: choice(options.users, STAFF[options.users]!) } : {},
      '4':
        handlers.length === 0
          ? { has: choice('noOutsource', '委託しない') }
          : {
              has: choice('outsource', '委託する'),
              count: handlers.length,
              ...Object.fromEntries(handlers.map((h, i) => [`item[${i + 1}]`, { title: `委託${i + 1}`, handlerCount: choice(h, STAFF[h]!) }])),
            },
    },
    'III[1]': options.incident ? { '7': { leak: { seriousIncident: choice(options.incident, options.incident === 'none' ? '発生なし' : '発生あり') } } } : {},
    V: { '1': { thresholdResult: result } },
  };
}

function kiso(target: string, handlers: 'ge500' | 'lt500', incident: 'none' | 'occurred', result: string, forms?: string) {
  const resultText: Record<string, string> = {
    kisoAndZenko: '基礎項目評価及び全項目評価の実施が義務付けられる',
    kisoAndJuten: '基礎項目評価及び重点項目評価の実施が義務付けられる',
    kisoOnly: '基礎項目評価の実施が義務付けられる',
    notRequired: '特定個人情報保護評価の実施が義務付けられない',
  };
  const formsText: Record<string, string> = { kiso: '基礎項目評価書', kisoAndJuten: '基礎項目評価書及び重点項目評価書', kisoAndZenko: '基礎項目評価書及び全項目評価書' };
  return {
    meta: { kind: 'kiso' },
    threshold: {
      targetCount: choice(target, TARGET[target]!),
      handlerCount: choice(handlers, handlers === 'ge500' ? '500人以上' : '500人未満'),
      seriousIncident: choice(incident, incident === 'none' ? '発生なし' : '発生あり'),
      result: choice(result, resultText[result]!),
    },
    ...(forms ? { riskSummary: { formsSubmitted: choice(forms, formsText[forms]!) } } : {}),
  };
}

tester.run('threshold-consistency', rule, {
  valid: [
    // 10万–30万人, fewer than 500 handlers, no incident: 重点項目評価.
    jz('juten', 'from100kTo300k', RESULT.kisoAndJutenJ, { users: 'from10To50', incident: 'none' }),
    // A voluntary 重点項目評価.
    jz('juten', 'lt1k', RESULT.notRequiredJ),
    jz('zenko', 'ge300k', RESULT.kisoAndZenko),
    jz('zenko', 'from100kTo300k', RESULT.kisoAndZenko, { users: 'from500To1000' }),
    // The handler count is not decided (100–499 users plus a 委託先): nothing follows.
    jz('juten', 'from100kTo300k', RESULT.kisoAndJutenJ, { users: 'from100To500', handlers: ['from10To50'], incident: 'none' }),
    // No 対象人数, or no result: nothing to compare.
    jz('juten', null, RESULT.kisoAndJutenJ),
    jz('zenko', 'lt1k', { value: null, raw: null }),
    kiso('from10kTo100k', 'lt500', 'none', 'kisoOnly', 'kiso'),
    kiso('from100kTo300k', 'ge500', 'none', 'kisoAndZenko', 'kisoAndZenko'),
  ],
  invalid: [
    {
      name: 'a 重点項目評価書 whose result makes a 全項目評価 mandatory',
      code: jz('juten', 'from100kTo300k', RESULT.kisoAndZenko),
      errors: [
        {
          messageId: 'requiresZenko',
          fieldId: 'V.1.thresholdResult',
          message: '「V 1. 基礎項目評価 ②しきい値判断結果」は全項目評価の実施が義務付けられる結果ですが、この評価書は重点項目評価書です。全項目評価書を作成するか、しきい値判断を見直してください。',
        },
      ],
    },
    {
      name: 'an option text of the 全項目 form in a 重点項目評価書',
      code: jz('juten', 'lt1k', { value: null, raw: '基礎項目評価の実施が義務付けられる（任意に全項目評価を実施）' }),
      errors: [{ messageId: 'foreignOption', fieldId: 'V.1.thresholdResult' }],
    },
    {
      name: 'fewer than 1,000 persons: no evaluation is mandatory (verified row: the configured severity)',
      code: jz('juten', 'lt1k', RESULT.kisoAndJutenJ),
      errors: [{ messageId: 'inconsistent', severity: 2, message: /「基礎項目評価及び重点項目評価が義務付けられる」ですが、「I 1\. ③対象人数」の記載からは「評価の実施が義務付けられない」/ }],
    },
    {
      name: '10万–30万人 with 500 users or more: a 全項目評価 is mandatory',
      code: jz('zenko', 'from100kTo300k', RESULT.kisoAndJutenZ, { users: 'from500To1000' }),
      errors: [{ messageId: 'inconsistent', severity: 2, message: /「基礎項目評価及び全項目評価が義務付けられる」/ }],
    },
    {
      name: 'a conclusion from an unverified row of the table is a warning',
      code: jz('zenko', 'from1kTo10k', RESULT.kisoAndZenko),
      errors: [{ messageId: 'inconsistent', severity: 1 }],
    },
    {
      name: 'kiso: the result against Ⅱ しきい値判断項目',
      code: kiso('ge300k', 'lt500', 'none', 'kisoOnly', 'kiso'),
      errors: [{ messageId: 'inconsistent', fieldId: 'threshold.result', severity: 2 }],
    },
    {
      name: 'kiso: the forms submitted do not include the mandatory one',
      code: kiso('from10kTo100k', 'ge500', 'none', 'kisoAndJuten', 'kiso'),
      errors: [{ messageId: 'formsTooFew', fieldId: 'riskSummary.formsSubmitted', severity: 1, message: /重点項目評価書の提出が必要です/ }],
    },
  ],
});
