/**
 * What a resolved config adds to the base rules, in a form that crosses a worker-thread boundary:
 * the loaded plugins (by entry file) and the declarative rules (data). A worker rebuilds the same
 * registry from it, so `--concurrency` lints with the plugins and house rules of a serial run.
 */
import type { RuleRegistry } from '../engine/linter.js';
import { compileDeclarativeRule } from '../engine/declarative-rule.js';
import type { DeclarativeRuleDefinition } from '../engine/declarative-types.js';
import { extendRegistry } from '../plugins/registry.js';
import type { PluginRef } from '../plugins/types.js';
import { loadPluginRef } from './plugin-loader.js';
import type { ResolvedConfig } from './types.js';

export interface RuleSource {
  plugins: PluginRef[];
  customRules: Record<string, DeclarativeRuleDefinition>;
}

/** The rule source of a resolved config, or undefined when it adds nothing to the base rules. */
export function ruleSourceOf(config: ResolvedConfig): RuleSource | undefined {
  if (!config.plugins?.length && !config.customRules) return undefined;
  return { plugins: config.plugins ?? [], customRules: config.customRules ?? {} };
}

/**
 * The registry a rule source stands for on top of `base`. The source comes from a config the main
 * thread already validated (its regexes vetted), so the definitions compile as they are.
 */
export async function registryFromSource(base: RuleRegistry, source: RuleSource): Promise<RuleRegistry> {
  const plugins = [];
  for (const ref of source.plugins) plugins.push(await loadPluginRef(ref));
  return extendRegistry(
    base,
    plugins.map((p) => ({ namespace: p.ref.namespace, plugin: p.plugin })),
    Object.entries(source.customRules).map(([id, definition]) => [id, compileDeclarativeRule(id, definition)] as const),
  );
}
