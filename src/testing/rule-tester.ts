import assert from 'node:assert/strict';
import { createSource } from '../sources/read-source.js';
import { verify } from '../engine/linter.js';
import { applyFixes } from '../engine/fixer.js';
import type { LinterConfig } from '../engine/config-types.js';
import type { AnyRuleModule, LintMessage } from '../engine/types.js';
import type { PialintPlugin, PluginRule } from '../plugins/types.js';
import { pluginNamespace } from '../plugins/namespace.js';
import { pluginRuleEntries } from '../plugins/registry.js';
import { ruleProblems } from '../plugins/validate-plugin.js';

/** A document as JSON text, or as an object (serialised with 2-space indentation). */
export type TestCode = string | Record<string, unknown>;

export interface ValidTestCase {
  code: TestCode;
  /** `.json` by default; `.jsonc`, `.md` or `.txt` select the other readers. */
  filename?: string;
  options?: Record<string, unknown>;
  asOf?: string;
  settings?: Record<string, unknown>;
  locale?: 'ja' | 'en';
  name?: string;
  only?: boolean;
}

export interface ExpectedError {
  messageId?: string;
  /** Exact message text, or a RegExp it must match. */
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fieldId?: string | null;
  severity?: 0 | 1 | 2;
  /** Expected suggestions, each by messageId and the text after applying it. */
  suggestions?: { messageId?: string; desc?: string; output: string }[] | null;
}

export interface InvalidTestCase extends ValidTestCase {
  /** The expected messages in order, or their number. */
  errors: ExpectedError[] | number;
  /** The text after one pass of fixes; `null` asserts that nothing is fixed. Omitted: not checked. */
  output?: string | null;
}

export interface RunTests {
  valid: (ValidTestCase | TestCode)[];
  invalid: InvalidTestCase[];
}

type Describe = (name: string, fn: () => void) => void;
type It = (name: string, fn: () => Promise<void>) => void;

interface TestFramework {
  describe: Describe;
  it: It;
}

export interface RuleTesterOptions extends Partial<ValidTestCase> {
  /** describe/it to register cases with (default: RuleTester.describe/it, else Jest's globals). */
  framework?: TestFramework;
  /** Plugins whose rules `run('<namespace>/<rule-id>', tests)` finds by id, as a config would name them. */
  plugins?: PialintPlugin[];
}

/** A rule as RuleTester takes it: a RuleModule, or a plugin's rule (its docsUrl may be absent). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TestedRule = AnyRuleModule | PluginRule<any>;

function globalFramework(): TestFramework | undefined {
  const g = globalThis as { describe?: Describe; it?: It };
  return g.describe && g.it ? { describe: g.describe, it: g.it } : undefined;
}

function codeText(code: TestCode): string {
  return typeof code === 'string' ? code : JSON.stringify(code, null, 2) + '\n';
}

function caseName(item: ValidTestCase, index: number): string {
  if (item.name) return item.name;
  const text = codeText(item.code).replace(/\s+/g, ' ');
  return `#${index + 1} ${text.length > 70 ? text.slice(0, 67) + '...' : text}`;
}

/**
 * Runs a rule over valid and invalid cases (typescript-eslint's RuleTester): expected messages,
 * positions, fixes and suggestions. Works under Jest (global describe/it) and under node:test
 * (set `RuleTester.describe`/`RuleTester.it` from `node:test`, or pass them to the constructor).
 */
export class RuleTester {
  static describe: Describe | undefined;
  static it: It | undefined;

  private readonly defaults: Partial<ValidTestCase> & { framework?: TestFramework };
  private readonly pluginRules = new Map<string, AnyRuleModule>();

  constructor(options: RuleTesterOptions = {}) {
    const { plugins, ...defaults } = options;
    this.defaults = defaults;
    for (const plugin of plugins ?? []) {
      for (const [id, rule] of pluginRuleEntries({ namespace: pluginNamespace(plugin.meta.name), plugin })) this.pluginRules.set(id, rule);
    }
  }

  /** A rule of the tester's plugins by its namespaced id (`kakushi/approved-contractor`). */
  ruleOf(ruleId: string): AnyRuleModule {
    const rule = this.pluginRules.get(ruleId);
    if (!rule) {
      const known = [...this.pluginRules.keys()];
      throw new Error(`RuleTester: no rule "${ruleId}" in the plugins given to the constructor${known.length > 0 ? ` (${known.join(', ')})` : ''}`);
    }
    return rule;
  }

  private framework(): TestFramework {
    if (this.defaults.framework) return this.defaults.framework;
    if (RuleTester.describe && RuleTester.it) return { describe: RuleTester.describe, it: RuleTester.it };
    const framework = globalFramework();
    if (!framework) throw new Error('RuleTester: no test framework found; set RuleTester.describe and RuleTester.it (e.g. from node:test)');
    return framework;
  }

  /** Lints one case with only this rule on; exported for callers that assert on messages themselves. */
  async lint(ruleId: string, rule: TestedRule, item: ValidTestCase): Promise<{ text: string; messages: LintMessage[] }> {
    const merged = { ...this.defaults, ...item };
    const text = codeText(merged.code);
    const filename = merged.filename ?? 'test.json';
    const doc = await createSource(filename, { text, encoding: 'utf8', bom: false }, merged.locale ?? 'ja');
    const config: LinterConfig = {
      rules: { [ruleId]: { severity: 'error', ...(merged.options ? { options: merged.options } : {}) } },
      locale: merged.locale ?? 'ja',
      today: '2026-01-01',
      ...(merged.asOf ? { asOf: merged.asOf, asOfSource: 'config' as const } : {}),
      ...(merged.settings ? { settings: merged.settings } : {}),
    };
    const messages = verify(doc, config, new Map([[ruleId, rule as AnyRuleModule]]));
    return { text, messages };
  }

  /**
   * Registers the cases of one rule: `run(id, rule, tests)`, or `run('<namespace>/<id>', tests)` for a
   * rule of the plugins given to the constructor. The rule's meta is checked first with the schema the
   * plugin loader uses, so a rule that would not load fails here too.
   */
  run(ruleId: string, tests: RunTests): void;
  run(ruleId: string, rule: TestedRule, tests: RunTests): void;
  run(ruleId: string, ruleOrTests: TestedRule | RunTests, maybeTests?: RunTests): void {
    const [rule, tests] = maybeTests ? [ruleOrTests as TestedRule, maybeTests] : [this.ruleOf(ruleId), ruleOrTests as RunTests];
    const problems = ruleProblems(rule, undefined);
    if (problems.length > 0) throw new Error(`RuleTester: rule "${ruleId}" has invalid meta: ${problems.join('; ')}`);
    const { describe, it } = this.framework();
    describe(ruleId, () => {
      describe('valid', () => {
        tests.valid.forEach((raw, index) => {
          const item: ValidTestCase = typeof raw === 'object' && 'code' in raw ? (raw as ValidTestCase) : { code: raw as TestCode };
          it(caseName(item, index), async () => {
            const { messages } = await this.lint(ruleId, rule, item);
            assert.deepEqual(
              messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
              [],
              'a valid case must produce no messages',
            );
          });
        });
      });
      describe('invalid', () => {
        tests.invalid.forEach((item, index) => {
          it(caseName(item, index), async () => {
            const { text, messages } = await this.lint(ruleId, rule, item);
            const fatal = messages.find((m) => m.fatal || m.ruleId !== ruleId);
            assert.equal(fatal, undefined, `unexpected message from outside the rule: ${fatal?.message}`);
            if (typeof item.errors === 'number') {
              assert.equal(messages.length, item.errors, `expected ${item.errors} messages, got ${messages.length}: ${messages.map((m) => m.message).join(' | ')}`);
            } else {
              assert.equal(messages.length, item.errors.length, `expected ${item.errors.length} messages, got ${messages.length}: ${messages.map((m) => m.message).join(' | ')}`);
              item.errors.forEach((expected, i) => assertMessage(messages[i]!, expected, text, i));
            }
            if (item.output !== undefined) {
              const { output } = applyFixes(text, messages);
              if (item.output === null) assert.equal(output, text, 'expected no fix');
              else assert.equal(output, item.output, 'fix output');
            }
          });
        });
      });
    });
  }
}

function assertMessage(actual: LintMessage, expected: ExpectedError, text: string, index: number): void {
  const where = `message #${index + 1}`;
  if (expected.messageId !== undefined) assert.equal(actual.messageId, expected.messageId, `${where} messageId: expected ${expected.messageId}, got ${actual.messageId} (${actual.message})`);
  if (typeof expected.message === 'string') assert.equal(actual.message, expected.message, `${where} text`);
  else if (expected.message) assert.match(actual.message, expected.message, `${where} text`);
  for (const key of ['line', 'column', 'endLine', 'endColumn', 'fieldId', 'severity'] as const) {
    if (expected[key] !== undefined) {
      assert.equal(actual[key], expected[key], `${where} ${key}: expected ${JSON.stringify(expected[key])}, got ${JSON.stringify(actual[key])} (${actual.message})`);
    }
  }
  if (expected.suggestions === null) assert.equal(actual.suggestions, undefined, `${where}: expected no suggestions`);
  else if (expected.suggestions) {
    const got = actual.suggestions ?? [];
    assert.equal(got.length, expected.suggestions.length, `${where} suggestion count`);
    expected.suggestions.forEach((s, i) => {
      const suggestion = got[i]!;
      if (s.messageId) assert.equal(suggestion.messageId, s.messageId, `${where} suggestion #${i + 1} messageId`);
      if (s.desc) assert.equal(suggestion.desc, s.desc, `${where} suggestion #${i + 1} desc`);
      const applied = text.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + text.slice(suggestion.fix.range[1]);
      assert.equal(applied, s.output, `${where} suggestion #${i + 1} output`);
    });
  }
}
