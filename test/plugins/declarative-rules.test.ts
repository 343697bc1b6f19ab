/**
 * Declarative rules (config `customRules`): each check, conditions, `match: any`, messages and exact
 * positions, through RuleTester and `declarativeRule` (the config loader's validation and
 * compilation); then what validation refuses, with the message a config author sees.
 */
import { compileDeclarativeRule } from '../../src/engine/declarative-rule.js';
import type { DeclarativeRuleDefinition } from '../../src/engine/declarative-types.js';
import type { ReportDescriptor, RuleContext } from '../../src/engine/types.js';
import type { Assessment } from '../../src/model/values.js';
import { declarativeRule, RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const yes = { value: 'subcontract', raw: '再委託する' };
const no = { value: 'noSubcontract', raw: '再委託しない' };
const items = (...slots: Record<string, unknown>[]) => ({
  meta: { kind: 'juten' },
  'II[1]': { '4': Object.fromEntries(slots.map((slot, i) => [`item[${i + 1}]`, slot])) },
});

tester.run(
  'house/subcontract-clause',
  declarativeRule('house/subcontract-clause', {
    fields: 'II[*].4.item[*].subcontractPermission',
    when: { field: 'subcontract', equals: 'subcontract' },
    check: { mustMention: ['秘密保持', ['承認', '許諾']] },
    message: { ja: '{{label}}に {{missing}} を記載してください。', en: '{{label}} must mention {{missing}}.' },
    severity: 'error',
  }),
  {
    valid: [
      items({ subcontract: yes, subcontractPermission: '秘密保持契約の締結を確認し、書面で承認する。' }),
      // The condition does not hold: not checked.
      items({ subcontract: no, subcontractPermission: '－' }),
      // Empty and missing values are for `required`, not for the other checks.
      items({ subcontract: yes, subcontractPermission: null }),
      items({ subcontract: yes }),
    ],
    invalid: [
      {
        code: items({ subcontract: yes, subcontractPermission: '秘密保持を確認して許諾する。' }, { subcontract: yes, subcontractPermission: '書面で申請させる。' }),
        errors: [
          {
            messageId: 'mustMention',
            message: 'II 4. 委託事項2 ⑤再委託の許諾方法に 「秘密保持」、「承認」 / 「許諾」 を記載してください。',
            fieldId: 'II[1].4.item[2].subcontractPermission',
            severity: 2,
            line: 19,
            column: 34,
            endLine: 19,
            endColumn: 45,
          },
        ],
        output: null,
      },
      {
        name: 'in English',
        code: items({ subcontract: yes, subcontractPermission: '口頭で了承する。' }),
        locale: 'en',
        errors: [{ message: 'II 4. Outsourced task 1 › (5) Method of permitting subcontracting must mention 「秘密保持」、「承認」 / 「許諾」.' }],
      },
    ],
  },
);

tester.run(
  'house/printed-choice',
  declarativeRule('house/printed-choice', {
    fields: 'II[*].4.item[*].subcontractWork',
    // A choice is matched by its option name or by the text the form prints.
    when: { field: 'subcontract', in: ['再委託する'] },
    check: { minLength: 5 },
    message: '{{label}}を具体的に書いてください。',
  }),
  {
    valid: [items({ subcontract: { value: 'noSubcontract', raw: '再委託しない' }, subcontractWork: '－' })],
    invalid: [{ code: items({ subcontract: { value: null, raw: '再委託する' }, subcontractWork: '一部' }), errors: [{ messageId: 'minLength', fieldId: 'II[1].4.item[1].subcontractWork' }] }],
  },
);

tester.run(
  'house/evaluation-no',
  declarativeRule('house/evaluation-no', {
    fields: 'cover.evaluationNo',
    check: { required: true, pattern: '^[0-9]+$' },
    message: '{{label}}は半角数字で書きます (「{{value}}」)。',
    severity: 'error',
    category: 'structure',
  }),
  {
    valid: [{ meta: { kind: 'kiso' }, cover: { evaluationNo: '123' } }, { meta: { kind: 'zenko' }, cover: { evaluationNo: '42' } }],
    invalid: [
      {
        code: { meta: { kind: 'juten' }, cover: { evaluationNo: '第3号' } },
        errors: [{ messageId: 'pattern', message: '表紙 評価書番号は半角数字で書きます (「第3号」)。', line: 6, column: 21, endLine: 6, endColumn: 26 }],
      },
      {
        name: 'missing: reported at the nearest key, with an empty value',
        code: { meta: { kind: 'juten' }, cover: { title: 'x' } },
        errors: [{ messageId: 'required', message: '表紙 評価書番号は半角数字で書きます (「」)。', fieldId: 'cover.evaluationNo', line: 5, column: 3 }],
      },
      {
        name: 'a dash is a value for required, but not digits',
        code: { meta: { kind: 'juten' }, cover: { evaluationNo: '－' } },
        errors: [{ messageId: 'pattern' }],
      },
    ],
  },
);

tester.run(
  'house/no-half-width-kana',
  declarativeRule('house/no-half-width-kana', {
    fields: ['II[*].4.item[*]', 'cover.title'],
    check: { notPattern: '[\\uFF61-\\uFF9F]+' },
    message: '{{label}}に半角カナ「{{match}}」があります。',
  }),
  {
    valid: [items({ title: 'システム運用', contractor: '株式会社カクウ' })],
    invalid: [
      {
        name: 'every field of the slot is checked; the match itself is the range',
        code: items({ title: 'ｼｽﾃﾑ運用', contractor: '株式会社ｶｸｳ', handlerCount: { value: 'lt10', raw: '10人未満' } }),
        errors: [
          { messageId: 'notPattern', message: 'II 4. 委託事項1に半角カナ「ｼｽﾃﾑ」があります。', line: 8, column: 19, endLine: 8, endColumn: 23 },
          { messageId: 'notPattern', fieldId: 'II[1].4.item[1].contractor', line: 9, column: 28, endLine: 9, endColumn: 31 },
        ],
      },
    ],
  },
);

tester.run(
  'house/dept-list',
  declarativeRule('house/dept-list', {
    fields: 'I.6.dept',
    check: { enum: ['市民生活部 保険年金課', '総務部 総務課'] },
    message: { ja: '{{label}}は {{expected}} のいずれかです。', en: '{{label}} is one of {{expected}}.' },
    kinds: ['juten', 'zenko'],
  }),
  {
    valid: [
      { meta: { kind: 'juten' }, I: { '6': { dept: '総務部 総務課' } } },
      // Not in the rule's kinds.
      { meta: { kind: 'kiso' }, I: { '6': { dept: '税務課' } } },
    ],
    invalid: [
      {
        code: { meta: { kind: 'zenko' }, I: { '6': { dept: '税務課' } } },
        errors: [{ messageId: 'enum', message: 'I 7. ①部署は 「市民生活部 保険年金課」、「総務部 総務課」 のいずれかです。' }],
      },
    ],
  },
);

tester.run(
  'house/length',
  declarativeRule('house/length', {
    fields: 'I.1.name',
    check: { minLength: 4, maxLength: 10 },
    message: '{{label}}は4〜10文字です ({{length}} 文字)。',
  }),
  {
    valid: [{ meta: { kind: 'juten' }, I: { '1': { name: '国民健康保険事務' } } }],
    invalid: [
      {
        code: { meta: { kind: 'juten' }, I: { '1': { name: '国保' } } },
        errors: [{ messageId: 'minLength', message: 'I 1. ①事務の名称は4〜10文字です (2 文字)。' }],
      },
      {
        name: 'too long: the range is what exceeds the limit (code points: 𠮷 is one character)',
        code: { meta: { kind: 'juten' }, I: { '1': { name: '𠮷国民健康保険に関する事務' } } },
        errors: [{ messageId: 'maxLength', line: 7, column: 27, endLine: 7, endColumn: 30 }],
      },
    ],
  },
);

tester.run(
  'house/dept-notation',
  declarativeRule('house/dept-notation', {
    fields: 'II[*].2.dept',
    check: { equalsField: 'I.6.dept' },
    message: '{{label}}「{{value}}」は{{other}}と同じ「{{expected}}」で書きます。',
  }),
  {
    valid: [
      { meta: { kind: 'juten' }, I: { '6': { dept: '市民生活部 保険年金課' } }, 'II[1]': { '2': { dept: '市民生活部　保険年金課' } } },
      // Nothing to compare with.
      { meta: { kind: 'juten' }, 'II[1]': { '2': { dept: '保険年金課' } } },
    ],
    invalid: [
      {
        code: { meta: { kind: 'juten' }, I: { '6': { dept: '市民生活部 保険年金課' } }, 'II[1]': { '2': { dept: '保険年金課' } } },
        errors: [
          {
            messageId: 'equalsField',
            message: 'II 2. ⑥事務担当部署「保険年金課」はI 6. ①部署と同じ「市民生活部 保険年金課」で書きます。',
            line: 12,
            column: 15,
          },
        ],
      },
    ],
  },
);

tester.run(
  'house/outsourced-items-named',
  declarativeRule('house/outsourced-items-named', {
    fields: 'II[*].4.item[*].contractor',
    when: [
      { field: 'II[*].4.has', equals: 'outsource' },
      { field: 'title', filled: true },
    ],
    check: { required: true },
    message: '{{label}}を記載してください。',
  }),
  {
    valid: [
      { meta: { kind: 'juten' }, 'II[1]': { '4': { has: { value: 'outsource', raw: '委託する' }, 'item[1]': { title: '運用', contractor: 'A社' } } } },
      // The [*] of II[*].4.has take the checked field's file: II[2] outsources nothing.
      { meta: { kind: 'juten' }, 'II[2]': { '4': { has: { value: 'noOutsource', raw: '委託しない' }, 'item[1]': { title: '運用' } } } },
      // A slot without a title is left alone (the condition `filled: false`).
      { meta: { kind: 'juten' }, 'II[1]': { '4': { has: { value: 'outsource', raw: '委託する' }, 'item[1]': { title: '—' } } } },
    ],
    invalid: [
      {
        code: { meta: { kind: 'juten' }, 'II[1]': { '4': { has: { value: 'outsource', raw: '委託する' }, 'item[1]': { title: '運用', contractor: null } } } },
        errors: [{ messageId: 'required', fieldId: 'II[1].4.item[1].contractor', line: 13, column: 23 }],
      },
    ],
  },
);

tester.run(
  'house/common-systems',
  declarativeRule('house/common-systems', {
    fields: 'I.2.system[*].name',
    match: 'any',
    check: { mustMention: ['団体内統合宛名システム'] },
    message: 'システムに「団体内統合宛名システム」がありません。',
  }),
  {
    valid: [{ meta: { kind: 'juten' }, I: { '2': { 'system[1]': { name: '国保システム' }, 'system[2]': { name: '団体内統合宛名システム' } } } }],
    invalid: [
      {
        name: 'none of the fields passes: one report, at the first',
        code: { meta: { kind: 'juten' }, I: { '2': { 'system[1]': { name: '国保システム' }, 'system[2]': { name: '宛名システム' } } } },
        errors: [{ messageId: 'mustMention', fieldId: 'I.2.system[1].name', line: 8, column: 17 }],
      },
      {
        name: 'no system at all: reported where the first would be',
        code: { meta: { kind: 'juten' }, I: { '1': { name: '事務' } } },
        // The field is missing: the nearest key that exists, "I".
        errors: [{ messageId: 'mustMention', fieldId: 'I.2.system[1].name', line: 5, column: 3 }],
      },
    ],
  },
);

tester.run(
  'house/timing-when-other-dept',
  declarativeRule('house/timing-when-other-dept', {
    fields: 'II[*].3.timing',
    // A box of a checks field, as a sibling: its checked state.
    when: { field: 'sources#otherDept', equals: true },
    check: { required: true },
    message: '{{label}}を記載してください。',
  }),
  {
    valid: [
      { meta: { kind: 'zenko' }, 'II[1]': { '3': { sources: { otherDept: { checked: false } } } } },
      { meta: { kind: 'zenko' }, 'II[1]': { '3': { sources: { otherDept: { checked: true, text: '税務課' } }, timing: '毎日' } } },
      // juten has no ③入手の時期・頻度.
      { meta: { kind: 'juten' }, 'II[1]': { '3': { sources: { otherDept: { checked: true } } } } },
    ],
    invalid: [
      {
        code: { meta: { kind: 'zenko' }, 'II[1]': { '3': { sources: { otherDept: { checked: true, text: '税務課' } } } } },
        errors: [{ messageId: 'required', fieldId: 'II[1].3.timing', message: 'II 3. ③入手の時期・頻度を記載してください。' }],
      },
    ],
  },
);

describe('declarative rules on renderings', () => {
  /** A hand-made context for a rendering, where the importer could not read some fields. */
  function run(definition: DeclarativeRuleDefinition, assessment: Assessment, unknown: string[]): ReportDescriptor[] {
    const reports: ReportDescriptor[] = [];
    const context: RuleContext = {
      ruleId: 'house/x',
      assessment,
      kind: 'juten',
      options: {},
      locale: 'ja',
      asOf: { date: '2025-01-01', source: 'today' },
      settings: {},
      isUnknown: (id) => unknown.includes(id),
      source: { kind: 'markdown', importNotes: [] },
      report: (d) => reports.push(d),
      label: (id) => id,
    };
    compileDeclarativeRule('house/x', definition).check(context);
    return reports;
  }
  const required: DeclarativeRuleDefinition = { fields: 'II[*].4.item[*].contractor', check: { required: true }, message: 'x' };

  test('a missing key was lost by the importer, not left out: no required finding', () => {
    expect(run(required, { meta: { kind: 'juten' }, 'II[1]': { '4': { 'item[1]': { title: 'a' } } } }, [])).toEqual([]);
  });

  test('an empty value is still reported; a field (or its slot) marked unknown is not', () => {
    const doc: Assessment = { meta: { kind: 'juten' }, 'II[1]': { '4': { 'item[1]': { contractor: null }, 'item[2]': { contractor: null } } } };
    expect(run(required, doc, ['II[1].4.item[2]']).map((r) => r.target)).toEqual(['II[1].4.item[1].contractor']);
  });

  test('a condition on an unknown field is not assumed to hold', () => {
    const doc: Assessment = { meta: { kind: 'juten' }, 'II[1]': { '4': { 'item[1]': { subcontract: yes, subcontractPermission: '口頭' } } } };
    const definition: DeclarativeRuleDefinition = {
      fields: 'II[*].4.item[*].subcontractPermission',
      when: { field: 'subcontract', equals: 'subcontract' },
      check: { mustMention: ['書面'] },
      message: 'x',
    };
    expect(run(definition, doc, [])).toHaveLength(1);
    expect(run(definition, doc, ['II[1].4.item[1].subcontract'])).toEqual([]);
  });
});

describe('what declarative-rule validation refuses', () => {
  const base = { message: 'x' };
  test.each<[string, DeclarativeRuleDefinition, RegExp]>([
    ['a field that is not in the form (with a hint)', { ...base, fields: 'II[*].4.item[*].contractr', check: { required: true } }, /"II\[\*\]\.4\.item\[\*\]\.contractr" matches no field of the form.*did you mean a field like "II\[f\]\.4\.item\[n\]\.contractor"/],
    ['not a pattern', { ...base, fields: 'II[x].4', check: { required: true } }, /"II\[x\]\.4" is not a field-id pattern/],
    ['required on a container', { ...base, fields: 'II[*].4.item[*]', check: { required: true } }, /required needs a pattern naming one field/],
    ['a sibling that the slot does not have', { ...base, fields: 'II[*].4.item[*].contractor', when: { field: 'subcontrat', equals: 'x' }, check: { required: true } }, /"subcontrat" names no field of the form next to/],
    ['a [*] with nothing to bind to', { ...base, fields: 'cover.title', when: { field: 'II[*].4.has', equals: 'outsource' }, check: { required: true } }, /the II\[\*\] of "II\[\*\]\.4\.has" has no slot of "cover\.title"/],
    ['two tests in one condition', { ...base, fields: 'cover.title', when: { field: 'cover.evaluationNo', equals: '1', filled: true }, check: { required: true } }, /a condition takes exactly one test/],
    ['no check', { ...base, fields: 'cover.title', check: {} }, /check names no check/],
    ['min above max', { ...base, fields: 'cover.title', check: { minLength: 5, maxLength: 2 } }, /minLength is greater than maxLength/],
    ['an invalid regular expression', { ...base, fields: 'cover.title', check: { pattern: '(unclosed' } }, /not a valid regular expression/],
    ['a regular expression that is too long', { ...base, fields: 'cover.title', check: { pattern: 'a'.repeat(301) } }, /too long \(301 characters, at most 300\)/],
    ['a flag that is not allowed', { ...base, fields: 'cover.title', check: { pattern: 'a', flags: 'g' } }, /\/customRules\/house~1x\/check\/flags: 形式が違います/],
    ['an unknown key (with a hint)', { ...base, fields: 'cover.title', check: { required: true }, severty: 'warn' } as DeclarativeRuleDefinition, /unknown key "severty" \(did you mean "severity"\?\)/],
  ])('%s', (_name, definition, message) => {
    expect(() => declarativeRule('house/x', definition)).toThrow(message);
  });

  test.each([
    ['nested repetition', '(a+)+$', /exponential/],
    ['overlapping alternatives', '(a|a)*$', /exponential/],
    ['the classic e-mail-like pattern', '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@)', /exponential/],
    ['cubic or worse polynomial', '.*a.*b.*c', /4th degree polynomial/],
  ])('a catastrophic regex is refused before use: %s', (_name, pattern, complexity) => {
    const attempt = () => declarativeRule('house/x', { fields: 'cover.title', check: { pattern }, message: 'x' });
    expect(attempt).toThrow(/can backtrack catastrophically/);
    expect(attempt).toThrow(complexity);
  });

  test('a catastrophic regex in a condition is refused too', () => {
    expect(() => declarativeRule('house/x', { fields: 'cover.title', when: { field: 'cover.evaluationName', pattern: '(\\w+\\s?)*$' }, check: { required: true }, message: 'x' })).toThrow(
      /\/when\/pattern: 正規表現 \/\(\\w\+\\s\?\)\*\$\/ は破滅的なバックトラックを起こします/,
    );
  });

  test('quadratic phrasing (".*term.*") and linear patterns are accepted', () => {
    for (const pattern of ['^.*(承認|許諾).*$', '書面', '^[0-9]+$', '^(?:株式会社|有限会社)?[\\p{Script=Han}\\p{Script=Katakana}ー]+$']) {
      expect(() => declarativeRule('house/x', { fields: 'cover.title', check: { pattern }, message: 'x' })).not.toThrow();
    }
  });
});
