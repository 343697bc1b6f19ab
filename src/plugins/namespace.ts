/**
 * Plugin names and namespaces, as ESLint's: the namespace of `pialint-plugin-foo` is `foo`, of
 * `@city/pialint-plugin-foo` is `@city/foo`, and of `@city/pialint-plugin` is `@city`. A rule `bar`
 * of that plugin runs as `<namespace>/bar`.
 */

const PREFIX = 'pialint-plugin';

/** The namespace of a plugin from its `meta.name`. */
export function pluginNamespace(name: string): string {
  if (name.startsWith('@')) {
    const slash = name.indexOf('/');
    if (slash < 0) return name;
    const scope = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (rest === PREFIX) return scope;
    return `${scope}/${rest.startsWith(`${PREFIX}-`) ? rest.slice(PREFIX.length + 1) : rest}`;
  }
  return name.startsWith(`${PREFIX}-`) ? name.slice(PREFIX.length + 1) : name;
}

/**
 * The package name a bare `plugins` entry stands for: `foo` → `pialint-plugin-foo`, `@city` →
 * `@city/pialint-plugin`, `@city/foo` → `@city/pialint-plugin-foo`; full names stay as they are.
 * Paths (`./rules/local.js`) are not package names and are not passed here.
 */
export function pluginPackageName(specifier: string): string {
  if (specifier.startsWith('@')) {
    const slash = specifier.indexOf('/');
    if (slash < 0) return `${specifier}/${PREFIX}`;
    const rest = specifier.slice(slash + 1);
    if (rest === PREFIX || rest.startsWith(`${PREFIX}-`)) return specifier;
    return `${specifier.slice(0, slash)}/${PREFIX}-${rest}`;
  }
  return specifier.startsWith(`${PREFIX}-`) ? specifier : `${PREFIX}-${specifier}`;
}

/** Whether a `plugins` entry is a path (relative or absolute) rather than a package name. */
export function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/') || /^[A-Za-z]:[\\/]/.test(specifier) || specifier === '.' || specifier === '..';
}

/** The namespace part of a rule id (`kakushi` of `kakushi/approved-contractor`), or undefined for a built-in id. */
export function ruleNamespace(ruleId: string): string | undefined {
  const slash = ruleId.lastIndexOf('/');
  return slash < 0 ? undefined : ruleId.slice(0, slash);
}
