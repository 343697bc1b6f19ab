/**
 * What a config chain adds to the rules (the loader's plugin half): its `plugins` loaded in config
 * order with their namespaces checked, its declarative rules compiled, the registry composed from
 * the base rules, the plugins and the declarative rules, and `plugin:<ns>/<preset>` entries of
 * `extends` replaced by the presets' settings. Every problem is a ConfigError at its place.
 */
import type { RuleRegistry } from '../engine/linter.js';
import { ruleNamespace } from '../plugins/namespace.js';
import { extendRegistry, RuleIdClashError } from '../plugins/registry.js';
import type { PluginPreset } from '../plugins/types.js';
import { compileCustomRules, type CompiledCustomRule } from './custom-rules.js';
import { loadPlugin, type LoadedPlugin } from './plugin-loader.js';
import type { ConfigFile } from './read-config-file.js';
import { ConfigError } from './types.js';
import { validateConfigData } from './validate-config.js';

/** pialint's own ids (`pialint/parse-error` in SARIF): no plugin or declarative rule may use it. */
const RESERVED_NAMESPACE = 'pialint';

function pointerKey(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A config file's place in the `extends` chain, most general first. */
export interface Layer {
  config: ConfigFile;
  /** A preset (built-in or a plugin's), reported as `pialint:<name>` / `plugin:<ns>/<name>`, not as a file. */
  builtin?: boolean;
}

/** `"extends": "plugin:<namespace>/<preset>"`, resolved once the chain's plugins are loaded. */
export interface PresetRef {
  namespace: string;
  preset: string;
  source: ConfigFile;
  pointer: string;
}

/** A `plugins` entry of a config file in the chain. */
export interface PluginSpec {
  specifier: string;
  source: ConfigFile;
  pointer: string;
}

/**
 * One config file's `extends` chain and what it adds to the rules: expanded synchronously (files
 * and presets), then, when it names code plugins, completed by loading them (`prepare`).
 */
export interface Chain {
  entries: (Layer | { ref: PresetRef })[];
  pluginSpecs: PluginSpec[];
  /** The loaded plugins, once `prepare` has run (or none were to be loaded). */
  plugins?: LoadedPlugin[];
  resolved?: { layers: Layer[]; rules: RuleRegistry; plugins: LoadedPlugin[]; customRules: CompiledCustomRule[]; skipped: string[] };
}

function pluginPresetConfig(ref: PresetRef, preset: PluginPreset): ConfigFile {
  const file = `plugin:${ref.namespace}/${ref.preset}`;
  const data = { ...(preset.rules ? { rules: preset.rules } : {}), ...(preset.settings ? { settings: preset.settings } : {}) };
  const [problem] = validateConfigData(data);
  if (problem) {
    throw new ConfigError(`プラグインのプリセット「${file}」が不正です / invalid plugin preset "${file}": ${problem.pointer}: ${problem.message}`, ref.source.file, ref.source.locate(ref.pointer));
  }
  return { file, data, locate: (pointer) => ({ pointer }) };
}

/**
 * Loads a chain's plugins one at a time, in config order (so that the first bad plugin is the one
 * reported, every run). The same file named by two configs of the chain is one plugin; two plugins
 * with one namespace, or a plugin taking pialint's namespace, are errors.
 */
export async function loadChainPlugins(specs: readonly PluginSpec[]): Promise<LoadedPlugin[]> {
  const loaded: LoadedPlugin[] = [];
  for (const spec of specs) {
    const plugin = await loadPlugin(spec.specifier, spec.source.file, spec.source.locate(spec.pointer));
    if (loaded.some((p) => p.ref.file === plugin.ref.file)) continue;
    if (plugin.ref.namespace === RESERVED_NAMESPACE) {
      throw new ConfigError(
        `プラグイン「${spec.specifier}」の名前空間「${RESERVED_NAMESPACE}」は pialint 自身のものです / plugin "${spec.specifier}" takes the namespace "${RESERVED_NAMESPACE}", which is pialint's own`,
        spec.source.file,
        spec.source.locate(spec.pointer),
      );
    }
    const clash = loaded.find((p) => p.ref.namespace === plugin.ref.namespace);
    if (clash) {
      throw new ConfigError(
        `プラグイン「${spec.specifier}」の名前空間「${plugin.ref.namespace}」は「${clash.ref.specifier}」と重複しています / plugin "${spec.specifier}" has the namespace "${plugin.ref.namespace}" of "${clash.ref.specifier}" already`,
        spec.source.file,
        spec.source.locate(spec.pointer),
      );
    }
    loaded.push(plugin);
  }
  return loaded;
}

/**
 * The registry of a chain (base rules, plugins' rules, declarative rules) and its declarative rules.
 * A later config's definition of an id replaces an earlier one; a declarative rule may not use a
 * plugin's namespace or pialint's.
 */
export function chainRules(
  base: RuleRegistry,
  entries: Chain['entries'],
  plugins: readonly LoadedPlugin[],
  file: string | undefined,
): { rules: RuleRegistry; customRules: CompiledCustomRule[] } {
  const namespaces = new Set(plugins.map((p) => p.ref.namespace));
  const custom = new Map<string, CompiledCustomRule>();
  for (const entry of entries) {
    if ('ref' in entry || entry.builtin) continue;
    for (const compiled of compileCustomRules(entry.config)) {
      const namespace = ruleNamespace(compiled.id)!;
      if (namespaces.has(namespace) || namespace === RESERVED_NAMESPACE) {
        throw new ConfigError(
          namespace === RESERVED_NAMESPACE
            ? `宣言的ルール「${compiled.id}」の名前空間「${namespace}」は pialint 自身のものです / declarative rule "${compiled.id}" uses pialint's own namespace`
            : `宣言的ルール「${compiled.id}」の名前空間「${namespace}」はプラグインと重複しています / declarative rule "${compiled.id}" uses the namespace of a plugin ("${namespace}")`,
          entry.config.file,
          entry.config.locate(`/customRules/${pointerKey(compiled.id)}`, true),
        );
      }
      custom.set(compiled.id, compiled);
    }
  }
  try {
    const rules = extendRegistry(
      base,
      plugins.map((p) => ({ namespace: p.ref.namespace, plugin: p.plugin })),
      [...custom.values()].map((c) => [c.id, c.rule] as const),
    );
    return { rules, customRules: [...custom.values()] };
  } catch (error) {
    if (!(error instanceof RuleIdClashError)) throw error;
    throw new ConfigError(error.message, file);
  }
}

/**
 * The chain's layers with each `plugin:<ns>/<preset>` replaced by that preset. With plugins left
 * unloaded (`someSkipped`), a preset of an unknown namespace is dropped: it may be theirs.
 */
export function presetLayers(entries: Chain['entries'], plugins: readonly LoadedPlugin[], someSkipped: boolean): Layer[] {
  const layers: Layer[] = [];
  for (const entry of entries) {
    if (!('ref' in entry)) {
      layers.push(entry);
      continue;
    }
    const { ref } = entry;
    const plugin = plugins.find((p) => p.ref.namespace === ref.namespace);
    if (!plugin) {
      if (someSkipped) continue;
      throw new ConfigError(
        `「plugin:${ref.namespace}/${ref.preset}」の名前空間「${ref.namespace}」のプラグインが plugins にありません / no plugin with the namespace "${ref.namespace}" in "plugins"` +
          (plugins.length > 0 ? ` (loaded: ${plugins.map((p) => p.ref.namespace).join(', ')})` : ''),
        ref.source.file,
        ref.source.locate(ref.pointer),
      );
    }
    const preset = plugin.plugin.presets?.[ref.preset];
    if (!preset) {
      const names = Object.keys(plugin.plugin.presets ?? {});
      throw new ConfigError(
        `プラグイン「${plugin.ref.name}」にプリセット「${ref.preset}」はありません / plugin "${plugin.ref.name}" has no preset "${ref.preset}"` +
          (names.length > 0 ? ` (presets: ${names.join(', ')})` : ''),
        ref.source.file,
        ref.source.locate(ref.pointer),
      );
    }
    layers.push({ config: pluginPresetConfig(ref, preset), builtin: true });
  }
  return layers;
}
