/**
 * Declarative rules for RuleTester: the same checks the config loader makes (the config JSON Schema,
 * fields of the form, references, regex syntax, length and ReDoS safety), then the same compilation,
 * so a house rule can be tested before it goes into a config.
 */
import type { AnyRuleModule } from '../engine/types.js';
import type { DeclarativeRuleDefinition } from '../engine/declarative-types.js';
import { compileDeclarativeRule } from '../engine/declarative-rule.js';
import { validateConfigData } from '../config/validate-config.js';
import { customRuleProblems } from '../config/custom-rules.js';

/** The rule a `customRules` entry defines; throws with every problem the config loader would report. */
export function declarativeRule(ruleId: string, definition: DeclarativeRuleDefinition): AnyRuleModule {
  const schema = validateConfigData({ customRules: { [ruleId]: definition } }).map((p) => `${p.pointer}: ${p.message}`);
  if (schema.length > 0) throw new Error(`declarative rule "${ruleId}" is invalid:\n  ${schema.join('\n  ')}`);
  const problems = customRuleProblems(definition).map((p) => `${p.pointer}: ${p.message}`);
  if (problems.length > 0) throw new Error(`declarative rule "${ruleId}" is invalid:\n  ${problems.join('\n  ')}`);
  return compileDeclarativeRule(ruleId, definition);
}
