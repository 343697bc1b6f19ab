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

export const CONFIG_FILE_NAMES = ['pialint.config.json', '.pialintrc.json'] as const;

const PRESETS = ['recommended', 'strict'] as const;
type PresetName = (typeof PRESETS)[number];

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
  rules: RuleRegistry;
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

/** A config file's place in the `extends` chain, most general first. */
interface Layer {
  config: ConfigFile;
  /** A built-in layer (computed preset): reported as `pialint:<name>`, not as a file. */
  builtin?: boolean;
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
  private readonly chains = new Map<string, Layer[]>();
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
    const rules: Record<string, RuleEntry> = {};
    for (const [id, rule] of this.options.rules) {
      if (rule.meta.deprecated || id.includes('/')) continue;
      const severity = rule.meta.defaultSeverity;
      rules[id] = name === 'strict' && severity === 'warn' ? 'error' : severity;
    }
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
  private expand(config: ConfigFile, seen: ReadonlySet<string>): Layer[] {
    const layers: Layer[] = [];
    asArray(config.data.extends).forEach((parent, index) => {
      const pointer = Array.isArray(config.data.extends) ? `/extends/${index}` : '/extends';
      const name = parent.replace(/^pialint:/, '');
      if ((PRESETS as readonly string[]).includes(name)) {
        layers.push(...this.preset(name as PresetName));
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

  private chain(file: string | undefined): Layer[] {
    const key = file ?? '';
    let layers = this.chains.get(key);
    if (!layers) {
      layers = file ? this.expand(this.read(file), new Set([file])) : this.preset('recommended');
      this.chains.set(key, layers);
    }
    return layers;
  }

  /** Turns one written rule entry into a setting, checking the rule id and its options where they are written. */
  private setting(entry: RuleEntry, previous: RuleSetting | undefined, ruleId: string, source: ConfigFile, pointer: string): RuleSetting {
    const where = (p: string): ConfigLocation => source.locate(p);
    const rule = this.options.rules.get(ruleId);
    if (!rule) {
      const hint = closest(ruleId, [...this.options.rules.keys()]);
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
    if (options) validateRuleOptions(rule, options, source.file, where(`${pointer}/1`));
    const severity = normalizeSeverity(severityValue as ConfigSeverity);
    // Like ESLint: a severity alone keeps the options set earlier (by a preset).
    const merged = options ?? previous?.options;
    return merged ? { severity, options: merged } : { severity };
  }

  private applyRules(target: Record<string, RuleSetting>, entries: Record<string, RuleEntry> | undefined, source: ConfigFile, pointer: string): void {
    for (const [id, entry] of Object.entries(entries ?? {})) {
      target[id] = this.setting(entry, target[id], id, source, `${pointer}/${pointerKey(id)}`);
    }
  }

  /** The config that applies to `filePath` (or to the working directory when undefined). */
  forFile(filePath?: string): ResolvedConfig {
    const { file, basePath } = this.configFileFor(filePath);
    const layers = this.chain(file);
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
      config = this.resolve(layers, matched, basePath);
      this.resolved.set(key, config);
    }
    return config;
  }

  private resolve(layers: Layer[], matched: boolean[][], basePath: string): ResolvedConfig {
    const rules: Record<string, RuleSetting> = {};
    const fieldOverrides: FieldOverride[] = [];
    let asOf: string | undefined;
    let locale: 'ja' | 'en' | undefined;
    let settings: Record<string, unknown> = {};
    let unused: 'off' | 'warn' | 'error' | undefined;
    const ignorePatterns: string[] = [];
    layers.forEach(({ config }, layerIndex) => {
      const { data } = config;
      this.applyRules(rules, data.rules, config, '/rules');
      if (data.asOf) asOf = data.asOf;
      if (data.locale) locale = data.locale;
      if (data.settings) settings = mergeSettings(settings, data.settings);
      if (data.reportUnusedDisableDirectives !== undefined) unused = unusedDirectives(data.reportUnusedDisableDirectives);
      ignorePatterns.push(...(data.ignorePatterns ?? []));
      (data.fieldOverrides ?? []).forEach((override, index) => {
        const overrideRules: Record<string, RuleSetting> = {};
        for (const [id, entry] of Object.entries(override.rules)) {
          overrideRules[id] = this.setting(entry, undefined, id, config, `/fieldOverrides/${index}/rules/${pointerKey(id)}`);
        }
        fieldOverrides.push({ fields: asArray(override.fields), rules: overrideRules });
      });
      (data.overrides ?? []).forEach((override, index) => {
        if (!matched[layerIndex]![index]) return;
        this.applyRules(rules, override.rules, config, `/overrides/${index}/rules`);
        if (override.asOf) asOf = override.asOf;
        if (override.settings) settings = mergeSettings(settings, override.settings);
        if (override.reportUnusedDisableDirectives !== undefined) unused = unusedDirectives(override.reportUnusedDisableDirectives);
      });
    });
    this.applyRules(rules, this.options.cliRules, cliSource(this.options.cliRules ?? {}), '/rules');
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
    };
  }

  /**
   * Whether a file found by a walk or a glob is ignored by its config's `ignorePatterns` (relative
   * to the config's base path). Files named on the command line are never ignored.
   */
  isIgnored(filePath: string): boolean {
    const config = this.forFile(filePath);
    if (config.ignorePatterns.length === 0) return false;
    const relative = path.relative(config.basePath, path.resolve(this.options.cwd, filePath)).split(path.sep).join('/');
    return !relative.startsWith('../') && ignoreMatcher(config.ignorePatterns)(relative);
  }
}

/** The config that applies to one file (or to the working directory): a one-off ConfigLoader. */
export function loadConfig(filePath: string | undefined, options: LoadConfigOptions): ResolvedConfig {
  return new ConfigLoader(options).forFile(filePath);
}
