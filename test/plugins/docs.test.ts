/**
 * docs/plugins.md stays true: its config examples are valid configs whose declarative rules pass the
 * loader's checks, the three house-rule examples report on the example assessment what the page
 * says, the plugin example is a valid plugin that reports, and the page is linked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, type ParseError } from 'jsonc-parser';
import { builtinRules } from '../../rules/index.js';
import { ConfigLoader } from '../../src/config/load-config.js';
import { customRuleProblems } from '../../src/config/custom-rules.js';
import { validateConfigData } from '../../src/config/validate-config.js';
import type { ConfigFileData } from '../../src/config/types.js';
import { verify } from '../../src/engine/linter.js';
import { extendRegistry } from '../../src/plugins/registry.js';
import type { PialintPlugin } from '../../src/plugins/types.js';
import { validatePlugin } from '../../src/plugins/validate-plugin.js';
import { createSource } from '../../src/sources/read-source.js';
import { repoRoot } from '../helpers/paths.js';
import { projectDir } from './helpers.js';

const page = readFileSync(path.join(repoRoot, 'docs', 'plugins.md'), 'utf8');
const blocks = (lang: string) => [...page.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const configs = blocks('jsonc').map((text) => {
  const errors: ParseError[] = [];
  const data = parse(text, errors, { allowTrailingComma: true }) as ConfigFileData;
  return { text, data, errors };
});

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('docs/plugins.md', () => {
  test('its config examples are valid configs, their declarative rules pass the loader’s checks', () => {
    expect(configs.length).toBeGreaterThanOrEqual(4);
    for (const { data, errors } of configs) {
      expect(errors).toEqual([]);
      expect(validateConfigData(data)).toEqual([]);
      for (const definition of Object.values(data.customRules ?? {})) expect(customRuleProblems(definition)).toEqual([]);
    }
  });

  test('the house-rule examples report on the example assessment what the page shows', async () => {
    const customRules = Object.assign({}, ...configs.map((c) => c.data.customRules ?? {})) as ConfigFileData['customRules'];
    expect(Object.keys(customRules!)).toEqual(['house/subcontract-clause', 'house/common-systems', 'house/dept-notation', 'house/evaluation-no', 'house/no-half-width-kana']);
    const dir = mkdtempSync(path.join(tmpdir(), 'pialint-docs-plugins-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'pialint.config.json'), JSON.stringify({ customRules }));
    const file = path.join(dir, 'assessment.json');
    const text = readFileSync(path.join(projectDir, 'assessment.json'), 'utf8').replace('"title": "国民健康保険システム運用保守業務"', '"title": "国民健康保険ｼｽﾃﾑ運用保守業務"');
    const loader = new ConfigLoader({ cwd: dir, rules: builtinRules });
    const config = await loader.forFileAsync(file);
    const messages = verify(await createSource(file, { text, encoding: 'utf8', bom: false }, 'ja'), { ...config, today: '2026-01-01' }, loader.rulesFor(file));
    const shown = messages.map((m) => `${m.message}   ${m.ruleId}`);
    expect(shown).toContain('II 4. 委託事項3 ⑤再委託の許諾方法に 「秘密保持」 を記載してください (法務担当の定め)。   house/subcontract-clause');
    expect(page).toContain(shown.find((s) => s.endsWith('house/subcontract-clause')));
    expect(messages.map((m) => m.ruleId)).toEqual(['house/evaluation-no', 'house/common-systems', 'house/dept-notation', 'house/no-half-width-kana', 'house/subcontract-clause']);
  });

  test('the plugin example is a valid plugin whose rule reports', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pialint-docs-plugin-'));
    dirs.push(dir);
    const [source] = blocks('js');
    writeFileSync(path.join(dir, 'index.mjs'), source!);
    const { default: plugin } = (await import(pathToFileURL(path.join(dir, 'index.mjs')).href)) as { default: PialintPlugin };
    expect(validatePlugin(plugin).problems).toEqual([]);
    const rules = extendRegistry(builtinRules, [{ namespace: 'kakushi', plugin }]);
    const file = path.join(projectDir, 'assessment.json');
    const doc = await createSource(file, { text: readFileSync(file, 'utf8'), encoding: 'utf8', bom: false }, 'ja');
    const messages = verify(doc, { rules: { 'kakushi/subcontract-in-writing': { severity: 'error' } }, today: '2026-01-01' }, rules);
    expect(messages.map((m) => [m.ruleId, m.fieldId])).toEqual([['kakushi/subcontract-in-writing', 'II[1].4.item[3].subcontractPermission']]);
  });

  test('README and docs/configuration.md link to it', () => {
    expect(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).toContain('[docs/plugins.md](docs/plugins.md)');
    expect(readFileSync(path.join(repoRoot, 'docs', 'configuration.md'), 'utf8')).toContain('](plugins.md)');
  });
});
