import type { RuleRegistry } from '../engine/linter.js';
import type { LintMessage, RuleCategory } from '../engine/types.js';
import { RULE_CATEGORIES } from '../plugins/rule-meta-schema.js';

/** Rule categories a `--fix-type` may name, plus `directive` (removing unused disable directives, as ESLint's). */
export const FIX_TYPES: readonly (RuleCategory | 'directive')[] = [...RULE_CATEGORIES, 'directive'];

/** `--fix-type date,typo --fix-type law` → the set of types; an unknown type is a usage error. */
export function parseFixTypes(values: readonly string[]): string[] {
  const types = values.flatMap((v) => v.split(',')).map((t) => t.trim()).filter(Boolean);
  for (const type of types) {
    if (!(FIX_TYPES as readonly string[]).includes(type)) {
      throw new Error(`--fix-type「${type}」は不明です (${FIX_TYPES.join(', ')}) / unknown --fix-type "${type}" (one of ${FIX_TYPES.join(', ')})`);
    }
  }
  return [...new Set(types)];
}

/** The shouldFix predicate for verifyAndFix: a rule's fix by its category, an unused-directive removal as "directive". */
export function fixTypeFilter(types: readonly string[] | undefined, rules: RuleRegistry): ((message: LintMessage) => boolean) | undefined {
  if (!types || types.length === 0) return undefined;
  const wanted = new Set(types);
  return (message) => {
    if (message.ruleId === null) return wanted.has('directive');
    const category = rules.get(message.ruleId)?.meta.category;
    return category !== undefined && wanted.has(category);
  };
}
