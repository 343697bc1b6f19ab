import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import type { LintResult } from '../../src/engine/types.js';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd, stdio: 'pipe' });
}

describe('pialint --base-ref (change tracking in CI)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pialint-base-'));
  const file = path.join(dir, 'juten.json');
  beforeAll(() => {
    copyFileSync(path.join(repoRoot, 'fixtures', 'valid', 'juten.json'), file);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'v1');
  });

  const lint = (...args: string[]) => {
    const run = runCli(['--no-config-lookup', '--rule', 'undeclared-change:error', '-f', 'json', ...args, file], { cwd: dir });
    return { status: run.status, results: JSON.parse(run.stdout || '[]') as LintResult[], stderr: run.stderr };
  };

  test('an unchanged file has nothing to declare', () => {
    const { status, results } = lint('--base-ref', 'HEAD');
    expect(status).toBe(0);
    expect(results[0]!.messages).toEqual([]);
  });

  test('a change to a ※ item with no 変更箇所 row is reported at the changed field; without --base-ref nothing is', () => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
    const section3 = doc['II[1]']!['3']!;
    section3.purpose = `${String(section3.purpose)}また、保険料の賦課にも使用する。`;
    writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
    const { status, results } = lint('--base-ref', 'HEAD');
    expect(status).toBe(1);
    const finding = results[0]!.messages.find((m) => m.ruleId === 'undeclared-change');
    expect(finding).toMatchObject({ fieldId: 'II[1].3.purpose', severity: 2 });
    const text = readFileSync(file, 'utf8');
    expect(finding!.line).toBe(text.slice(0, text.indexOf('"purpose"')).split('\n').length);
    expect(lint().results[0]!.messages).toEqual([]);
  });

  test('an unknown ref is a clear error for the file', () => {
    const { status, results } = lint('--base-ref', 'no-such-ref');
    expect(status).toBe(1);
    expect(results[0]!.messages[0]!.message).toContain('no-such-ref');
  });
});
