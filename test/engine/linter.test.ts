import { verify } from '../../src/engine/linter.js';
import { verifyAndFix } from '../../src/engine/verify-and-fix.js';
import { applyFixes } from '../../src/engine/fixer.js';
import { createRule } from '../../src/engine/create-rule.js';
import { JsonSource } from '../../src/sources/json-source.js';
import type { LinterConfig } from '../../src/engine/config-types.js';
import type { AnyRuleModule, LintMessage } from '../../src/engine/types.js';

const text = `{
  "meta": { "kind": "juten" },
  "I": { "6": { "dept": "市民部 国保課", "headTitle": "課長" } },
  "II[1]": { "4": { "item[1]": { "contractor": "AAA" } } }
}
`;
const read = (t: string) => new JsonSource('doc.json', { text: t, encoding: 'utf8', bom: false }, { jsonc: false });
const config = (rules: Record<string, 'error' | 'warn' | 'info' | 'off'>, extra: Partial<LinterConfig> = {}): LinterConfig => ({
  rules: Object.fromEntries(Object.entries(rules).map(([id, severity]) => [id, { severity }])),
  today: '2026-01-01',
  ...extra,
});

const reportDept = createRule({
  meta: {
    id: 'report-dept',
    category: 'required',
    defaultSeverity: 'error',
    description: { ja: 'x', en: 'x' },
    messages: { here: { ja: '「{{label}}」: {{what}}', en: '{{label}}: {{what}}' } },
  },
  check(context) {
    context.report({ target: 'I.6.dept', messageId: 'here', data: { what: 'dept' } });
    context.report({ target: '/II[1]/4/item[1]/contractor', messageId: 'here', data: { what: 'contractor' }, related: [{ target: 'I.6.dept' }] });
  },
});

const throwing = createRule({
  meta: { id: 'throws', category: 'required', defaultSeverity: 'error', description: { ja: 'x', en: 'x' }, messages: {} },
  check() {
    throw new Error('boom');
  },
});

/** Appends "!" to the contractor until it has three: a fix that needs several passes. */
const bang = createRule({
  meta: { id: 'bang', category: 'typo', defaultSeverity: 'error', fixable: 'code', description: { ja: 'x', en: 'x' }, messages: { m: { ja: 'm', en: 'm' } } },
  check(context) {
    const item = (context.assessment['II[1]'] as Record<string, Record<string, Record<string, string>>>)['4']!['item[1]']!;
    const value = item.contractor!;
    if (!value.endsWith('!!!')) {
      context.report({ target: 'II[1].4.item[1].contractor', messageId: 'm', fix: { type: 'replaceInString', target: 'II[1].4.item[1].contractor', start: value.length, end: value.length, text: '!' } });
    }
  },
});

/** Two rules that undo each other: the fixer must stop on the cycle. */
const toB = createRule({
  meta: { id: 'to-b', category: 'typo', defaultSeverity: 'error', fixable: 'code', description: { ja: 'x', en: 'x' }, messages: { m: { ja: 'm', en: 'm' } } },
  check(context) {
    const v = (context.assessment.I as Record<string, Record<string, string>>)['6']!.headTitle!;
    if (v === '課長') context.report({ target: 'I.6.headTitle', messageId: 'm', fix: { type: 'replaceInString', target: 'I.6.headTitle', start: 0, end: 2, text: '部長' } });
  },
});
const toA = createRule({
  meta: { id: 'to-a', category: 'typo', defaultSeverity: 'error', fixable: 'code', description: { ja: 'x', en: 'x' }, messages: { m: { ja: 'm', en: 'm' } } },
  check(context) {
    const v = (context.assessment.I as Record<string, Record<string, string>>)['6']!.headTitle!;
    if (v === '部長') context.report({ target: 'I.6.headTitle', messageId: 'm', fix: { type: 'replaceInString', target: 'I.6.headTitle', start: 0, end: 2, text: '課長' } });
  },
});

const registry = new Map<string, AnyRuleModule>([
  ['report-dept', reportDept],
  ['throws', throwing],
  ['bang', bang],
  ['to-a', toA],
  ['to-b', toB],
]);

describe('verify', () => {
  test('reports by field id or pointer at the exact value, with field id, label and related location', () => {
    const messages = verify(read(text), config({ 'report-dept': 'warn' }), registry);
    expect(messages).toHaveLength(2);
    const [dept, contractor] = messages as [LintMessage, LintMessage];
    expect(dept).toMatchObject({ ruleId: 'report-dept', severity: 1, line: 3, column: 25, endLine: 3, endColumn: 34, fieldId: 'I.6.dept' });
    expect(dept.message).toBe('「I 6. ①部署」: dept');
    expect(dept.fieldLabel).toBe('I 6. ①部署');
    expect(contractor).toMatchObject({ line: 4, fieldId: 'II[1].4.item[1].contractor' });
    expect(contractor.relatedInformation).toEqual([expect.objectContaining({ fieldId: 'I.6.dept', line: 3, column: 25 })]);
  });

  test('a rule that throws becomes one error naming the rule; the others still run', () => {
    const messages = verify(read(text), config({ throws: 'error', 'report-dept': 'error' }), registry);
    const failure = messages.filter((m) => m.ruleId === 'throws');
    expect(failure).toHaveLength(1);
    expect(failure[0]!.severity).toBe(2);
    expect(failure[0]!.message).toContain('throws');
    expect(failure[0]!.message).toContain('boom');
    expect(messages.filter((m) => m.ruleId === 'report-dept')).toHaveLength(2);
  });

  test('off and unknown rules do not run; info is severity 0', () => {
    expect(verify(read(text), config({ 'report-dept': 'off', nonexistent: 'error' }), registry)).toEqual([]);
    expect(verify(read(text), config({ 'report-dept': 'info' }), registry).every((m) => m.severity === 0)).toBe(true);
  });

  test('field overrides change or drop messages on matching fields only', () => {
    const messages = verify(
      read(text),
      config({ 'report-dept': 'error' }, { fieldOverrides: [{ fields: ['II[*].4.item[*]'], rules: { 'report-dept': { severity: 'off' } } }] }),
      registry,
    );
    expect(messages.map((m) => m.fieldId)).toEqual(['I.6.dept']);
  });

  test('a syntax error is fatal and no rule runs', () => {
    const messages = verify(read(text.slice(0, 40)), config({ 'report-dept': 'error' }), registry);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.fatal).toBe(true);
  });
});

describe('fixing', () => {
  test('verifyAndFix runs passes until nothing is fixable, touching only the fixed span', () => {
    const result = verifyAndFix(read(text), config({ bang: 'error' }), registry, read);
    expect(result.output).toBe(text.replace('"AAA"', '"AAA!!!"'));
    expect(result.passes).toBe(3);
    expect(result.messages).toEqual([]);
  });

  test('two rules undoing each other stop on the cycle', () => {
    const result = verifyAndFix(read(text), config({ 'to-a': 'error', 'to-b': 'error' }), registry, read);
    expect(result.passes).toBeLessThanOrEqual(2);
    expect(['課長', '部長'].some((v) => result.output.includes(v))).toBe(true);
  });

  test('overlapping fixes: the later one waits for the next pass', () => {
    const base: LintMessage = { ruleId: 'x', severity: 2, message: 'm', line: 1, column: 1, fieldId: null };
    const { output, applied, remaining } = applyFixes('abcdef', [
      { ...base, fix: { range: [1, 3], text: 'X' } },
      { ...base, fix: { range: [2, 4], text: 'Y' } },
      { ...base, fix: { range: [4, 5], text: 'Z' } },
    ]);
    expect(output).toBe('aXdZf');
    expect(applied).toHaveLength(2);
    expect(remaining).toHaveLength(1);
  });
});

describe('fixes inside JSON strings', () => {
  const quoting = createRule({
    meta: { id: 'quoting', category: 'typo', defaultSeverity: 'error', fixable: 'code', description: { ja: 'x', en: 'x' }, messages: { m: { ja: 'm', en: 'm' } } },
    check(context) {
      context.report({ target: 'I.6.headTitle', messageId: 'm', fix: { type: 'replaceInString', target: 'I.6.headTitle', start: 0, end: 2, text: '"課長"\n\\補佐' } });
    },
  });

  test('a replacement with a quote, a newline or a backslash is escaped, and the file stays valid JSON', () => {
    const [message] = verify(read(text), config({ quoting: 'error' }), new Map([['quoting', quoting as AnyRuleModule]]));
    const { output } = applyFixes(text, [message!]);
    expect(JSON.parse(output).I['6'].headTitle).toBe('"課長"\n\\補佐');
  });
});
