// The example plugin's rules under node:test instead of Jest, through the published entry point
// `pialint/testing` (the package's own "exports", so this runs against dist/: build first). This is
// how a plugin author without Jest writes the tests: `node --test`.
import { describe, it } from 'node:test';
import { RuleTester } from 'pialint/testing';
import plugin from '../../fixtures/plugins/pialint-plugin-kakushi/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ plugins: [plugin] });
const item = (slot) => ({ meta: { kind: 'zenko' }, 'II[2]': { 4: { 'item[1]': slot } } });
const yes = { value: 'subcontract', raw: '再委託する' };

tester.run('kakushi/subcontract-in-writing', {
  valid: [item({ subcontract: yes, subcontractPermission: '書面により許諾する。' })],
  invalid: [
    {
      code: item({ subcontract: yes, subcontractPermission: '電話で了承する。' }),
      locale: 'en',
      errors: [
        {
          messageId: 'notInWriting',
          message: '[file 2] II 4. Outsourced task 1 › (8) Method of permitting subcontracting: state that subcontracting is permitted in writing (mention one of "書面").',
          fieldId: 'II[2].4.item[1].subcontractPermission',
          line: 12,
          column: 34,
        },
      ],
    },
  ],
});

tester.run('kakushi/approved-contractor', {
  valid: [{ code: item({ contractor: '株式会社架空ビジネスサービス' }), options: { contractors: ['株式会社架空ビジネスサービス'] } }],
  invalid: [
    {
      code: item({ contractor: '㈱架空ビジネスサービス' }),
      options: { contractors: ['株式会社架空ビジネスサービス'] },
      errors: [{ messageId: 'notation', line: 8, column: 24, endColumn: 35 }],
      output: JSON.stringify(item({ contractor: '株式会社架空ビジネスサービス' }), null, 2) + '\n',
    },
  ],
});
