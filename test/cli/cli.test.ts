import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, positionOf } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import type { LintResult } from '../../src/engine/types.js';

const fixtures = path.join(repoRoot, 'fixtures');
const sample = path.join(fixtures, 'samples', 'juten-saiitaku.json');

function jsonResults(args: string[], cwd?: string): { status: number | null; results: LintResult[]; stderr: string } {
  const run = runCli(['--format', 'json', ...args], cwd ? { cwd } : {});
  return { status: run.status, results: JSON.parse(run.stdout) as LintResult[], stderr: run.stderr };
}

function tempCopy(file: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pialint-cli-'));
  const target = path.join(dir, path.basename(file));
  copyFileSync(file, target);
  return target;
}

describe('pialint (spawned CLI)', () => {
  test('each valid fixture lints clean: exit 0, no output', () => {
    const run = runCli(['fixtures/valid']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  test('the 再委託 sample: messages at the exact line and column, in json and stylish', () => {
    const text = readFileSync(sample, 'utf8');
    const { status, results } = jsonResults([sample]);
    expect(status).toBe(1);
    expect(results).toHaveLength(1);
    const [result] = results as [LintResult];
    expect(result.filePath).toBe(sample);
    const missing = result.messages.find((m) => m.ruleId === 'subcontract-details' && m.messageId === 'missing');
    expect(missing).toBeDefined();
    const anchor = `"${missing!.fieldId!.split('.').slice(-2, -1)[0]}"`;
    const where = positionOf(text, `"${missing!.fieldId!.split('.').pop()}": null`, anchor);
    const valueColumn = where.column + `"${missing!.fieldId!.split('.').pop()}": `.length;
    expect({ line: missing!.line, column: missing!.column }).toEqual({ line: where.line, column: valueColumn });
    expect(result.errorCount).toBeGreaterThan(0);
    for (const key of ['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']) {
      expect(result).toHaveProperty(key);
    }

    const stylish = runCli([sample]);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain(`${missing!.line}:${missing!.column}`);
    expect(stylish.stdout).toContain('subcontract-details');
  });

  test('a truncated JSON file: one fatal parse message with its position, exit 1', () => {
    const { status, results } = jsonResults([path.join(fixtures, 'invalid', 'truncated.json')]);
    expect(status).toBe(1);
    const [message] = results[0]!.messages;
    expect(results[0]!.messages).toHaveLength(1);
    expect(message).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    expect(message!.line).toBeGreaterThan(1);
  });

  test('the same document in Shift_JIS, UTF-16 LE/BE with BOM, UTF-8 with BOM and CRLF gives the same messages', () => {
    const strip = (r: LintResult) => r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, message: m.message, fieldId: m.fieldId }));
    const reference = strip(jsonResults([sample]).results[0]!);
    expect(reference.length).toBeGreaterThan(0);
    for (const name of ['shift_jis.json', 'utf16le-bom.json', 'utf16be-bom.json', 'utf8-bom.json', 'crlf.json']) {
      const { results } = jsonResults([path.join(fixtures, 'invalid', name)]);
      expect({ name, messages: strip(results[0]!) }).toEqual({ name, messages: reference });
    }
  });

  test('a file named explicitly that is not an assessment is a clear error; a walk skips it', () => {
    const file = path.join(fixtures, 'invalid', 'not-an-assessment.json');
    const { status, results } = jsonResults([file]);
    expect(status).toBe(1);
    expect(results[0]!.messages[0]!.message).toContain('評価書ではありません');
    const dir = path.dirname(tempCopy(file));
    const walk = jsonResults([dir]);
    expect(walk.results).toEqual([]);
    expect(walk.status).toBe(0);
  });

  test('--fix rewrites only the fixed spans; every other byte is identical (Shift_JIS and UTF-8 with BOM too)', () => {
    for (const source of [path.join(fixtures, 'samples', 'juten-dates.json'), path.join(fixtures, 'samples', 'juten-comments.jsonc')]) {
      const target = tempCopy(source);
      const before = readFileSync(target);
      const run = runCli(['--fix', target]);
      expect(run.status === 0 || run.status === 1).toBe(true);
      const after = readFileSync(target);
      const expected = Buffer.from(before.toString('utf8').replaceAll('令和1年', '令和元年'), 'utf8');
      expect(after.equals(expected)).toBe(true);
      expect(readdirSync(path.dirname(target)).filter((f) => f.includes('pialint-tmp'))).toEqual([]);
    }
  });

  test('--fix keeps the encoding of a Shift_JIS file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pialint-sjis-'));
    const target = path.join(dir, 'doc.json');
    // Built from the UTF-8 sample: written in CP932 with a 令和1年 date.
    const utf8 = readFileSync(path.join(fixtures, 'samples', 'juten-dates.json'), 'utf8');
    return import('iconv-lite').then(({ default: iconv }) => {
      writeFileSync(target, iconv.encode(utf8, 'cp932'));
      const run = runCli(['--fix', target]);
      expect(run.status === 0 || run.status === 1).toBe(true);
      const after = readFileSync(target);
      expect(after.equals(iconv.encode(utf8.replaceAll('令和1年', '令和元年'), 'cp932'))).toBe(true);
    });
  });

  test('--fix-dry-run writes nothing and reports the output in json', () => {
    const target = tempCopy(path.join(fixtures, 'samples', 'juten-dates.json'));
    const before = readFileSync(target);
    const { results } = jsonResults(['--fix-dry-run', target]);
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(results[0]!.output).toContain('令和元年');
  });

  test('exit codes: 2 for usage errors, bad --rule, unknown rule, unknown format and unmatched patterns', () => {
    expect(runCli(['--no-such-option', 'fixtures/valid']).status).toBe(2);
    expect(runCli(['--rule', 'choice-value:loud', 'fixtures/valid']).status).toBe(2);
    const unknown = runCli(['--rule', 'no-such-rule:error', 'fixtures/valid']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no-such-rule');
    expect(runCli(['-f', 'nope', 'fixtures/valid']).status).toBe(2);
    const unmatched = runCli(['does-not-exist/**/*.json']);
    expect(unmatched.status).toBe(2);
    expect(runCli(['--no-error-on-unmatched-pattern', 'does-not-exist/**/*.json']).status).toBe(0);
  });

  test('--quiet drops warnings; --max-warnings turns warnings into exit 1', () => {
    const quiet = jsonResults(['--quiet', sample]);
    expect(quiet.results[0]!.messages.every((m) => m.severity === 2)).toBe(true);
    const warnOnly = runCli(['--rule', 'subcontract-details:warn', '--rule', 'choice-value:off', '--rule', 'era-first-year:off', '--no-config-lookup', '--max-warnings', '0', sample]);
    expect(warnOnly.status).toBe(1);
    const allowed = runCli(['--rule', 'subcontract-details:warn', '--rule', 'choice-value:off', '--rule', 'era-first-year:off', '--no-config-lookup', sample]);
    expect(allowed.status).toBe(0);
  });

  test('--locale en gives English messages; -o writes the report to a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pialint-out-'));
    const out = path.join(dir, 'report.json');
    const run = runCli(['--locale', 'en', '-f', 'json', '-o', out, sample]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    const results = JSON.parse(readFileSync(out, 'utf8')) as LintResult[];
    expect(results[0]!.messages.some((m) => /is 再委託する but/.test(m.message))).toBe(true);
  });

  test('pialint rules --format json lists every rule with category and severity', () => {
    const run = runCli(['rules', '--format', 'json']);
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout) as { id: string; category: string; severity: string; fixable: boolean; description: string }[];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['choice-value', 'subcontract-details', 'era-first-year']));
    expect(rules.find((r) => r.id === 'era-first-year')).toMatchObject({ category: 'date', severity: 'error', fixable: true });
  });

  test('--version is the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
  });

  test('--stdin with --stdin-filename lints standard input', () => {
    const run = runCli(['--stdin', '--stdin-filename', 'x.json', '-f', 'json'], { input: readFileSync(sample, 'utf8') });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as LintResult[];
    expect(results[0]!.filePath).toBe(path.join(repoRoot, 'x.json'));
    expect(results[0]!.errorCount).toBeGreaterThan(0);
  });
});
