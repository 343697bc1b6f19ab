/**
 * Config resolution for open documents: the CLI's ConfigLoader, memoised per file until a config file
 * or a setting changes (a debounced lint per keystroke should not re-read config files from disk).
 *
 * Trust: opening a folder must not run code from it. Code plugins named by the workspace's config
 * are loaded only when the user setting `pialint.allowWorkspacePlugins` is true; otherwise the
 * config is used without them (their rules left out, `skippedPlugins` says which) and the document
 * shows one information diagnostic saying so. Declarative rules run no code and always apply.
 */
import path from 'node:path';
import { todayInJapan } from '../cli/today.js';
import { CONFIG_FILE_NAMES, ConfigLoader } from '../config/load-config.js';
import { ConfigError, type ResolvedConfig } from '../config/types.js';
import type { RuleRegistry } from '../engine/linter.js';
import type { PialintSettings } from './settings.js';
import { settingAsOf } from './settings.js';

export type ConfigOutcome = { config: ResolvedConfig; rules: RuleRegistry } | { error: ConfigError };

export class ConfigCache {
  private readonly byFile = new Map<string, Promise<ConfigOutcome>>();
  /** Every config file that contributed to a cached config (including `extends` targets). */
  private readonly files = new Set<string>();
  /** One loader per workspace folder (cwd) and settings generation: plugins load once per loader. */
  private readonly loaders = new Map<string, ConfigLoader>();

  constructor(
    private readonly rules: RuleRegistry,
    private readonly settings: () => PialintSettings,
    private readonly today: () => string = () => todayInJapan(),
  ) {}

  private loader(cwd: string): ConfigLoader {
    let loader = this.loaders.get(cwd);
    if (!loader) {
      const settings = this.settings();
      const asOf = settingAsOf(settings, this.today());
      loader = new ConfigLoader({
        cwd,
        rules: this.rules,
        codePlugins: settings.allowWorkspacePlugins ? 'load' : 'skip',
        ...(settings.locale ? { locale: settings.locale } : {}),
        ...(asOf ? { asOf } : {}),
      });
      this.loaders.set(cwd, loader);
    }
    return loader;
  }

  get(filePath: string, cwd: string): Promise<ConfigOutcome> {
    const cached = this.byFile.get(filePath);
    if (cached) return cached;
    const outcome = this.resolve(filePath, cwd);
    this.byFile.set(filePath, outcome);
    return outcome;
  }

  private async resolve(filePath: string, cwd: string): Promise<ConfigOutcome> {
    const loader = this.loader(cwd);
    try {
      const config = await loader.forFileAsync(filePath);
      for (const file of config.configFiles) this.files.add(path.resolve(file));
      return { config, rules: loader.rulesFor(filePath) };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // Watch the file with the error too: saving the fix re-lints (clear() drops the loaders).
      if (error.file) this.files.add(path.resolve(error.file));
      return { error };
    }
  }

  /** Whether a changed file can change a config: a config file name, or a file a config extends. */
  isConfigFile(filePath: string): boolean {
    return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(filePath)) || this.files.has(path.resolve(filePath));
  }

  clear(): void {
    this.byFile.clear();
    this.files.clear();
    this.loaders.clear();
  }
}
