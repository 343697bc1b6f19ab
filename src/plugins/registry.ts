/**
 * Rule registries from plugins (pure): the built-in plugin first, with its ids as they are, then
 * each loaded plugin's rules under `<namespace>/<id>`, then the config's declarative rules. The
 * registry is what `verify` runs; its ids are what configs, directives and formatters name.
 */
import type { RuleRegistry } from '../engine/linter.js';
import type { AnyRuleModule } from '../engine/types.js';
import type { PialintPlugin } from './types.js';

/** Where a plugin rule without its own `docsUrl` links (SARIF helpUri, the editor's code link). */
export const PLUGIN_DOCS_URL = 'https://github.com/pialint/pialint/blob/main/docs/plugins.md';

export interface RegistryPart {
  /** null for the built-in plugin (un-prefixed ids). */
  namespace: string | null;
  plugin: PialintPlugin;
}

/** A rule id clashes with one already registered (two plugins with one namespace, a declarative rule over a plugin rule). */
export class RuleIdClashError extends Error {
  constructor(readonly ruleId: string) {
    super(`ルールID「${ruleId}」が重複しています / rule id "${ruleId}" is defined twice`);
    this.name = 'RuleIdClashError';
  }
}

/** A plugin's rules with their registry ids; a rule without `docsUrl` gets the plugin docs page. */
export function pluginRuleEntries(part: RegistryPart): [string, AnyRuleModule][] {
  return Object.entries(part.plugin.rules ?? {}).map(([id, rule]) => {
    const module: AnyRuleModule = rule.meta.docsUrl ? (rule as AnyRuleModule) : { ...rule, meta: { ...rule.meta, docsUrl: PLUGIN_DOCS_URL } };
    return [part.namespace === null ? id : `${part.namespace}/${id}`, module];
  });
}

/** The registry of several plugins, then extra rules (declarative ones); a repeated id throws RuleIdClashError. */
export function composeRegistry(parts: readonly RegistryPart[], extra: Iterable<readonly [string, AnyRuleModule]> = []): RuleRegistry {
  const registry = new Map<string, AnyRuleModule>();
  const add = (id: string, rule: AnyRuleModule) => {
    if (registry.has(id)) throw new RuleIdClashError(id);
    registry.set(id, rule);
  };
  for (const part of parts) for (const [id, rule] of pluginRuleEntries(part)) add(id, rule);
  for (const [id, rule] of extra) add(id, rule);
  return registry;
}

/** A base registry (built-ins, or a caller's own) with more rules added; the base is not changed. */
export function extendRegistry(base: RuleRegistry, parts: readonly RegistryPart[], extra: Iterable<readonly [string, AnyRuleModule]> = []): RuleRegistry {
  if (parts.length === 0) {
    const list = [...extra];
    if (list.length === 0) return base;
    extra = list;
  }
  const added = composeRegistry(parts, extra);
  const registry = new Map(base);
  for (const [id, rule] of added) {
    if (registry.has(id)) throw new RuleIdClashError(id);
    registry.set(id, rule);
  }
  return registry;
}
