/**
 * The library API. `lint` runs the file engine (files, config, fixes); `verify` is the pure core for
 * callers that already hold a document; `formatters` are the CLI's output formats.
 */
import { lintFiles, lintText, type LintFilesOptions } from './cli/lint-files.js';
import { builtinPlugin, builtinRules } from '../rules/index.js';
import { loadConfig as loadConfigFor, loadConfigAsync as loadConfigAsyncFor, type LoadConfigOptions } from './config/load-config.js';
import type { RuleRegistry } from './engine/linter.js';
import type { ResolvedConfig } from './config/types.js';
import type { LintResult } from './engine/types.js';

export type { LintMessage, LintResult, RuleModule, RuleMeta, RuleContext, Formatter, FormatterContext } from './engine/types.js';
export type { Assessment } from './model/values.js';
export type { Kind, Locale } from './model/kinds.js';
export type { ResolvedConfig, ConfigFileData } from './config/types.js';
export { ConfigError } from './config/types.js';
export { verify } from './engine/linter.js';
export { verifyAndFix } from './engine/verify-and-fix.js';
export { createRule } from './engine/create-rule.js';
export { builtinRules, builtinPlugin };
export type { RuleRegistry } from './engine/linter.js';
export type { AnyRuleModule, LocalizedText, RuleCategory, ReportDescriptor } from './engine/types.js';
export type { PialintPlugin, PluginMeta, PluginPreset, PluginRule, PluginRuleMeta, PluginRef } from './plugins/types.js';
export { definePlugin } from './plugins/types.js';
export { pluginNamespace } from './plugins/namespace.js';
export type { DeclarativeRuleDefinition, DeclarativeCheck, DeclarativeCondition } from './engine/declarative-types.js';
export { createSource, readSource } from './sources/read-source.js';
export * as formatters from './formatters/index.js';

export interface LintOptions extends Partial<Omit<LintFilesOptions, 'patterns'>> {
  /** Lint this text instead of reading files; `filePath` names it (for config lookup and the reader). */
  text?: string;
  filePath?: string;
}

/** Lints files (patterns) or one text; like `new ESLint().lintFiles()` / `lintText()`. */
export async function lint(patterns: string | string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? builtinRules;
  if (options.text !== undefined) {
    const filePath = options.filePath ?? 'input.json';
    const { config, rules: fileRules } = await loadConfigAsyncFor(filePath, { cwd, rules, ...pickConfigOptions(options) });
    const { result } = await lintText(options.text, filePath, config, fileRules, { explicit: true, ...(options.fix ? { fix: 'dry-run' as const } : {}) });
    return result ? [result] : [];
  }
  const outcome = await lintFiles({ ...options, cwd, rules, patterns: Array.isArray(patterns) ? patterns : [patterns] });
  return outcome.results;
}

function pickConfigOptions(options: LintOptions): Partial<LoadConfigOptions> {
  return {
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.noConfigLookup ? { noConfigLookup: true } : {}),
    ...(options.cliRules ? { cliRules: options.cliRules } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
}

/** The config that applies to a file (`--print-config`); a config with code plugins needs `loadConfigAsync`. */
export function loadConfig(filePath?: string, options: Partial<LoadConfigOptions> = {}): ResolvedConfig {
  return loadConfigFor(filePath, { cwd: options.cwd ?? process.cwd(), rules: options.rules ?? builtinRules, ...options });
}

/** The config that applies to a file, its plugins loaded, with the rules it makes available (built-ins, plugins, declarative). */
export async function loadConfigAsync(filePath?: string, options: Partial<LoadConfigOptions> = {}): Promise<{ config: ResolvedConfig; rules: RuleRegistry }> {
  return loadConfigAsyncFor(filePath, { cwd: options.cwd ?? process.cwd(), rules: options.rules ?? builtinRules, ...options });
}
