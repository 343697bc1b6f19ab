/**
 * Config resolution for open documents: the CLI's `loadConfig`, memoised per file until a config file
 * or a setting changes (a debounced lint per keystroke should not re-read config files from disk).
 */
import path from 'node:path';
import { CONFIG_FILE_NAMES, loadConfig } from '../config/load-config.js';
import { ConfigError, type ResolvedConfig } from '../config/types.js';
import type { RuleRegistry } from '../engine/linter.js';
import type { PialintSettings } from './settings.js';
import { settingAsOf } from './settings.js';

export type ConfigOutcome = { config: ResolvedConfig } | { error: ConfigError };

export class ConfigCache {
  private readonly byFile = new Map<string, ConfigOutcome>();
  /** Every config file that contributed to a cached config (including `extends` targets). */
  private readonly files = new Set<string>();

  constructor(
    private readonly rules: RuleRegistry,
    private readonly settings: () => PialintSettings,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  get(filePath: string, cwd: string): ConfigOutcome {
    const cached = this.byFile.get(filePath);
    if (cached) return cached;
    const settings = this.settings();
    const asOf = settingAsOf(settings, this.today());
    let outcome: ConfigOutcome;
    try {
      const config = loadConfig(filePath, {
        cwd,
        rules: this.rules,
        ...(settings.locale ? { locale: settings.locale } : {}),
        ...(asOf ? { asOf } : {}),
      });
      for (const file of config.configFiles) this.files.add(path.resolve(file));
      outcome = { config };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      if (error.file) this.files.add(path.resolve(error.file));
      outcome = { error };
    }
    this.byFile.set(filePath, outcome);
    return outcome;
  }

  /** Whether a changed file can change a config: a config file name, or a file a config extends. */
  isConfigFile(filePath: string): boolean {
    return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(filePath)) || this.files.has(path.resolve(filePath));
  }

  clear(): void {
    this.byFile.clear();
    this.files.clear();
  }
}
