import rule from '../../rules/choice-single.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const item = (raw: string, kind = 'juten') => ({ meta: { kind }, 'II[1]': { '4': { 'item[1]': { subcontract: { value: null, raw } } } } });
const adequacy = (raw: string) => ({ meta: { kind: 'zenko' }, 'III[1]': { '7': { leak: { adequate: { value: null, raw } } } } });

tester.run('choice-single', rule, {
  valid: [
    item('再委託する'),
    item(' 再委託 しない '),
    // Not options (a typo, a substring): choice-value's business.
    item('委託する'),
    adequacy('十分に行なっている'),
    // The printed option list with its numbers is not a selection.
    adequacy('1) 特に力を入れている 2) 十分である 3) 課題が残されている'),
    { meta: { kind: 'juten' }, 'II[1]': { '4': { has: { value: 'outsource', raw: '委託する' } } } },
  ],
  invalid: [
    {
      name: 'two options joined by 、 (JSON)',
      code: item('再委託する、再委託しない'),
      errors: [
        {
          messageId: 'multiple',
          fieldId: 'II[1].4.item[1].subcontract',
          // The printed text itself, inside its quotes.
          line: 10,
          column: 19,
          endColumn: 31,
          message: '「II 4. 委託事項1 ④再委託の有無」で複数の選択肢（「再委託する」「再委託しない」）が選ばれています。選択肢は1つだけ選んでください。',
        },
      ],
    },
    {
      name: 'two bracketed values, and a bare run of options in a JSON document',
      code: {
        meta: { kind: 'zenko' },
        'III[1]': { '7': { leak: { adequate: { value: null, raw: '[十分である][課題が残されている]' }, seriousIncident: { value: null, raw: '発生あり発生なし' } } } },
      },
      errors: [
        { messageId: 'multiple', fieldId: 'III[1].7.leak.adequate', message: /（「十分である」「課題が残されている」）/ },
        { messageId: 'multiple', fieldId: 'III[1].7.leak.seriousIncident' },
      ],
    },
    {
      name: 'English',
      locale: 'en',
      code: adequacy('十分である 又は 特に力を入れている'),
      errors: [{ message: 'III 7. Risk 1 › Are the measures sufficient?: several options are selected ("十分である", "特に力を入れている"); select exactly one.' }],
    },
  ],
});
