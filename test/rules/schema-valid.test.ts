import rule from '../../rules/schema-valid.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();

tester.run('schema-valid', rule, {
  valid: [
    { meta: { kind: 'zenko' }, 'II[1]': { '6': { retentionPeriod: { value: 'ge20', raw: '20年以上' } } } },
    { meta: { kind: 'juten' }, cover: { published: { raw: '令和6年2月', iso: '2024-02' } } },
    // An option name outside the list is choice-value's finding, not reported twice.
    { meta: { kind: 'juten' }, 'II[1]': { '4': { has: { value: 'maybe', raw: '委託する' } } } },
  ],
  invalid: [
    {
      name: 'a string where a choice object belongs, at the value',
      code: '{"meta":{"kind":"juten"},"II[1]":{"4":{"has":"委託する"}}}',
      errors: [{ messageId: 'problem', line: 1, column: 46, endColumn: 52, severity: 2, message: /II 4\. 委託の有無/ }],
    },
    {
      name: 'a misspelt key is info, with the nearest field',
      code: '{"meta":{"kind":"juten"},"cover":{"evaluatonNo":"12"}}',
      errors: [{ messageId: 'didYouMean', severity: 0, message: /「evaluationNo」の誤りではありませんか/ }],
    },
    {
      name: 'English',
      locale: 'en',
      code: '{"meta":{"kind":"juten"},"II[1]":{"4":{"cuont":3}}}',
      errors: [{ messageId: 'didYouMean', message: /Did you mean "count"\?/ }],
    },
    {
      name: 'a field of another kind',
      code: { meta: { kind: 'juten' }, 'II[1]': { '3': { timing: '随時' } } },
      errors: [{ severity: 0 }],
    },
  ],
});
