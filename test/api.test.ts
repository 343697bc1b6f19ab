import path from 'node:path';
import { lint, loadConfig, formatters, builtinRules, verify, createSource } from '../src/index.js';
import { repoRoot } from './helpers/paths.js';

describe('library API', () => {
  test('lint() lints files like the CLI and returns ESLint-shaped results', async () => {
    const results = await lint(['fixtures/valid', 'fixtures/samples/juten-saiitaku.json'], { cwd: repoRoot });
    const byName = new Map(results.map((r) => [path.basename(r.filePath), r]));
    expect(byName.get('juten.json')!.messages).toEqual([]);
    const sample = byName.get('juten-saiitaku.json')!;
    expect(sample.errorCount).toBeGreaterThan(0);
    expect(sample.messages.every((m) => typeof m.line === 'number' && typeof m.fieldId === 'string')).toBe(true);
  });

  test('lint() with text lints one document without reading files', async () => {
    const text = JSON.stringify({ meta: { kind: 'juten' }, cover: { published: { raw: '令和1年5月1日', iso: '2019-05-01' } } });
    const [result] = await lint([], { cwd: repoRoot, text, filePath: 'memory.json', noConfigLookup: true, cliRules: { 'era-first-year': 'error' } });
    expect(result!.messages.map((m) => m.ruleId)).toContain('era-first-year');
  });

  test('loadConfig() resolves the recommended preset with every built-in rule', () => {
    const config = loadConfig(undefined, { cwd: repoRoot, noConfigLookup: true });
    expect(Object.keys(config.rules).sort()).toEqual([...builtinRules.keys()].filter((id) => !id.includes('/')).sort());
  });

  test('formatters and the pure core are exported', async () => {
    expect(typeof formatters.getFormatter('sarif')).toBe('function');
    const doc = await createSource('x.json', { text: '{"meta":{"kind":"kiso"}}', encoding: 'utf8', bom: false });
    expect(verify(doc, { rules: {}, today: '2026-01-01' }, builtinRules)).toEqual([]);
  });
});
