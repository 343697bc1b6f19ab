import type { ConfigSeverity } from '../engine/types.js';
import type { LinterConfig } from '../engine/config-types.js';
import type { DeclarativeRuleDefinition } from '../engine/declarative-types.js';
import type { PluginRef } from '../plugins/types.js';

export type RuleEntry = ConfigSeverity | [ConfigSeverity] | [ConfigSeverity, Record<string, unknown>];

/** `reportUnusedDisableDirectives` as written: a severity (no "info"), or a boolean (true = "warn"). */
export type UnusedDirectivesSetting = 'off' | 'warn' | 'error' | 0 | 1 | 2 | boolean;

/**
 * One entry of the terminology dictionary (`settings.terminology`): the wording a document should
 * use and the variants a terminology rule flags. The law and terminology rules read it from
 * `context.settings.terminology`.
 */
export interface TerminologyEntry {
  preferred: string;
  variants: string[];
}

/** `settings.terminology` after resolution: entries by name (a later config's `null` removed one). */
export type Terminology = Record<string, TerminologyEntry>;

/** An `overrides` entry: settings for the files its globs match (relative to the config's base path). */
export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleEntry>;
  asOf?: string;
  settings?: Record<string, unknown>;
  reportUnusedDisableDirectives?: UnusedDirectivesSetting;
}

/** A config file as written (`pialint.config.json` / `.pialintrc.json`, JSONC); see schema.ts. */
export interface ConfigFileData {
  $schema?: string;
  $comment?: string;
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  /** Per-file-glob settings, later entries win. */
  overrides?: ConfigOverride[];
  /** Rule severities for messages on matching fields (`II[*].5.provide[*]`). */
  fieldOverrides?: { fields: string | string[]; rules: Record<string, RuleEntry> }[];
  asOf?: string;
  locale?: 'ja' | 'en';
  settings?: Record<string, unknown>;
  ignorePatterns?: string[];
  reportUnusedDisableDirectives?: UnusedDirectivesSetting;
  /** Code plugins: package names or paths relative to this file (docs/plugins.md). */
  plugins?: string[];
  /** Declarative rules by namespaced id (`house/contractor-clause`): data, never code. */
  customRules?: Record<string, DeclarativeRuleDefinition>;
}

/** The config for one file, ready for the pure core, plus where it came from. */
export interface ResolvedConfig extends LinterConfig {
  /** Config files that contributed, nearest last. */
  configFiles: string[];
  /**
   * The directory `overrides[].files` and `ignorePatterns` are relative to: the directory of the
   * config file that was found, or the working directory with `--config` or without a config file
   * (ESLint's base path).
   */
  basePath: string;
  ignorePatterns: string[];
  /** The code plugins the config chain loaded (absent when none). */
  plugins?: PluginRef[];
  /** The declarative rules the config chain defines, by id (absent when none). */
  customRules?: Record<string, DeclarativeRuleDefinition>;
  /**
   * `plugins` entries that were not loaded because the caller does not allow code from this config
   * (the editor server without `pialint.allowWorkspacePlugins`); their rules are left out.
   */
  skippedPlugins?: string[];
}

/** Where in a config file a problem is: the JSON pointer, and its 1-based line and column when known. */
export interface ConfigLocation {
  pointer: string;
  line?: number;
  column?: number;
}

/** A configuration problem: the CLI prints it and exits 2. */
export class ConfigError extends Error {
  /** The message without the file and location. */
  readonly detail: string;

  constructor(
    detail: string,
    readonly file?: string,
    readonly location?: ConfigLocation,
  ) {
    super(ConfigError.compose(detail, file, location));
    this.name = 'ConfigError';
    this.detail = detail;
  }

  /** `file:line:column: /json/pointer: detail`, with the file shown as `displayFile` (a relative path, say). */
  static compose(detail: string, file: string | undefined, location: ConfigLocation | undefined, displayFile = file): string {
    let where = displayFile ?? '';
    if (where && location?.line !== undefined) where += `:${location.line}:${location.column ?? 1}`;
    const pointer = location?.pointer ? `${location.pointer}: ` : '';
    return where ? `${where}: ${pointer}${detail}` : `${pointer}${detail}`;
  }

  /** The message with the file relative to `cwd` (what the CLI prints). */
  describe(relativeTo: (file: string) => string): string {
    return ConfigError.compose(this.detail, this.file, this.location, this.file === undefined ? undefined : relativeTo(this.file));
  }
}
