import rule from '../../rules/choice-detail.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const doing = { value: 'doing', raw: '行っている' };
const notDoing = { value: 'notDoing', raw: '行っていない' };
const defined = { value: 'defined', raw: '定めている' };
const risk2 = (unauthorizedUse: Record<string, unknown>, kind = 'juten') => ({ meta: { kind }, 'III[1]': { '3': { unauthorizedUse } } });

tester.run('choice-detail', rule, {
  valid: [
    risk2({ userAuth: doing, userAuthHow: '生体認証によりログインを管理する。' }),
    // A negative answer needs no detail.
    risk2({ userAuth: notDoing, userAuthHow: '—' }),
    // Ⅲ 4 under 委託しない is empty anyway.
    { meta: { kind: 'juten' }, 'III[1]': { '4': { optOut: true, contractRule: defined, contractRuleContent: null } } },
    { meta: { kind: 'zenko' }, IV: { '1': { fee: { value: 'free', raw: '無料' }, feeDetail: null, fileRegister: notDoing } } },
    // An unknown choice says nothing.
    risk2({ userAuth: { value: null, raw: '行なっている' }, userAuthHow: null }),
  ],
  invalid: [
    {
      name: '行っている with a dash under 具体的な管理方法, at the detail',
      code: risk2({ userAuth: doing, userAuthHow: '－' }),
      errors: [
        {
          messageId: 'detailMissing',
          fieldId: 'III[1].3.unauthorizedUse.userAuthHow',
          line: 12,
          column: 24,
          message: '「III 3. リスク2 ユーザ認証の管理」が「行っている」ですが、「III 3. リスク2 ユーザ認証の管理 具体的な管理方法」が記載されていません。具体的に記載してください。',
        },
      ],
    },
    {
      name: 'zenko: a rule with one of its two contents missing, a graded answer with no detail, 有料 with no amount',
      code: {
        meta: { kind: 'zenko' },
        'III[1]': { '4': { optOut: false, provisionRule: defined, provisionRuleToOthers: '契約書に定める。', provisionRuleBetween: null } },
        III: { '8': { selfCheck: { value: 'sufficient', raw: '十分に行っている' } } },
        IV: { '1': { fee: { value: 'paid', raw: '有料' } } },
      },
      errors: [
        { messageId: 'detailMissing', fieldId: 'III[1].4.provisionRuleBetween' },
        { messageId: 'detailMissing', fieldId: 'III.8.selfCheckHow', message: /「IV 1\. 監査 ①自己点検」が「十分に行っている」ですが/ },
        { messageId: 'detailMissing', fieldId: 'IV.1.feeDetail' },
      ],
    },
    {
      name: 'English',
      locale: 'en',
      code: risk2({ userAuth: doing }),
      errors: [{ message: /is 「行っている」 but III 3\. Risk 2 › .* is empty: describe it\.$/ }],
    },
  ],
});
