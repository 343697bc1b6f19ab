/**
 * The declarative rules of a config file (`customRules`), checked beyond the JSON Schema and
 * compiled: fields and references that exist in the form, at least one check, one test per
 * condition, regular expressions that compile, are short, and cannot backtrack catastrophically.
 * Problems are ConfigErrors that point at the offending key. Nothing here runs code from the config.
 */
import type { AnyRuleModule } from '../engine/types.js';
import { compileDeclarativeRule, checksOf } from '../engine/declarative-rule.js';
import { declarativeRuleProblems, type DefinitionProblem } from '../engine/declarative-validate.js';
import type { DeclarativeCondition, DeclarativeRuleDefinition } from '../engine/declarative-types.js';
import type { ConfigFile } from './read-config-file.js';
import { regexSafetyProblem } from './regex-safety.js';
import { ConfigError } from './types.js';

export interface CompiledCustomRule {
  id: string;
  definition: DeclarativeRuleDefinition;
  rule: AnyRuleModule;
  /** The config file that defines it. */
  file: string;
}

const TESTS = ['equals', 'notEquals', 'in', 'notIn', 'filled', 'pattern'] as const;

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function pointerKey(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Problems of one definition: the structural ones, then the regular expressions' safety. */
export function customRuleProblems(definition: DeclarativeRuleDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (checksOf(definition.check).length === 0) {
    problems.push({
      pointer: '/check',
      message: 'check に検査がありません (required / pattern / notPattern / enum / minLength / maxLength / mustMention / equalsField) / check names no check (required, pattern, notPattern, enum, minLength, maxLength, mustMention, equalsField)',
    });
  }
  asArray(definition.when).forEach((condition: DeclarativeCondition, index) => {
    const tests = TESTS.filter((t) => condition[t] !== undefined);
    if (tests.length !== 1) {
      problems.push({
        pointer: Array.isArray(definition.when) ? `/when/${index}` : '/when',
        message: `条件には検査を一つだけ書きます (${TESTS.join(' / ')}。今は ${tests.length} 個) / a condition takes exactly one test of ${TESTS.join(', ')} (got ${tests.length})`,
      });
    }
  });
  problems.push(...declarativeRuleProblems(definition));
  if (problems.length > 0) return problems;
  const regexes: { pointer: string; source: string; flags: string | undefined }[] = [];
  if (definition.check.pattern !== undefined) regexes.push({ pointer: '/check/pattern', source: definition.check.pattern, flags: definition.check.flags });
  if (definition.check.notPattern !== undefined) regexes.push({ pointer: '/check/notPattern', source: definition.check.notPattern, flags: definition.check.flags });
  asArray(definition.when).forEach((condition, index) => {
    if (condition.pattern !== undefined) {
      regexes.push({ pointer: `${Array.isArray(definition.when) ? `/when/${index}` : '/when'}/pattern`, source: condition.pattern, flags: condition.flags });
    }
  });
  for (const { pointer, source, flags } of regexes) {
    const problem = regexSafetyProblem(source, `u${flags ?? ''}`);
    if (problem) problems.push({ pointer, message: problem });
  }
  return problems;
}

/** Compiles the `customRules` of one config file; the first problem is thrown as a ConfigError at its place. */
export function compileCustomRules(source: ConfigFile): CompiledCustomRule[] {
  const out: CompiledCustomRule[] = [];
  for (const [id, definition] of Object.entries(source.data.customRules ?? {})) {
    const base = `/customRules/${pointerKey(id)}`;
    const [first, ...rest] = customRuleProblems(definition);
    if (first) {
      const more = rest.map((p) => `\n  ${base}${p.pointer}: ${p.message}`).join('');
      throw new ConfigError(`宣言的ルール「${id}」/ declarative rule "${id}": ${first.message}${more}`, source.file, source.locate(`${base}${first.pointer}`));
    }
    out.push({ id, definition, rule: compileDeclarativeRule(id, definition), file: source.file });
  }
  return out;
}
