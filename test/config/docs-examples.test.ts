import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { validateConfigData } from '../../src/config/validate-config.js';
import { validateRuleOptions } from '../../src/config/validate-options.js';
import type { ConfigFileData } from '../../src/config/types.js';
import { builtinRules } from '../../rules/index.js';
import { repoRoot } from '../helpers/paths.js';

/** Every ```jsonc block of docs/configuration.md that is a whole config file (starts with `{`). */
function configExamples(): { index: number; text: string }[] {
  const page = readFileSync(path.join(repoRoot, 'docs', 'configuration.md'), 'utf8');
  const blocks = [...page.matchAll(/```jsonc\n([\s\S]*?)```/g)].map((m, index) => ({ index, text: m[1]! }));
  return blocks.filter((b) => b.text.replace(/^\s*\/\/.*$/gm, '').trimStart().startsWith('{'));
}

describe('docs/configuration.md examples', () => {
  const examples = configExamples();

  test('there are config examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  test.each(examples.map((e) => [e.index, e.text] as const))('example %i is a valid config naming existing rules with valid options', (_index, text) => {
    const errors: ParseError[] = [];
    const data = parse(text, errors, { allowTrailingComma: true }) as ConfigFileData;
    expect(errors).toEqual([]);
    expect(validateConfigData(data)).toEqual([]);
    const ruleIds = [
      ...Object.keys(data.rules ?? {}),
      ...(data.overrides ?? []).flatMap((o) => Object.keys(o.rules ?? {})),
      ...(data.fieldOverrides ?? []).flatMap((o) => Object.keys(o.rules)),
    ];
    expect(ruleIds.filter((id) => !builtinRules.has(id))).toEqual([]);
    for (const [id, entry] of Object.entries(data.rules ?? {})) {
      if (Array.isArray(entry) && entry[1]) expect(() => validateRuleOptions(builtinRules.get(id)!, entry[1]!, undefined)).not.toThrow();
    }
  });
});
