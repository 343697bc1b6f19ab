import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfigSeverity } from '../engine/types.js';
import { normalizeSeverity, type FieldOverride, type RuleSetting } from '../engine/config-types.js';
import type { RuleRegistry } from '../engine/linter.js';
import { parseConfigText, readConfigFile, type ConfigFile } from './read-config-file.js';
import { ConfigError, type ConfigLocation, type ResolvedConfig, type RuleEntry, type UnusedDirectivesSetting } from './types.js';
import { validateRuleOptions } from './validate-options.js';
import { mergeSettings } from './merge-settings.js';
import { closest } from './validate-config.js';
import { filesMatcher, ignoreMatcher } from './globs.js';
import { BUILTIN_PRESETS, severityPreset, type BuiltinPresetName } from '../plugins/presets.js';
import { ruleNamespace } from '../plugins/namespace.js';
import type { DeclarativeRuleDefinition } from '../engine/declarative-types.js';
import { chainRules, loadChainPlugins, presetLayers, type Chain, type Layer, type PluginSpec } from './chain-plugins.js';

export const CONFIG_FILE_NAMES = ['pialint.config.json', '.pialintrc.json'] as const;

const PRESETS = BUILTIN_PRESETS;
type PresetName = BuiltinPresetName;

/** Built-in presets ship as JSON in presets/ at the package root (above src/config and dist/src/config). */
function presetsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromDist = path.resolve(here, '..', '..', '..', 'presets');
  return existsSync(fromDist) ? fromDist : path.resolve(here, '..', '..', 'presets');
}

export function builtinPresetNames(): string[] {
  return [...PRESETS];
}

export interface LoadConfigOptions {
  cwd: string;
  /** `--config FILE`: use this file instead of looking one up. */
  configFile?: string;
  /** `--no-config-lookup`: use only `--config`/CLI rules (and the recommended preset when none). */
  noConfigLookup?: boolean;
  /** CLI `--rule` entries, applied last. */
  cliRules?: Record<string, RuleEntry>;
  asOf?: string;
  locale?: 'ja' | 'en';
  /** `--report-unused-disable-directives[-severity]`: wins over the config. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /** The base rules (the built-ins): plugins and declarative rules of a config are added to them. */
  rules: RuleRegistry;
  /**
   * Whether code plugins named by config files are loaded (`load`, the default: the CLI runs the
   * config the user chose) or left out (`skip`: the editor server when the user has not allowed
   * workspace plugins). Declarative rules never run code and are always used.
   */
  codePlugins?: 'load' | 'skip';
}

/** The nearest config file at or above `dir` (ESLint 10: the nearest one wins; no cascade). */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function asArray(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function unusedDirectives(value: UnusedDirectivesSetting): 'off' | 'warn' | 'error' {
  if (value === true) return 'warn';
  if (value === false) return 'off';
  return normalizeSeverity(value) as 'off' | 'warn' | 'error';
}

function pointerKey(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A synthetic ConfigFile for values that come from the command line (`--rule`). */
function cliSource(rules: Record<string, RuleEntry>): ConfigFile {
  return { file: '--rule', data: { rules }, locate: (pointer) => ({ pointer }) };
}

/**
 * Resolves configs for files (ESLint 10's config lookup): the nearest `pialint.config.json` or
 * `.pialintrc.json` above each file (or `--config`), its `extends` chain, the `overrides` whose
 * globs match the file, then the CLI flags. Config files are read, parsed and validated once per
 * loader; a resolved config is shared by the files that select the same overrides. Any problem is a
 * ConfigError naming the file, the JSON pointer and what is wrong.
 */
export class ConfigLoader {
  private readonly files = new Map<string, ConfigFile>();
  private readonly nearest = new Map<string, string | undefined>();
  private readonly chains = new Map<string, Chain>();
  private readonly resolved = new Map<string, ResolvedConfig>();

  constructor(readonly options: LoadConfigOptions) {}

  private read(file: string): ConfigFile {
    let config = this.files.get(file);
    if (!config) {
      config = readConfigFile(file);
      this.files.set(file, config);
    }
    return config;
  }

  /** The config file that applies to files in `dir` (memoized per directory). */
  private lookup(dir: string): string | undefined {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    const found = findConfigFile(dir);
    this.nearest.set(dir, found);
    return found;
  }

  /** The config file for `filePath` (or for the working directory), and the base path its globs are relative to. */
  configFileFor(filePath: string | undefined): { file: string | undefined; basePath: string } {
    const { cwd } = this.options;
    if (this.options.configFile) return { file: path.resolve(cwd, this.options.configFile), basePath: path.resolve(cwd) };
    if (this.options.noConfigLookup) return { file: undefined, basePath: path.resolve(cwd) };
    const file = this.lookup(filePath ? path.dirname(path.resolve(cwd, filePath)) : path.resolve(cwd));
    return { file, basePath: file ? path.dirname(file) : path.resolve(cwd) };
  }

  /**
   * A built-in preset: every rule at its default severity (recommended), or with warnings raised to
   * errors (strict), then the preset file's own entries. Computed from rule meta so that a new rule
   * is in the presets the moment it is registered.
   */
  private preset(name: PresetName): Layer[] {
    const rules = severityPreset(this.options.rules, name);
    const computed: ConfigFile = { file: `pialint:${name}`, data: { rules }, locate: (pointer) => ({ pointer }) };
    const file = path.join(presetsDir(), `${name}.json`);
    let shipped = this.files.get(file);
    if (!shipped) {
      shipped = parseConfigText(readFileSync(file, 'utf8'), file);
      this.files.set(file, shipped);
    }
    return [
      { config: computed, builtin: true },
      { config: shipped, builtin: true },
    ];
  }

  /** Expands `extends` depth-first: presets and files first, the extending file last. */
  private expand(config: ConfigFile, seen: ReadonlySet<string>): Chain['entries'] {
    const layers: Chain['entries'] = [];
    asArray(config.data.extends).forEach((parent, index) => {
      const pointer = Array.isArray(config.data.extends) ? `/extends/${index}` : '/extends';
      const name = parent.replace(/^pialint:/, '');
      if ((PRESETS as readonly string[]).includes(name)) {
        layers.push(...this.preset(name as PresetName));
        return;
      }
      if (parent.startsWith('plugin:')) {
        const body = parent.slice('plugin:'.length);
        const slash = body.lastIndexOf('/');
        if (slash <= 0 || slash === body.length - 1) {
          throw new ConfigError(
            `プラグインのプリセットは "plugin:<名前空間>/<プリセット名>" と書きます / a plugin preset is written "plugin:<namespace>/<preset>" (got ${parent})`,
            config.file,
            config.locate(pointer),
          );
        }
        layers.push({ ref: { namespace: body.slice(0, slash), preset: body.slice(slash + 1), source: config, pointer } });
        return;
      }
      const hint = closest(name, PRESETS);
      const target = path.resolve(path.dirname(config.file), parent);
      if (parent.startsWith('pialint:') || !existsSync(target)) {
        const ja = parent.startsWith('pialint:') ? `組み込みプリセット「${parent}」はありません` : `extends の参照先がありません: ${parent}`;
        const en = parent.startsWith('pialint:') ? `no built-in preset "${parent}"` : `extends target not found: ${parent}`;
        const presets = PRESETS.map((p) => `pialint:${p}`).join(' / ');
        throw new ConfigError(
          `${ja} (プリセット: ${presets})${hint ? `。「pialint:${hint}」の誤りではありませんか` : ''} / ${en}${hint ? ` (did you mean "pialint:${hint}"?)` : ''}`,
          config.file,
          config.locate(pointer),
        );
      }
      if (seen.has(target)) throw new ConfigError(`extends が循環しています / circular extends: ${parent}`, config.file, config.locate(pointer));
      layers.push(...this.expand(this.read(target), new Set(seen).add(target)));
    });
    layers.push({ config });
    return layers;
  }

  /** The expanded chain of a config file (files and presets; plugins not loaded yet). */
  private chainOf(file: string | undefined): Chain {
    const key = file ?? '';
    let chain = this.chains.get(key);
    if (!chain) {
      const entries = file ? this.expand(this.read(file), new Set([file])) : this.preset('recommended');
      const pluginSpecs: PluginSpec[] = [];
      for (const entry of entries) {
        if ('ref' in entry || entry.builtin) continue;
        (entry.config.data.plugins ?? []).forEach((specifier, index) => pluginSpecs.push({ specifier, source: entry.config, pointer: `/plugins/${index}` }));
      }
      chain = { entries, pluginSpecs };
      this.chains.set(key, chain);
    }
    return chain;
  }

  /** Whether this loader runs the code plugins of a chain (it names some, and the caller allows it). */
  private loadsCode(chain: Chain): boolean {
    return chain.pluginSpecs.length > 0 && (this.options.codePlugins ?? 'load') === 'load';
  }

  /**
   * Loads the code plugins of the config that applies to `filePath` (asynchronous: plugins are ES
   * modules). `forFile` needs this first for a config that names plugins; `forFileAsync` does both.
   * A plugin that cannot be found, fails to load or is invalid is a ConfigError naming it.
   */
  async prepare(filePath?: string): Promise<void> {
    const chain = this.chainOf(this.configFileFor(filePath).file);
    if (chain.plugins || !this.loadsCode(chain)) return;
    const loaded = await loadChainPlugins(chain.pluginSpecs);
    chain.plugins ??= loaded;
  }

  /** `prepare` then `forFile`: the config for a file whatever its config loads. */
  async forFileAsync(filePath?: string): Promise<ResolvedConfig> {
    await this.prepare(filePath);
    return this.forFile(filePath);
  }

  /** The chain's layers (plugin presets in place), rule registry and declarative rules. */
  private resolvedChain(file: string | undefined): NonNullable<Chain['resolved']> {
    const chain = this.chainOf(file);
    if (chain.resolved) return chain.resolved;
    if (this.loadsCode(chain) && !chain.plugins) {
      throw new Error(`ConfigLoader: the plugins of ${file ?? 'the config'} are not loaded; call \`await loader.prepare(filePath)\` or use forFileAsync()`);
    }
    const plugins = chain.plugins ?? [];
    const skipped = this.loadsCode(chain) ? [] : chain.pluginSpecs.map((s) => s.specifier);
    const { rules, customRules } = chainRules(this.options.rules, chain.entries, plugins, file);
    const layers = presetLayers(chain.entries, plugins, skipped.length > 0);
    chain.resolved = { layers, rules, plugins, customRules, skipped };
    return chain.resolved;
  }

  /** The rules that apply to `filePath`: the base rules, the config's plugins' and its declarative rules. */
  rulesFor(filePath?: string): RuleRegistry {
    return this.resolvedChain(this.configFileFor(filePath).file).rules;
  }

  /** Turns one written rule entry into a setting, checking the rule id and its options where they are written. */
  private setting(
    rules: RuleRegistry,
    entry: RuleEntry,
    previous: RuleSetting | undefined,
    ruleId: string,
    source: ConfigFile,
    pointer: string,
  ): RuleSetting | undefined {
    const where = (p: string): ConfigLocation => source.locate(p);
    const rule = rules.get(ruleId);
    if (!rule && this.skippedRule(ruleId, rules)) return undefined;
    if (!rule) {
      const namespace = ruleNamespace(ruleId);
      if (namespace !== undefined && ![...rules.keys()].some((id) => ruleNamespace(id) === namespace)) {
        throw new ConfigError(
          `ルール「${ruleId}」は存在しません。名前空間「${namespace}」のプラグインや宣言的ルールがありません (plugins / customRules に書いてください) / unknown rule "${ruleId}": no plugin or declarative rule has the namespace "${namespace}" (add it to "plugins" or "customRules")`,
          source.file,
          source.locate(pointer, true),
        );
      }
      const hint = closest(ruleId, [...rules.keys()]);
      throw new ConfigError(
        `ルール「${ruleId}」は存在しません${hint ? ` (「${hint}」の誤りではありませんか)` : ''} / unknown rule "${ruleId}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
        source.file,
        source.locate(pointer, true),
      );
    }
    const [severityValue, options] = Array.isArray(entry) ? entry : [entry];
    const valid: ConfigSeverity[] = ['off', 'info', 'warn', 'error', 0, 1, 2];
    if (!valid.includes(severityValue as ConfigSeverity)) {
      // Only `--rule` JSON reaches here: config files were checked against the schema already.
      throw new ConfigError(
        `重大度は off / info / warn / error / 0 / 1 / 2 のいずれかです / severity must be one of off, info, warn, error, 0, 1, 2 (got ${JSON.stringify(severityValue)})`,
        source.file,
        where(pointer),
      );
    }
    if (options) validateRuleOptions(rule, options, source.file, where(`${pointer}/1`), ruleId);
    const severity = normalizeSeverity(severityValue as ConfigSeverity);
    // Like ESLint: a severity alone keeps the options set earlier (by a preset).
    const merged = options ?? previous?.options;
    return merged ? { severity, options: merged } : { severity };
  }

  /**
   * A namespaced rule that is unknown because its plugin was not loaded (`codePlugins: 'skip'`):
   * its settings are left out instead of failing, since the plugin cannot be asked for its rules.
   */
  private skippedRule(ruleId: string, rules: RuleRegistry): boolean {
    if ((this.options.codePlugins ?? 'load') === 'load') return false;
    const namespace = ruleNamespace(ruleId);
    if (namespace === undefined) return false;
    // A namespace that declarative rules use is known in full: an unknown id in it is a typo.
    for (const id of rules.keys()) if (ruleNamespace(id) === namespace) return false;
    return true;
  }

  private applyRules(
    rules: RuleRegistry,
    target: Record<string, RuleSetting>,
    entries: Record<string, RuleEntry> | undefined,
    source: ConfigFile,
    pointer: string,
  ): void {
    for (const [id, entry] of Object.entries(entries ?? {})) {
      const setting = this.setting(rules, entry, target[id], id, source, `${pointer}/${pointerKey(id)}`);
      if (setting) target[id] = setting;
    }
  }

  /** The config that applies to `filePath` (or to the working directory when undefined). */
  forFile(filePath?: string): ResolvedConfig {
    const { file, basePath } = this.configFileFor(filePath);
    const chain = this.resolvedChain(file);
    const layers = chain.layers;
    const absolute = filePath ? path.resolve(this.options.cwd, filePath) : undefined;
    const relative = absolute ? path.relative(basePath, absolute).split(path.sep).join('/') : undefined;
    // Which overrides match decides the result: files selecting the same ones share it.
    const matched = layers.map(({ config }) =>
      (config.data.overrides ?? []).map((override) => {
        if (relative === undefined) return false;
        return filesMatcher(asArray(override.files))(relative) && !filesMatcher(asArray(override.excludedFiles))(relative);
      }),
    );
    const key = `${file ?? ''}\u0000${matched.map((m) => m.map((b) => (b ? 1 : 0)).join('')).join('|')}`;
    let config = this.resolved.get(key);
    if (!config) {
      config = this.resolve(chain, matched, basePath);
      this.resolved.set(key, config);
    }
    return config;
  }

  private resolve(chain: NonNullable<Chain['resolved']>, matched: boolean[][], basePath: string): ResolvedConfig {
    const { layers, rules: registry } = chain;
    const rules: Record<string, RuleSetting> = {};
    const fieldOverrides: FieldOverride[] = [];
    let asOf: string | undefined;
    let locale: 'ja' | 'en' | undefined;
    let settings: Record<string, unknown> = {};
    let unused: 'off' | 'warn' | 'error' | undefined;
    const ignorePatterns: string[] = [];
    layers.forEach(({ config }, layerIndex) => {
      const { data } = config;
      // A declarative rule is on, at its own severity, from the config that defines it.
      for (const [id, definition] of Object.entries(data.customRules ?? {})) rules[id] = { severity: definition.severity ?? 'warn' };
      this.applyRules(registry, rules, data.rules, config, '/rules');
      if (data.asOf) asOf = data.asOf;
      if (data.locale) locale = data.locale;
      if (data.settings) settings = mergeSettings(settings, data.settings);
      if (data.reportUnusedDisableDirectives !== undefined) unused = unusedDirectives(data.reportUnusedDisableDirectives);
      ignorePatterns.push(...(data.ignorePatterns ?? []));
      (data.fieldOverrides ?? []).forEach((override, index) => {
        const overrideRules: Record<string, RuleSetting> = {};
        for (const [id, entry] of Object.entries(override.rules)) {
          const setting = this.setting(registry, entry, undefined, id, config, `/fieldOverrides/${index}/rules/${pointerKey(id)}`);
          if (setting) overrideRules[id] = setting;
        }
        fieldOverrides.push({ fields: asArray(override.fields), rules: overrideRules });
      });
      (data.overrides ?? []).forEach((override, index) => {
        if (!matched[layerIndex]![index]) return;
        this.applyRules(registry, rules, override.rules, config, `/overrides/${index}/rules`);
        if (override.asOf) asOf = override.asOf;
        if (override.settings) settings = mergeSettings(settings, override.settings);
        if (override.reportUnusedDisableDirectives !== undefined) unused = unusedDirectives(override.reportUnusedDisableDirectives);
      });
    });
    this.applyRules(registry, rules, this.options.cliRules, cliSource(this.options.cliRules ?? {}), '/rules');
    const last = layers[layers.length - 1]!.config;
    if (asOf !== undefined && Number.isNaN(Date.parse(asOf))) {
      throw new ConfigError(`asOf は実在する日付 (YYYY-MM-DD) です / asOf must be a real date (got ${asOf})`, last.file, last.locate('/asOf'));
    }
    let asOfSource: 'config' | 'cli' | undefined = asOf ? 'config' : undefined;
    if (this.options.asOf) {
      asOf = this.options.asOf;
      asOfSource = 'cli';
    }
    unused = this.options.reportUnusedDisableDirectives ?? unused;
    return {
      rules,
      fieldOverrides,
      ...(asOf ? { asOf, asOfSource } : {}),
      locale: this.options.locale ?? locale ?? 'ja',
      settings,
      ...(unused ? { reportUnusedDisableDirectives: unused } : {}),
      configFiles: layers.filter((l) => !l.builtin).map((l) => l.config.file),
      basePath,
      ignorePatterns,
      ...this.chainPlugins(chain),
    };
  }

  /** What the chain adds to the rules, for the resolved config (left out when nothing). */
  private chainPlugins(chain: NonNullable<Chain['resolved']>): Pick<ResolvedConfig, 'plugins' | 'customRules' | 'skippedPlugins'> {
    const out: Pick<ResolvedConfig, 'plugins' | 'customRules' | 'skippedPlugins'> = {};
    if (chain.plugins.length > 0) out.plugins = chain.plugins.map((p) => p.ref);
    if (chain.customRules.length > 0) {
      out.customRules = Object.fromEntries(chain.customRules.map((c) => [c.id, c.definition])) as Record<string, DeclarativeRuleDefinition>;
    }
    if (chain.skipped.length > 0) out.skippedPlugins = chain.skipped;
    return out;
  }

  /**
   * Whether a file found by a walk or a glob is ignored by its config's `ignorePatterns` (relative
   * to the config's base path). Files named on the command line are never ignored.
   */
  isIgnored(filePath: string): boolean {
    // Only the files' ignorePatterns matter here: no plugin needs to be loaded to know them.
    const { file, basePath } = this.configFileFor(filePath);
    const patterns = this.chainOf(file).entries.flatMap((entry) => ('ref' in entry ? [] : (entry.config.data.ignorePatterns ?? [])));
    if (patterns.length === 0) return false;
    const relative = path.relative(basePath, path.resolve(this.options.cwd, filePath)).split(path.sep).join('/');
    return !relative.startsWith('../') && ignoreMatcher(patterns)(relative);
  }
}

/**
 * The config that applies to one file (or to the working directory): a one-off ConfigLoader. A config
 * that names code plugins needs `loadConfigAsync` (plugins are loaded with import()).
 */
export function loadConfig(filePath: string | undefined, options: LoadConfigOptions): ResolvedConfig {
  return new ConfigLoader(options).forFile(filePath);
}

/** `loadConfig` for any config, plugins included; also returns the rules that apply to the file. */
export async function loadConfigAsync(filePath: string | undefined, options: LoadConfigOptions): Promise<{ config: ResolvedConfig; rules: RuleRegistry }> {
  const loader = new ConfigLoader(options);
  const config = await loader.forFileAsync(filePath);
  return { config, rules: loader.rulesFor(filePath) };
}
