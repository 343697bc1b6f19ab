/**
 * Plugins and declarative rules end to end, through the spawned, built CLI (run `npx tsc -p
 * tsconfig.build.json` first; `npm test` does): the example project's findings with namespaced ids
 * and exact positions, fixes and suggestions, worker threads, the cache, the `rules` command, and
 * the configuration errors (exit 2) for plugins and declarative rules that cannot be used.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { positionOf, runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import { Project } from '../cli/project.js';
import { kakushiDir, pluginsFixtures, projectDir } from './helpers.js';

beforeAll(() => {
  const built = path.join(repoRoot, 'dist', 'src', 'config', 'plugin-loader.js');
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npx tsc -p tsconfig.build.json\` (or npm run build) first`);
});

const assessment = readFileSync(path.join(projectDir, 'assessment.json'), 'utf8');

/** Messages of namespaced rules (plugins, declarative rules), in report order. */
function namespaced(result: LintResult | undefined): LintMessage[] {
  return (result?.messages ?? []).filter((m) => m.ruleId?.includes('/'));
}

/** Where `needle` starts in the example assessment (after `after`). */
function at(needle: string, after?: string): { line: number; column: number } {
  return positionOf(assessment, needle, after);
}

/** A copy of the example (plugin and project) in a temporary directory, so that tests may change it. */
function exampleCopy(): Project {
  const project = new Project('pialint-plugins-e2e-');
  cpSync(pluginsFixtures, project.dir, { recursive: true });
  return project;
}

describe('the example project (fixtures/plugins/project)', () => {
  const run = runCli(['-f', 'json', 'fixtures/plugins/project']);
  const results = JSON.parse(run.stdout) as LintResult[];
  const messages = namespaced(results[0]);

  test('exit 1, one file, the plugin’s and the declarative rules’ findings', () => {
    expect(run.status).toBe(1);
    expect(results.map((r) => path.relative(repoRoot, r.filePath))).toEqual([path.join('fixtures', 'plugins', 'project', 'assessment.json')]);
    expect(messages.map((m) => m.ruleId)).toEqual([
      'house/evaluation-no',
      'house/common-systems',
      'house/dept-notation',
      'kakushi/approved-contractor',
      'kakushi/approved-contractor',
      'house/subcontract-clause',
      'kakushi/subcontract-in-writing',
    ]);
  });

  test('exact positions, field ids, severities and texts', () => {
    const summary = messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, fieldId: m.fieldId, severity: m.severity }));
    const permission = at('"委託先の国保連合会から再委託承認申請');
    expect(summary).toEqual([
      { ruleId: 'house/evaluation-no', ...at('"第3号"'), endLine: 9, endColumn: 26, fieldId: 'cover.evaluationNo', severity: 2 },
      { ruleId: 'house/common-systems', ...at('"国民健康保険システム"'), endLine: 31, endColumn: 29, fieldId: 'I.2.system[1].name', severity: 1 },
      { ruleId: 'house/dept-notation', ...at('"保険年金課"', '"fileType"'), endLine: 251, endColumn: 22, fieldId: 'II[1].2.dept', severity: 1 },
      // The near miss is narrowed to the name the suggestion replaces (inside the string).
      { ruleId: 'kakushi/approved-contractor', ...at('架空情報システムズ株式会社'), endLine: 332, endColumn: 37, fieldId: 'II[1].4.item[1].contractor', severity: 2 },
      { ruleId: 'kakushi/approved-contractor', ...at('（株）架空ビジネスサービス'), endLine: 347, endColumn: 37, fieldId: 'II[1].4.item[2].contractor', severity: 2 },
      { ruleId: 'house/subcontract-clause', ...permission, endLine: 367, endColumn: 97, fieldId: 'II[1].4.item[3].subcontractPermission', severity: 2 },
      { ruleId: 'kakushi/subcontract-in-writing', ...permission, endLine: 367, endColumn: 97, fieldId: 'II[1].4.item[3].subcontractPermission', severity: 2 },
    ]);
    expect(messages.map((m) => m.message)).toEqual([
      '表紙 評価書番号は半角数字だけで書きます (「第3号」)。',
      'システムに「団体内統合宛名システム」が挙がっていません。',
      'II 2. ⑥事務担当部署「保険年金課」は、I 6. ①部署と同じ表記「市民生活部 保険年金課」で書いてください。',
      'II 4. 委託事項1 ③委託先名「架空情報システムズ株式会社」は登録業者一覧にありません。',
      'II 4. 委託事項2 ③委託先名は登録業者一覧の表記「株式会社架空ビジネスサービス」で記載してください。',
      'II 4. 委託事項3 ⑤再委託の許諾方法に 「秘密保持」 を記載してください (法務担当の定め)。',
      'II 4. 委託事項3 ⑤再委託の許諾方法に、書面で許諾することを記載してください (「書面」のいずれかを含めてください)。',
    ]);
    // The related location of the equalsField finding is the other field.
    expect(messages[2]!.relatedInformation).toEqual([expect.objectContaining({ fieldId: 'I.6.dept', ...at('"市民生活部 保険年金課"', '"6": {') })]);
  });

  test('the plugin’s fix and suggestion come through; the stylish report shows the namespaced ids', () => {
    expect(messages[4]!.fix).toEqual({ range: expect.any(Array), text: '株式会社架空ビジネスサービス' });
    expect(messages[3]!.suggestions).toEqual([expect.objectContaining({ messageId: 'useRegistered', desc: '登録名「架空情報システム株式会社」に置き換える' })]);
    const stylish = runCli(['fixtures/plugins/project']);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toMatch(/ 9:21 +エラー +表紙 評価書番号は半角数字だけで書きます \(「第3号」\)。 +house\/evaluation-no/);
    expect(stylish.stdout).toMatch(/347:24 +エラー .* +kakushi\/approved-contractor/);
  });

  test('--fix-dry-run applies the plugin’s fix to the output', () => {
    const dry = runCli(['-f', 'json', '--fix-dry-run', 'fixtures/plugins/project']);
    const [result] = JSON.parse(dry.stdout) as LintResult[];
    expect(result!.output).toContain('"contractor": "株式会社架空ビジネスサービス"');
    expect(result!.output).not.toContain('（株）架空ビジネスサービス');
  });

  test('SARIF describes plugin and declarative rules with their own documentation links', () => {
    const sarif = JSON.parse(runCli(['-f', 'sarif', 'fixtures/plugins/project']).stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    const rules = Object.fromEntries(sarif.runs[0]!.tool.driver.rules.map((r) => [r.id, r.helpUri]));
    expect(rules['kakushi/approved-contractor']).toBe('https://example.org/kakushi/pialint-rules#approved-contractor');
    expect(rules['house/evaluation-no']).toBe('https://github.com/pialint/pialint/blob/main/docs/plugins.md#declarative-rules');
  });
});

describe('the engine around plugins', () => {
  test('--concurrency: worker threads load the same plugins and declarative rules (results as a serial run)', () => {
    const project = exampleCopy();
    for (const name of ['b', 'c', 'd']) project.copy('plugins/project/assessment.json', `project/${name}.json`);
    const serial = project.json(['project']);
    const threaded = project.json(['project', '--concurrency', '2']);
    expect(serial.results).toHaveLength(4);
    expect(Project.summary(threaded.results, project.dir)).toEqual(Project.summary(serial.results, project.dir));
    expect(threaded.results.every((r) => namespaced(r).length === 7)).toBe(true);
  });

  test('--cache: a changed plugin file or declarative rule is not served from the cache', () => {
    const project = exampleCopy();
    const first = project.json(['project', '--cache']);
    expect(namespaced(first.results[0]).map((m) => m.message)).toContain('II 4. 委託事項2 ③委託先名は登録業者一覧の表記「株式会社架空ビジネスサービス」で記載してください。');
    const index = project.path('pialint-plugin-kakushi', 'index.js');
    writeFileSync(index, readFileSync(index, 'utf8').replace("'{{label}}は登録業者一覧の表記「{{name}}」で記載してください。'", "'{{label}}: 登録名「{{name}}」'"));
    const second = project.json(['project', '--cache']);
    expect(namespaced(second.results[0]).map((m) => m.message)).toContain('II 4. 委託事項2 ③委託先名: 登録名「株式会社架空ビジネスサービス」');
    const config = project.path('project', 'pialint.config.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('"pattern": "^[0-9]+$"', '"pattern": "^[0-9第号]+$"'));
    const third = project.json(['project', '--cache']);
    expect(namespaced(third.results[0]).map((m) => m.ruleId)).not.toContain('house/evaluation-no');
  });

  test('an inline directive can disable a plugin rule', () => {
    const project = exampleCopy();
    const text = assessment.replace('"contractor": "（株）架空ビジネスサービス"', '// pialint-disable-next-line kakushi/approved-contractor -- 登録手続中\n        "contractor": "（株）架空ビジネスサービス"');
    project.write('project/assessment.jsonc', text);
    const { results } = project.json(['project/assessment.jsonc']);
    expect(namespaced(results[0]).filter((m) => m.ruleId === 'kakushi/approved-contractor')).toHaveLength(1);
    expect(results[0]!.suppressedMessages.map((m) => m.ruleId)).toEqual(['kakushi/approved-contractor']);
  });

  test('--stdin lints with the plugins of the config found for --stdin-filename', () => {
    const run = runCli(['-f', 'json', '--stdin', '--stdin-filename', 'fixtures/plugins/project/x.json'], { input: assessment });
    expect(run.status).toBe(1);
    expect(namespaced((JSON.parse(run.stdout) as LintResult[])[0])).toHaveLength(7);
  });

  test('--no-config-lookup uses no config, so no plugin is loaded (a broken one included)', () => {
    const project = exampleCopy();
    project.write('project/pialint.config.json', { plugins: ['pialint-plugin-not-installed'] });
    const run = project.json(['--no-config-lookup', 'project/assessment.json']);
    expect(run.stderr).toBe('');
    expect(namespaced(run.results[0])).toEqual([]);
  });

  test('`pialint rules` lists the rules a config adds; `--print-config` shows the plugins and declarative rules', () => {
    const listed = runCli(['rules', '--format', 'json', '--config', 'fixtures/plugins/project/pialint.config.json']);
    expect(listed.status).toBe(0);
    const rules = JSON.parse(listed.stdout) as { id: string; category: string; severity: string; fixable: boolean; hasSuggestions: boolean; description: string }[];
    expect(rules.filter((r) => r.id.includes('/')).map((r) => r.id).sort()).toEqual([
      'house/common-systems',
      'house/dept-notation',
      'house/evaluation-no',
      'house/subcontract-clause',
      'kakushi/approved-contractor',
      'kakushi/subcontract-in-writing',
    ]);
    expect(rules.find((r) => r.id === 'kakushi/approved-contractor')).toMatchObject({ category: 'cross-field', severity: 'warn', fixable: true, hasSuggestions: true });
    expect(rules.find((r) => r.id === 'house/dept-notation')?.description).toBe('宣言的ルール: II[*].2.dept の equalsField');
    expect(rules.some((r) => r.id === 'choice-value')).toBe(true);

    const printed = runCli(['--print-config', 'fixtures/plugins/project/assessment.json']);
    const config = JSON.parse(printed.stdout) as { plugins: { namespace: string; file: string }[]; customRules: Record<string, unknown>; rules: Record<string, unknown> };
    expect(config.plugins.map((p) => [p.namespace, p.file])).toEqual([['kakushi', path.join(kakushiDir, 'index.js')]]);
    expect(Object.keys(config.customRules)).toEqual(['house/subcontract-clause', 'house/common-systems', 'house/dept-notation', 'house/evaluation-no']);
    expect(config.rules['kakushi/subcontract-in-writing']).toEqual({ severity: 'error' });
  });
});

describe('plugins and declarative rules that cannot be used: exit 2 with a clear message', () => {
  function failing(config: Record<string, unknown>, files: Record<string, string> = {}): { status: number | null; stderr: string } {
    const project = exampleCopy();
    project.write('project/pialint.config.json', config);
    for (const [name, content] of Object.entries(files)) project.write(name, content);
    const run = project.run(['project/assessment.json']);
    expect(run.stdout).toBe('');
    return run;
  }

  test.each<[string, Record<string, unknown>, Record<string, string>, string]>([
    [
      'a plugin module that is not installed',
      { plugins: ['pialint-plugin-not-installed'] },
      {},
      'pialint: 設定エラー / configuration error: project/pialint.config.json:3:5: /plugins/0: プラグイン「pialint-plugin-not-installed」が見つかりません / plugin "pialint-plugin-not-installed" not found: パッケージ「pialint-plugin-not-installed」が見つかりません。',
    ],
    [
      'a plugin with a syntax error',
      { plugins: ['../broken/index.js'] },
      { 'broken/index.js': 'export default {\n  meta: { name: "pialint-plugin-broken", version: "1.0.0" },\n  rules: { a: { meta: ] } },\n};\n' },
      'plugin "../broken/index.js" failed to load: SyntaxError: Unexpected token \']\'',
    ],
    [
      'a plugin rule with invalid meta',
      { plugins: ['../broken/index.js'] },
      {
        'broken/index.js':
          'export default { meta: { name: "pialint-plugin-broken", version: "1.0.0" }, rules: { a: { meta: { id: "a", category: "house-rules", defaultSeverity: "warn", description: { ja: "x", en: "x" }, messages: { m: { ja: "x", en: "x" } } }, check() {} } } };\n',
      },
      'plugin "../broken/index.js" is invalid: rules.a.meta.category: law / count / conditional',
    ],
    [
      'two plugins whose names clash',
      { plugins: ['../pialint-plugin-kakushi', '../copy/index.js'] },
      { 'copy/index.js': 'export default { meta: { name: "pialint-plugin-kakushi", version: "9.9.9" }, rules: {} };\n' },
      'plugin "../copy/index.js" has the namespace "kakushi" of "../pialint-plugin-kakushi" already',
    ],
    [
      'a declarative rule naming a field the form does not have',
      { customRules: { 'house/x': { fields: 'II[*].4.item[*].contractorName', check: { required: true }, message: 'x' } } },
      {},
      '/customRules/house~1x/fields: 宣言的ルール「house/x」/ declarative rule "house/x": 「II[*].4.item[*].contractorName」に当たる項目が様式にありません',
    ],
    [
      'a declarative rule that is not namespaced',
      { customRules: { 'contractor-clause': { fields: 'cover.title', check: { required: true }, message: 'x' } } },
      {},
      'a declarative rule id is "<namespace>/<name>"',
    ],
    [
      'a declarative rule with an unknown check',
      { customRules: { 'house/x': { fields: 'cover.title', check: { mustMatch: 'x' }, message: 'x' } } },
      {},
      '/customRules/house~1x/check/mustMatch: 不明なキー「mustMatch」です',
    ],
    [
      'a catastrophic regex',
      { customRules: { 'house/x': { fields: 'cover.evaluationNo', check: { pattern: '^(\\d+)+$' }, message: 'x' } } },
      {},
      '/customRules/house~1x/check/pattern: 宣言的ルール「house/x」/ declarative rule "house/x": 正規表現 /^(\\d+)+$/ は破滅的なバックトラックを起こします (指数時間)',
    ],
  ])('%s', (_name, config, files, message) => {
    const run = failing(config, files);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test('the catastrophic regex message says what to avoid and shows an attack string, in English too', () => {
    const run = failing({ customRules: { 'house/x': { fields: 'cover.evaluationNo', check: { pattern: '(a|a)*$' }, message: 'x' } } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\/\(a\|a\)\*\$\/ can backtrack catastrophically \(exponential\): avoid nested repetition like \(a\+\)\+ and overlapping alternatives like \(a\|a\)\*\. 例 \/ e\.g\. 'a'/);
  });

  test('`pialint rules` with a config whose plugin cannot load is exit 2 too', () => {
    const project = exampleCopy();
    project.write('project/pialint.config.json', { plugins: ['./nope.js'] });
    const run = project.run(['rules', '--config', 'project/pialint.config.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('plugin "./nope.js" not found');
  });
});
