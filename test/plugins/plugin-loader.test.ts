/**
 * Loading plugins from config files (in process): resolution of package names and paths from the
 * config file, ES modules and CommonJS, plugin presets, declarative rules in the resolved config,
 * the trust switch (`codePlugins: 'skip'`), and the config errors that name the plugin and the reason.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigLoader, loadConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/types.js';
import { kakushiDir } from './helpers.js';

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pialint-plugins-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** A plugin module's source: one rule `<rule>` reporting nothing, in ESM or CommonJS. */
function pluginSource(name: string, rule = 'house-rule', format: 'esm' | 'cjs' = 'esm', presets: unknown = { recommended: { rules: {} } }): string {
  const body = `{ meta: { name: ${JSON.stringify(name)}, version: '2.0.0' }, rules: { ${JSON.stringify(rule)}: { meta: { id: ${JSON.stringify(rule)}, category: 'procedure', defaultSeverity: 'warn', description: { ja: '説明', en: 'description' }, messages: { m: { ja: 'ja', en: 'en' } } }, check() {} } }, presets: ${JSON.stringify(presets)} }`;
  return format === 'esm' ? `export default ${body};\n` : `module.exports = ${body};\n`;
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const doc = (dir: string) => path.join(dir, 'doc.json');

describe('resolving and loading plugins', () => {
  test('a package in node_modules, by full name or short name; ESM through "exports" with import conditions', async () => {
    const dir = project({
      'node_modules/pialint-plugin-kakushi/package.json': { name: 'pialint-plugin-kakushi', type: 'module', exports: { '.': { require: './none.cjs', import: './index.js' } } },
      'pialint.config.json': { plugins: ['kakushi'], rules: { 'kakushi/subcontract-in-writing': 'warn' } },
    });
    cpSync(path.join(kakushiDir, 'index.js'), path.join(dir, 'node_modules/pialint-plugin-kakushi/index.js'));
    const loader = new ConfigLoader({ cwd: dir, rules: builtinRules });
    const config = await loader.forFileAsync(doc(dir));
    expect(config.plugins).toEqual([
      expect.objectContaining({ namespace: 'kakushi', name: 'pialint-plugin-kakushi', version: '1.0.0', specifier: 'kakushi', file: path.join(dir, 'node_modules/pialint-plugin-kakushi/index.js') }),
    ]);
    expect(config.plugins![0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(config.rules['kakushi/subcontract-in-writing']).toEqual({ severity: 'warn' });
    const rules = loader.rulesFor(doc(dir));
    expect([...rules.keys()].filter((id) => id.includes('/'))).toEqual(['kakushi/approved-contractor', 'kakushi/subcontract-in-writing']);
    expect(rules.get('choice-value')).toBe(builtinRules.get('choice-value'));
  });

  test('a scoped CommonJS package found above the config directory (main), with its namespace', async () => {
    const dir = project({
      'node_modules/@city/pialint-plugin-forms/package.json': { name: '@city/pialint-plugin-forms', main: 'lib/plugin' },
      'node_modules/@city/pialint-plugin-forms/lib/plugin.js': pluginSource('@city/pialint-plugin-forms', 'form-rule', 'cjs'),
      'team/pialint.config.json': { plugins: ['@city/forms'], extends: ['plugin:@city/forms/recommended'], rules: { '@city/forms/form-rule': 'error' } },
    });
    const config = await new ConfigLoader({ cwd: dir, rules: builtinRules }).forFileAsync(path.join(dir, 'team', 'doc.json'));
    expect(config.plugins?.map((p) => [p.namespace, p.version])).toEqual([['@city/forms', '2.0.0']]);
    expect(config.rules['@city/forms/form-rule']).toEqual({ severity: 'error' });
  });

  test('paths are relative to the config file that names them (a directory, or a file), also in an extended config', async () => {
    const dir = project({
      'shared/rules/local.js': pluginSource('local-rules', 'local-rule'),
      'shared/base.json': { plugins: ['./rules/local.js'], rules: { 'local-rules/local-rule': 'info' } },
      'pialint.config.json': { extends: './shared/base.json', plugins: ['./vendor/kakushi'] },
    });
    cpSync(kakushiDir, path.join(dir, 'vendor', 'kakushi'), { recursive: true });
    const config = await new ConfigLoader({ cwd: dir, rules: builtinRules }).forFileAsync(doc(dir));
    expect(config.plugins?.map((p) => [p.namespace, p.configFile])).toEqual([
      ['local-rules', path.join(dir, 'shared', 'base.json')],
      ['kakushi', path.join(dir, 'pialint.config.json')],
    ]);
    expect(config.rules['local-rules/local-rule']).toEqual({ severity: 'info' });
  });

  test('a plugin preset sets rules with options, checked against the rule schema with the namespaced id', async () => {
    const dir = project({ 'pialint.config.json': { plugins: [kakushiDir], extends: ['plugin:kakushi/recommended'] } });
    const config = await new ConfigLoader({ cwd: dir, rules: builtinRules }).forFileAsync(doc(dir));
    expect(config.rules['kakushi/approved-contractor']).toEqual({ severity: 'warn' });
    expect(config.rules['kakushi/subcontract-in-writing']).toEqual({ severity: 'error' });
    // The preset is not a config file.
    expect(config.configFiles).toEqual([path.join(dir, 'pialint.config.json')]);

    const bad = project({ 'pialint.config.json': { plugins: [kakushiDir], rules: { 'kakushi/approved-contractor': ['error', { contractor: ['x'] }] } } });
    const error = await configError(new ConfigLoader({ cwd: bad, rules: builtinRules }).forFileAsync(doc(bad)));
    expect(error.detail).toContain('invalid options for rule "kakushi/approved-contractor": / must NOT have additional properties (contractor)');
  });

  test('a config without plugins needs no preparation; one with plugins says how to load them', async () => {
    const plain = project({ 'pialint.config.json': { rules: { 'choice-value': 'warn' } } });
    expect(loadConfig(doc(plain), { cwd: plain, rules: builtinRules }).rules['choice-value']).toEqual({ severity: 'warn' });
    const withPlugin = project({ 'pialint.config.json': { plugins: [kakushiDir] } });
    expect(() => loadConfig(doc(withPlugin), { cwd: withPlugin, rules: builtinRules })).toThrow(/plugins of .* are not loaded; call `await loader.prepare\(filePath\)` or use forFileAsync\(\)/);
  });

  test('--no-config-lookup without --config loads no plugin (no config file is used at all)', async () => {
    const dir = project({ 'pialint.config.json': { plugins: ['pialint-plugin-missing'] } });
    const config = await new ConfigLoader({ cwd: dir, rules: builtinRules, noConfigLookup: true }).forFileAsync(doc(dir));
    expect(config.plugins).toBeUndefined();
    expect(config.configFiles).toEqual([]);
  });

  test('ignorePatterns are known without loading plugins', () => {
    const dir = project({ 'pialint.config.json': { plugins: ['pialint-plugin-missing'], ignorePatterns: ['drafts/**'] } });
    const loader = new ConfigLoader({ cwd: dir, rules: builtinRules });
    expect(loader.isIgnored(path.join(dir, 'drafts', 'a.json'))).toBe(true);
    expect(loader.isIgnored(path.join(dir, 'a.json'))).toBe(false);
  });
});

describe('plugin errors are config errors naming the plugin and the reason', () => {
  // Every row has four entries: Jest takes a test function with more parameters than its row for a done-callback test.
  const cases: [string, Record<string, unknown>, RegExp, number | undefined][] = [
    [
      'a package that is not installed',
      { 'pialint.config.json': '{\n  "plugins": ["missing"]\n}\n' },
      /^プラグイン「missing」が見つかりません \/ plugin "missing" not found: パッケージ「pialint-plugin-missing」が見つかりません。npm install --save-dev pialint-plugin-missing/,
      2,
    ],
    ['a path that does not exist', { 'pialint.config.json': { plugins: ['./nope.js'] } }, /plugin "\.\/nope\.js" not found: .*nope\.js does not exist/, undefined],
    ['a syntax error, with its line', { 'pialint.config.json': { plugins: ['./bad.js'] }, 'bad.js': 'export default {\n  meta: { name: "x", version: "1" },\n  rules: {\n' }, /plugin "\.\/bad\.js" failed to load: SyntaxError: .*bad\.js:4\)$/, undefined],
    ['a plugin that throws while loading', { 'pialint.config.json': { plugins: ['./throws.js'] }, 'throws.js': 'throw new Error("needs a database");\n' }, /plugin "\.\/throws\.js" failed to load: needs a database/, undefined],
    ['a module that exports no plugin', { 'pialint.config.json': { plugins: ['./empty.js'] }, 'empty.js': 'export const x = 1;\n' }, /plugin "\.\/empty\.js" is invalid: \(plugin\): object でなければなりません/, undefined],
    [
      'invalid rule meta',
      { 'pialint.config.json': { plugins: ['./meta.js'] }, 'meta.js': pluginSource('x').replace("category: 'procedure'", "category: 'house'") },
      /plugin "\.\/meta\.js" is invalid: rules\.house-rule\.meta\.category: .* \(got "house"\)/,
      undefined,
    ],
    [
      'an exports map without an import entry',
      { 'pialint.config.json': { plugins: ['cjs-only'] }, 'node_modules/pialint-plugin-cjs-only/package.json': { exports: { require: './index.cjs' } } },
      /package\.json "exports" has no entry for import/,
      undefined,
    ],
    [
      'two plugins with one namespace',
      { 'pialint.config.json': { plugins: ['./a.js', './b.js'] }, 'a.js': pluginSource('pialint-plugin-house'), 'b.js': pluginSource('pialint-plugin-house') },
      /plugin "\.\/b\.js" has the namespace "house" of "\.\/a\.js" already/,
      undefined,
    ],
    [
      'a declarative rule in a plugin namespace',
      {
        'pialint.config.json': { plugins: ['./a.js'], customRules: { 'house/x': { fields: 'cover.title', check: { required: true }, message: 'x' } } },
        'a.js': pluginSource('pialint-plugin-house'),
      },
      /declarative rule "house\/x" uses the namespace of a plugin \("house"\)/,
      undefined,
    ],
    ['a plugin that takes pialint’s own namespace', { 'pialint.config.json': { plugins: ['./p.js'] }, 'p.js': pluginSource('pialint-plugin-pialint') }, /takes the namespace "pialint", which is pialint's own/, undefined],
    [
      'a declarative rule in pialint’s own namespace',
      { 'pialint.config.json': { customRules: { 'pialint/x': { fields: 'cover.title', check: { required: true }, message: 'x' } } } },
      /declarative rule "pialint\/x" uses pialint's own namespace/,
      undefined,
    ],
    ['a preset of a plugin that is not loaded', { 'pialint.config.json': { extends: ['plugin:kakushi/recommended'] } }, /no plugin with the namespace "kakushi" in "plugins"/, undefined],
    ['a preset the plugin does not have', { 'pialint.config.json': { plugins: [kakushiDir], extends: ['plugin:kakushi/strict'] } }, /plugin "pialint-plugin-kakushi" has no preset "strict" \(presets: recommended\)/, undefined],
    ['a malformed plugin preset reference', { 'pialint.config.json': { extends: ['plugin:kakushi'] } }, /a plugin preset is written "plugin:<namespace>\/<preset>"/, undefined],
    ['a rule of a namespace nobody provides', { 'pialint.config.json': { rules: { 'kakushi/approved-contractor': 'warn' } } }, /no plugin or declarative rule has the namespace "kakushi"/, undefined],
    ['a misspelt rule of a loaded plugin', { 'pialint.config.json': { plugins: [kakushiDir], rules: { 'kakushi/aproved-contractor': 'warn' } } }, /unknown rule "kakushi\/aproved-contractor" \(did you mean "kakushi\/approved-contractor"\?\)/, undefined],
  ];

  test.each(cases)('%s', async (_name, files, message, line) => {
    const dir = project(files);
    const error = await configError(new ConfigLoader({ cwd: dir, rules: builtinRules }).forFileAsync(doc(dir)));
    expect(error.file).toBe(path.join(dir, 'pialint.config.json'));
    expect(error.detail).toMatch(message);
    if (line !== undefined) expect(error.location?.line).toBe(line);
  });
});

describe("codePlugins: 'skip' (the editor server without trust)", () => {
  test('no plugin code runs; their rules, settings and presets are left out; declarative rules stay', async () => {
    const dir = project({
      'pialint.config.json': {
        plugins: ['./throws.js', 'not-installed'],
        extends: ['plugin:kakushi/recommended'],
        rules: { 'kakushi/approved-contractor': 'error', 'house/title': 'error' },
        customRules: { 'house/title': { fields: 'cover.title', check: { required: true }, message: 'x' } },
      },
      'throws.js': 'throw new Error("this must not run");\n',
    });
    const loader = new ConfigLoader({ cwd: dir, rules: builtinRules, codePlugins: 'skip' });
    const config = await loader.forFileAsync(doc(dir));
    expect(config.skippedPlugins).toEqual(['./throws.js', 'not-installed']);
    expect(config.plugins).toBeUndefined();
    expect(Object.keys(config.rules).filter((id) => id.includes('/'))).toEqual(['house/title']);
    expect(Object.keys(config.customRules!)).toEqual(['house/title']);
    expect(loader.rulesFor(doc(dir)).has('house/title')).toBe(true);
  });

  test('a misspelt declarative rule id is still an error: its namespace is known in full', async () => {
    const dir = project({
      'pialint.config.json': { plugins: ['./p.js'], rules: { 'house/titel': 'error' }, customRules: { 'house/title': { fields: 'cover.title', check: { required: true }, message: 'x' } } },
    });
    const error = await configError(new ConfigLoader({ cwd: dir, rules: builtinRules, codePlugins: 'skip' }).forFileAsync(doc(dir)));
    expect(error.detail).toContain('unknown rule "house/titel" (did you mean "house/title"?)');
  });
});

describe('declarative rules in the resolved config', () => {
  const title = { fields: 'cover.title', check: { required: true }, message: 'x' };

  test('on at their own severity (warn by default) from the config that defines them; rules and overrides change that', async () => {
    const dir = project({
      'base.json': { customRules: { 'house/title': { ...title, severity: 'error' }, 'house/name': { ...title, fields: 'I.1.name' } } },
      'pialint.config.json': { extends: './base.json', rules: { 'house/name': 'off' }, overrides: [{ files: 'drafts/**', rules: { 'house/title': 'info' } }] },
    });
    const loader = new ConfigLoader({ cwd: dir, rules: builtinRules });
    expect((await loader.forFileAsync(doc(dir))).rules).toMatchObject({ 'house/title': { severity: 'error' }, 'house/name': { severity: 'off' } });
    expect((await loader.forFileAsync(path.join(dir, 'drafts', 'd.json'))).rules['house/title']).toEqual({ severity: 'info' });
    expect(loader.rulesFor(doc(dir)).get('house/name')?.meta).toMatchObject({ id: 'name', defaultSeverity: 'warn', category: 'required' });
  });

  test('an invalid definition points at its place in the file', async () => {
    const dir = project({
      'pialint.config.json': '{\n  "customRules": {\n    "house/x": {\n      "fields": "cover.title",\n      "check": { "pattern": "(a|a)*$" },\n      "message": "x"\n    }\n  }\n}\n',
    });
    const error = await configError(new ConfigLoader({ cwd: dir, rules: builtinRules }).forFileAsync(doc(dir)));
    expect(error.location).toEqual({ pointer: '/customRules/house~1x/check/pattern', line: 5, column: 29 });
    expect(error.detail).toMatch(/^宣言的ルール「house\/x」\/ declarative rule "house\/x": 正規表現 \/\(a\|a\)\*\$\/ は破滅的なバックトラックを起こします \(指数時間\)/);
  });
});
