import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { configSchema } from '../../src/config/schema.js';
import { Project } from './project.js';

/** Only the three long-standing rules, so that other rules' findings do not move these expectations. */
const THREE = { 'choice-value': 'error', 'era-first-year': 'error', 'subcontract-details': 'error' };
const SAIITAKU = 'samples/juten-saiitaku.json';

function rulesOf(results: { messages: { ruleId: string | null; severity: number }[] }[]): string[] {
  return results.flatMap((r) => r.messages.map((m) => `${m.ruleId}:${m.severity}`)).sort();
}

describe('config files (spawned CLI)', () => {
  test('discovery: the nearest config above each file wins, with no cascade; .pialintrc.json is found too', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'top.json');
    project.copy(SAIITAKU, 'team/sub.json');
    project.copy(SAIITAKU, 'other/rc.json');
    project.write('pialint.config.json', { rules: { ...THREE, 'subcontract-details': 'off' } });
    // Nearest wins: team/ does not inherit "choice-value" from the parent's file (no cascade).
    project.write('team/pialint.config.json', { rules: { 'subcontract-details': 'warn' } });
    project.write('other/.pialintrc.json', { rules: { 'subcontract-details': 'error' } });
    const { status, results } = project.json(['.']);
    expect(status).toBe(1);
    const byFile = Object.fromEntries(results.map((r) => [path.relative(project.dir, r.filePath), rulesOf([r])]));
    expect(byFile['top.json']).toEqual([]);
    expect(byFile[path.join('team', 'sub.json')]).toEqual(['subcontract-details:1', 'subcontract-details:1', 'subcontract-details:1']);
    expect(byFile[path.join('other', 'rc.json')]).toEqual(['subcontract-details:1', 'subcontract-details:2', 'subcontract-details:2']);
  });

  test('extends: a JSON file relative to the extending file (JSONC too), later entries win', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'doc.json');
    project.write('config/base.jsonc', '// shared by several repositories\n{ "rules": { "subcontract-details": "warn", "choice-value": "error" } }\n');
    project.write('config/team.json', { extends: './base.jsonc', rules: { 'choice-value': 'off' } });
    project.write('pialint.config.json', { extends: ['./config/team.json'] });
    const { results } = project.json(['doc.json']);
    expect(rulesOf(results)).toEqual(['subcontract-details:1', 'subcontract-details:1', 'subcontract-details:1']);

    const printed = JSON.parse(project.run(['--print-config', 'doc.json']).stdout) as { configFiles: string[]; rules: Record<string, unknown> };
    expect(printed.configFiles).toEqual([project.path('config', 'base.jsonc'), project.path('config', 'team.json'), project.path('pialint.config.json')]);
    expect(printed.rules).toEqual({ 'subcontract-details': { severity: 'warn' }, 'choice-value': { severity: 'off' } });
  });

  test('extends: circular chains and missing targets are configuration errors (exit 2)', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'doc.json');
    project.write('a.json', { extends: './pialint.config.json' });
    project.write('pialint.config.json', { extends: './a.json' });
    const circular = project.run(['doc.json']);
    expect(circular.status).toBe(2);
    expect(circular.stderr).toContain('circular extends');

    project.write('pialint.config.json', { extends: ['pialint:recommended', './missing.json'] });
    const missing = project.run(['doc.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/pialint\.config\.json:\d+:\d+: \/extends\/1: extends の参照先がありません: \.\/missing\.json/);

    project.write('pialint.config.json', { extends: 'pialint:recomended' });
    const typo = project.run(['doc.json']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('did you mean "pialint:recommended"?');
  });

  test('an invalid config is exit 2 naming file:line:column, the JSON pointer and what is wrong (every problem)', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'doc.json');
    project.write('pialint.config.json', '{\n  "rules": { "choice-value": "loud" },\n  "overides": [],\n  "asOf": "2024-1-1"\n}\n');
    const run = project.run(['doc.json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      'pialint: 設定エラー / configuration error: pialint.config.json:2:30: /rules/choice-value: 重大度は off / info / warn / error / 0 / 1 / 2 のいずれかです / severity must be one of off, info, warn, error, 0, 1, 2 (got "loud")',
    );
    expect(lines[1]).toBe('  3:3: /overides: 不明なキー「overides」です (「overrides」の誤りではありませんか) / unknown key "overides" (did you mean "overrides"?)');
    expect(lines[2]).toBe('  4:11: /asOf: 日付は YYYY-MM-DD 形式です / a date must be YYYY-MM-DD (got "2024-1-1")');
  });

  test('a JSON syntax error in the config is exit 2 with its position', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'doc.json');
    project.write('.pialintrc.json', '{\n  "rules": { "choice-value": }\n}\n');
    const run = project.run(['doc.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.pialintrc.json:2:30: JSON の構文エラー / JSON syntax error (ValueExpected)');
  });

  test('rule options are checked against the rule schema; unknown rules get a "did you mean"', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'doc.json');
    project.write('pialint.config.json', { rules: { 'choice-value': ['warn', { noSuchOption: true }] } });
    const options = project.run(['doc.json']);
    expect(options.status).toBe(2);
    expect(options.stderr).toMatch(/pialint\.config\.json:\d+:\d+: \/rules\/choice-value\/1: ルール「choice-value」/);

    project.write('pialint.config.json', { rules: { 'chioce-value': 'warn' } });
    const unknown = project.run(['doc.json']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('/rules/chioce-value: ルール「chioce-value」は存在しません (「choice-value」の誤りではありませんか) / unknown rule "chioce-value" (did you mean "choice-value"?)');

    // fieldOverrides take a severity only: their messages already exist, options could not apply.
    project.write('pialint.config.json', { fieldOverrides: [{ fields: 'II', rules: { 'choice-value': ['warn', {}] } }] });
    const fieldOptions = project.run(['doc.json']);
    expect(fieldOptions.status).toBe(2);
    expect(fieldOptions.stderr).toContain('/fieldOverrides/0/rules/choice-value: fieldOverrides では重大度だけを指定します');
  });

  test('overrides by file glob (relative to the config file), with excludedFiles; later entries win', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'final/a.json');
    project.copy(SAIITAKU, 'drafts/b.json');
    project.copy(SAIITAKU, 'drafts/keep.json');
    project.write('pialint.config.json', {
      rules: THREE,
      overrides: [
        { files: 'drafts/**', excludedFiles: '**/keep.json', rules: { 'subcontract-details': 'warn' } },
        { files: ['drafts/b.json'], rules: { 'subcontract-details': 'off' } },
      ],
    });
    const { results } = project.json(['.']);
    const byFile = Object.fromEntries(results.map((r) => [path.relative(project.dir, r.filePath).split(path.sep).join('/'), rulesOf([r])]));
    expect(byFile['drafts/b.json']).toEqual([]);
    expect(byFile['drafts/keep.json']).toEqual(['subcontract-details:1', 'subcontract-details:2', 'subcontract-details:2']);
    expect(byFile['final/a.json']).toEqual(byFile['drafts/keep.json']);
  });

  test('fieldOverrides: a rule off (or at another severity) for messages on matching field ids', () => {
    const project = new Project();
    const doc = project.copy(SAIITAKU, 'doc.json');
    project.write('pialint.config.json', { rules: THREE });
    const all = project.json(['doc.json']).results[0]!.messages.filter((m) => m.ruleId === 'subcontract-details');
    expect(all.map((m) => m.fieldId)).toEqual(['II[1].4.item[1].subcontractPermission', 'II[1].4.item[1].subcontractWork', 'II[1].4.item[2].subcontractPermission']);

    project.write('pialint.config.json', {
      rules: THREE,
      fieldOverrides: [
        { fields: 'II[*].4.item[1]', rules: { 'subcontract-details': 'off' } },
        { fields: ['II[*].4.item[*].subcontractPermission'], rules: { 'subcontract-details': 'info' } },
      ],
    });
    const { results } = project.json([doc]);
    const left = results[0]!.messages.filter((m) => m.ruleId === 'subcontract-details');
    // item[1].subcontractPermission matches both: the later override (info) wins over "off".
    expect(left.map((m) => `${m.fieldId}:${m.severity}`)).toEqual(['II[1].4.item[1].subcontractPermission:0', 'II[1].4.item[2].subcontractPermission:0']);
  });

  test('--print-config shows the config for a file: rules, overrides applied, settings merged, base path', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'drafts/doc.json');
    project.write('base.json', {
      settings: { terminology: { 番号: { preferred: '個人番号', variants: ['マイナンバー'] }, 古い: { preferred: 'a', variants: ['b'] } }, other: { x: 1 } },
    });
    project.write('pialint.config.json', {
      extends: './base.json',
      asOf: '2024-06-01',
      reportUnusedDisableDirectives: true,
      rules: { 'choice-value': 'warn' },
      overrides: [{ files: 'drafts/*.json', rules: { 'choice-value': 'off' }, settings: { terminology: { 古い: null, 新しい: { preferred: 'c', variants: ['d'] } } } }],
    });
    const run = project.run(['--print-config', 'drafts/doc.json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      rules: { 'choice-value': { severity: 'off' } },
      fieldOverrides: [],
      asOf: '2024-06-01',
      asOfSource: 'config',
      locale: 'ja',
      settings: { terminology: { 番号: { preferred: '個人番号', variants: ['マイナンバー'] }, 新しい: { preferred: 'c', variants: ['d'] } }, other: { x: 1 } },
      reportUnusedDisableDirectives: 'warn',
      configFiles: [project.path('base.json'), project.path('pialint.config.json')],
      basePath: project.dir,
      ignorePatterns: [],
    });
    // CLI flags win over the config.
    const flags = JSON.parse(project.run(['--print-config', 'drafts/doc.json', '--as-of', '2020-01-01', '--rule', 'choice-value:error', '--report-unused-disable-directives']).stdout);
    expect(flags).toMatchObject({ asOf: '2020-01-01', asOfSource: 'cli', rules: { 'choice-value': { severity: 'error' } }, reportUnusedDisableDirectives: 'error' });
  });

  test('--config uses one file (globs relative to cwd); --no-config-lookup ignores config files', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'doc.json');
    project.write('pialint.config.json', { rules: { 'choice-value': 'error' } });
    project.write('ci/strict.json', { rules: { 'subcontract-details': 'warn' }, overrides: [{ files: 'doc.json', rules: { 'subcontract-details': 'info' } }] });
    expect(rulesOf(project.json(['--config', 'ci/strict.json', 'doc.json']).results)).toEqual(['subcontract-details:0', 'subcontract-details:0', 'subcontract-details:0']);
    const lookup = JSON.parse(project.run(['--no-config-lookup', '--print-config', 'doc.json']).stdout) as { configFiles: string[]; rules: Record<string, unknown> };
    expect(lookup.configFiles).toEqual([]);
    expect(Object.keys(lookup.rules)).toEqual(expect.arrayContaining(['choice-value', 'era-first-year', 'subcontract-details']));
  });

  test('ignorePatterns skip walked files (directories too, "!" brings files back), never files named explicitly', () => {
    const project = new Project();
    project.copy(SAIITAKU, 'a.json');
    project.copy(SAIITAKU, 'old/b.json');
    project.copy(SAIITAKU, 'old/c.json');
    project.copy(SAIITAKU, 'tmp-d.json');
    project.write('pialint.config.json', { rules: THREE, ignorePatterns: ['old', 'tmp-*.json', '!old/c.json'] });
    const walked = project.json(['.']).results.map((r) => path.relative(project.dir, r.filePath).split(path.sep).join('/'));
    expect(walked).toEqual(['a.json', 'old/c.json']);
    expect(project.json(['tmp-d.json']).results).toHaveLength(1);
  });

  test('the published config schema (dist/schemas/config.schema.json) is the one the loader validates with', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'write-config-schema.js')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync(path.join(repoRoot, 'dist', 'schemas', 'config.schema.json'), 'utf8')) as unknown;
    expect(written).toEqual(JSON.parse(JSON.stringify(configSchema)));
  });
});
