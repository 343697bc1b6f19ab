import rule from '../../rules/subcontract-details.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const item = (kind: 'juten' | 'zenko', slot: Record<string, unknown>) => ({ meta: { kind }, 'II[1]': { '4': { 'item[3]': slot } } });
const yes = { value: 'subcontract', raw: '再委託する' };
const no = { value: 'noSubcontract', raw: '再委託しない' };
const permission = '再委託先の名称、業務の範囲及び安全管理措置を書面で申請させ、委託元が審査の上で書面により許諾する。';

tester.run('subcontract-details', rule, {
  valid: [
    item('juten', { subcontract: yes, subcontractPermission: permission, subcontractWork: '運用保守の一部' }),
    item('zenko', { subcontract: no, subcontractPermission: '－', subcontractWork: null }),
    item('zenko', { subcontract: no }),
    item('juten', { subcontract: { value: null, raw: null } }),
    // kiso has no 委託事項: the rule does not apply.
    { meta: { kind: 'kiso' }, 'II[1]': { '4': { 'item[1]': { subcontract: yes } } } },
  ],
  invalid: [
    {
      name: '再委託する with both details empty or missing',
      code: item('juten', { subcontract: yes, subcontractPermission: null }),
      errors: [
        // A missing field is reported at its nearest existing key.
        { messageId: 'missingWork', fieldId: 'II[1].4.item[3].subcontractWork', severity: 2, line: 7, column: 7 },
        { messageId: 'missing', fieldId: 'II[1].4.item[3].subcontractPermission', severity: 2, line: 12, column: 34 },
      ],
    },
    {
      name: 'a dash is not a permission method',
      code: item('zenko', { subcontract: yes, subcontractPermission: '—', subcontractWork: '運用保守の一部' }),
      errors: [{ messageId: 'missing', message: /⑧再委託の許諾方法/ }],
    },
    {
      name: '再委託しない with text is a warning',
      code: item('juten', { subcontract: no, subcontractPermission: permission, subcontractWork: '－' }),
      errors: [{ messageId: 'unexpected', severity: 1, message: /⑤再委託の許諾方法/ }],
    },
  ],
});
