import path from 'node:path';
import type { RuleRegistry } from '../../engine/linter.js';
import type { RuleMeta } from '../../engine/types.js';
import { ConfigLoader } from '../../config/load-config.js';
import { ConfigError } from '../../config/types.js';
import { builtinRules } from '../../../rules/index.js';
import { EXIT, type CliIO } from '../io.js';

export interface RulesArgs {
  format: 'json' | 'stylish';
  locale: 'ja' | 'en';
  /** `--config FILE`: list the rules this config adds (its plugins and declarative rules) too. */
  config?: string;
  /** Look up the config of the working directory (`--no-config-lookup`: the built-in rules only). */
  configLookup?: boolean;
}

export interface RuleListing {
  id: string;
  category: RuleMeta['category'];
  severity: RuleMeta['defaultSeverity'];
  fixable: boolean;
  hasSuggestions: boolean;
  description: string;
  docsUrl: string;
}

export function listRules(locale: 'ja' | 'en', rules: RuleRegistry = builtinRules): RuleListing[] {
  return [...rules.entries()]
    .map(([id, rule]) => ({
      id,
      category: rule.meta.category,
      severity: rule.meta.defaultSeverity,
      fixable: rule.meta.fixable === 'code',
      hasSuggestions: rule.meta.hasSuggestions === true,
      description: locale === 'en' ? rule.meta.description.en : rule.meta.description.ja,
      docsUrl: rule.meta.docsUrl,
    }))
    .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
}

/**
 * `pialint rules`: every rule with its category, default severity and whether it fixes: the built-in
 * rules and those the config of the working directory (or `--config`) adds with plugins and
 * `customRules`.
 */
export async function runRules(args: RulesArgs, io: CliIO): Promise<number> {
  let registry: RuleRegistry = builtinRules;
  if (args.config || args.configLookup !== false) {
    try {
      const loader = new ConfigLoader({
        cwd: io.cwd,
        rules: builtinRules,
        ...(args.config ? { configFile: args.config } : {}),
        noConfigLookup: args.configLookup === false,
      });
      await loader.prepare();
      registry = loader.rulesFor();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`pialint: 設定エラー / configuration error: ${error.describe((file) => (path.isAbsolute(file) ? path.relative(io.cwd, file) || file : file))}\n`);
      return EXIT.fatal;
    }
  }
  const rules = listRules(args.locale, registry);
  if (args.format === 'json') {
    io.stdout(JSON.stringify(rules, null, 2) + '\n');
    return EXIT.ok;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const rule of rules) {
    const flags = `${rule.fixable ? '🔧' : '  '}${rule.hasSuggestions ? '💡' : '  '}`;
    io.stdout(`${rule.id.padEnd(width)}  ${rule.category.padEnd(12)} ${rule.severity.padEnd(5)} ${flags} ${rule.description}\n`);
  }
  return EXIT.ok;
}
