import type { RuleMeta } from '../../engine/types.js';
import { builtinRules } from '../../../rules/index.js';
import { EXIT, type CliIO } from '../io.js';

export interface RulesArgs {
  format: 'json' | 'stylish';
  locale: 'ja' | 'en';
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

export function listRules(locale: 'ja' | 'en'): RuleListing[] {
  return [...builtinRules.entries()]
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

/** `pialint rules`: every rule with its category, default severity and whether it fixes. */
export async function runRules(args: RulesArgs, io: CliIO): Promise<number> {
  const rules = listRules(args.locale);
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
