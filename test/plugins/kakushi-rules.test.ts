/**
 * The example plugin's rules under RuleTester (Jest), named by their namespaced ids through the
 * tester's `plugins` option, as a plugin author would test them.
 */
import { RuleTester } from '../../src/testing/index.js';
import { loadKakushi } from './helpers.js';

const plugin = await loadKakushi();
const tester = new RuleTester({ plugins: [plugin] });

const CONTRACTORS = ['架空情報システム株式会社', '株式会社架空ビジネスサービス'];
const outsourcing = (items: Record<string, unknown>[], kind = 'juten') => ({
  meta: { kind },
  'II[1]': { '4': Object.fromEntries(items.map((item, i) => [`item[${i + 1}]`, item])) },
});
const yes = { value: 'subcontract', raw: '再委託する' };
const no = { value: 'noSubcontract', raw: '再委託しない' };

tester.run('kakushi/approved-contractor', {
  valid: [
    { code: outsourcing([{ contractor: '架空情報システム株式会社' }]), options: { contractors: CONTRACTORS } },
    // A registered name followed by a remark is still that contractor.
    { code: outsourcing([{ contractor: '株式会社架空ビジネスサービス（再委託先は別紙参照）' }]), options: { contractors: CONTRACTORS } },
    // Without a register the rule cannot judge.
    { code: outsourcing([{ contractor: 'どこかの会社' }]) },
    // kiso has no 委託事項 contractor field in this form: the rule does not apply.
    { code: outsourcing([{ contractor: 'どこかの会社' }], 'kiso'), options: { contractors: CONTRACTORS } },
    { code: outsourcing([{ contractor: null }, { contractor: '   ' }]), options: { contractors: CONTRACTORS } },
  ],
  invalid: [
    {
      name: 'only the notation differs: fixed to the registered name',
      code: outsourcing([{ contractor: '架空情報システム（株）' }]),
      options: { contractors: CONTRACTORS },
      errors: [
        {
          messageId: 'notation',
          message: 'II 4. 委託事項1 ③委託先名は登録業者一覧の表記「架空情報システム株式会社」で記載してください。',
          fieldId: 'II[1].4.item[1].contractor',
          line: 8,
          column: 24,
          endLine: 8,
          endColumn: 35,
          suggestions: null,
        },
      ],
      output: JSON.stringify(outsourcing([{ contractor: '架空情報システム株式会社' }]), null, 2) + '\n',
    },
    {
      name: 'a near miss: a suggestion, not a fix',
      code: outsourcing([{ contractor: '架空情報システムズ株式会社' }]),
      options: { contractors: CONTRACTORS },
      locale: 'en',
      errors: [
        {
          messageId: 'unregistered',
          message: 'II 4. Outsourced task 1 › (3) Contractor "架空情報システムズ株式会社" is not in the register of contractors.',
          // The span of the name the suggestion replaces: inside the string, without its quote.
          line: 8,
          column: 24,
          endLine: 8,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useRegistered',
              desc: 'Replace with the registered name "架空情報システム株式会社"',
              output: JSON.stringify(outsourcing([{ contractor: '架空情報システム株式会社' }]), null, 2) + '\n',
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'an unknown contractor: no suggestion',
      code: outsourcing([{ contractor: '架空情報システム株式会社' }, { contractor: '全く別の会社' }]),
      options: { contractors: CONTRACTORS },
      errors: [{ messageId: 'unregistered', fieldId: 'II[1].4.item[2].contractor', line: 11, column: 23, suggestions: null }],
    },
  ],
});

tester.run('kakushi/subcontract-in-writing', {
  valid: [
    outsourcing([{ subcontract: yes, subcontractPermission: '委託先から書面で申請させ、市が書面により許諾する。' }]),
    outsourcing([{ subcontract: no, subcontractPermission: '－' }]),
    // An empty method is subcontract-details' finding.
    outsourcing([{ subcontract: yes, subcontractPermission: null }]),
    { code: outsourcing([{ subcontract: yes, subcontractPermission: '文書により承認する。' }]), options: { terms: ['書面', '文書'] } },
  ],
  invalid: [
    {
      code: outsourcing([{ subcontract: yes, subcontractPermission: '口頭で了承する。' }]),
      errors: [
        {
          messageId: 'notInWriting',
          message: 'II 4. 委託事項1 ⑤再委託の許諾方法に、書面で許諾することを記載してください (「書面」のいずれかを含めてください)。',
          severity: 2,
          line: 12,
          column: 34,
          endLine: 12,
          endColumn: 44,
        },
      ],
    },
  ],
});

describe('RuleTester with plugins', () => {
  test('an id that is not in the plugins is a clear error', () => {
    expect(() => tester.run('kakushi/no-such-rule', { valid: [], invalid: [] })).toThrow(
      'RuleTester: no rule "kakushi/no-such-rule" in the plugins given to the constructor (kakushi/approved-contractor, kakushi/subcontract-in-writing)',
    );
  });

  test('a rule with invalid meta fails before any case runs', () => {
    const broken = { meta: { id: 'broken', category: 'house', defaultSeverity: 'warn', description: { ja: 'x', en: 'x' }, messages: { m: { ja: 'x', en: 'x' } } }, check: () => undefined };
    // @ts-expect-error: the category is not one of RuleCategory, which is what the test is about.
    expect(() => tester.run('broken', broken, { valid: [], invalid: [] })).toThrow(/rule "broken" has invalid meta: meta\.category: law \/ count/);
  });
});
