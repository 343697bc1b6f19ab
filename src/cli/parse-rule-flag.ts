import type { RuleEntry } from '../config/types.js';

/**
 * `--rule` values: `id:severity` (`choice-value:warn`), or a JSON object like ESLint's
 * (`{"choice-value": ["error", {…}]}`). Throws a usage error naming the bad value.
 */
export function parseRuleFlags(values: readonly string[]): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed.startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(trimmed);
      } catch {
        throw new Error(`--rule の JSON が不正です / invalid JSON in --rule: ${value}`);
      }
      Object.assign(out, parsed as Record<string, RuleEntry>);
      continue;
    }
    const m = /^([^:\s]+)\s*:\s*(off|info|warn|error|0|1|2)$/.exec(trimmed);
    if (!m) throw new Error(`--rule は "ルールID:重大度" の形式です / --rule takes "rule-id:severity": ${value}`);
    const severity = /^\d$/.test(m[2]!) ? (Number(m[2]) as 0 | 1 | 2) : (m[2] as 'off' | 'info' | 'warn' | 'error');
    out[m[1]!] = severity;
  }
  return out;
}
