/**
 * The plugin shape (ESLint's): `{ meta: { name, version }, rules, presets }`. A plugin is plain data
 * plus the rules' `check` functions; pialint validates it when it loads it (validate-plugin.ts), and
 * its rules run under `<namespace>/<rule-id>` (namespace.ts). The built-in rules are a plugin too
 * (`builtinPlugin` in rules/index.ts) whose ids carry no namespace.
 */
import type { AnyRuleModule, RuleContext, RuleMeta } from '../engine/types.js';
import type { RuleEntry } from '../config/types.js';

/** Rule meta as a plugin writes it: `docsUrl` may be left out (then docs/plugins.md is linked). */
export type PluginRuleMeta = Omit<RuleMeta, 'docsUrl'> & { docsUrl?: string };

/** A plugin's rule: a RuleModule whose meta may leave `docsUrl` out. */
export interface PluginRule<Options = Record<string, unknown>> {
  meta: PluginRuleMeta;
  defaultOptions?: Options;
  /** Pure: reads the assessment, reports through the context. No I/O. */
  check(context: RuleContext<Options>): void;
}

/** A shareable set of settings in a plugin, used as `"extends": "plugin:<namespace>/<preset>"`. */
export interface PluginPreset {
  /** Rule settings, with namespaced ids (`kakushi/approved-contractor`), as in a config file. */
  rules?: Record<string, RuleEntry>;
  settings?: Record<string, unknown>;
}

export interface PluginMeta {
  /** The npm package name (`pialint-plugin-kakushi`, `@city/pialint-plugin-x`): the namespace comes from it. */
  name: string;
  version: string;
}

export interface PialintPlugin {
  meta: PluginMeta;
  /** Rules by id without the namespace (`approved-contractor`); each rule's `meta.id` is that key. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rules?: Record<string, PluginRule<any> | AnyRuleModule>;
  presets?: Record<string, PluginPreset>;
}

/** Typed identity for plugin authors writing TypeScript (`export default definePlugin({ … })`). */
export function definePlugin<T extends PialintPlugin>(plugin: T): T {
  return plugin;
}

/**
 * A code plugin as a config loaded it: enough to load it again (a worker thread) and to key a cache
 * on it. Serialisable.
 */
export interface PluginRef {
  /** The prefix of its rule ids (`kakushi`). */
  namespace: string;
  name: string;
  version: string;
  /** As written in the config's `plugins`. */
  specifier: string;
  /** The resolved entry file (absolute). */
  file: string;
  /** The config file that named it. */
  configFile: string;
  /** sha256 of the entry file, so that a cached result is not reused after the plugin changed. */
  hash: string;
}
