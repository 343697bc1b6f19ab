/**
 * The built-in presets as rule settings computed from rule meta (pure): `recommended` is every rule
 * at its default severity, `strict` raises warnings to errors (info notes stay info). Computed, so a
 * new rule is in the presets the moment it is registered; presets/*.json may add entries on top.
 */
import type { AnyRuleModule } from '../engine/types.js';
import type { RuleEntry } from '../config/types.js';

export const BUILTIN_PRESETS = ['recommended', 'strict'] as const;
export type BuiltinPresetName = (typeof BUILTIN_PRESETS)[number];

export function severityPreset(rules: Iterable<readonly [string, AnyRuleModule]>, name: BuiltinPresetName): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const [id, rule] of rules) {
    // Plugin rules (namespaced ids) join through their plugin's own presets, not pialint's.
    if (rule.meta.deprecated || id.includes('/')) continue;
    const severity = rule.meta.defaultSeverity;
    out[id] = name === 'strict' && severity === 'warn' ? 'error' : severity;
  }
  return out;
}
