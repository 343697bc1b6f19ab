/**
 * Merges `settings` as ESLint's flat config does (plain objects deeply, anything else replaced), so
 * that a config extending another adds terminology entries instead of replacing the dictionary.
 * In `settings.terminology`, an entry set to `null` removes the inherited entry of that name.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const previous = out[key];
    out[key] = isPlainObject(previous) && isPlainObject(value) ? deepMerge(previous, value) : value;
  }
  return out;
}

export function mergeSettings(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const merged = deepMerge(base, extra);
  const terminology = merged.terminology;
  if (isPlainObject(terminology)) {
    // Merging a term key by key would mix two entries' variants: a later entry replaces a whole term.
    const extraTerms = isPlainObject(extra.terminology) ? extra.terminology : {};
    const baseTerms = isPlainObject(base.terminology) ? base.terminology : {};
    const terms: Record<string, unknown> = {};
    for (const name of new Set([...Object.keys(baseTerms), ...Object.keys(extraTerms)])) {
      const value = Object.hasOwn(extraTerms, name) ? extraTerms[name] : baseTerms[name];
      if (value !== null && value !== undefined) terms[name] = value;
    }
    merged.terminology = terms;
  }
  return merged;
}
