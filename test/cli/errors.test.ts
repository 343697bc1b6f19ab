import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import type { LintResult } from '../../src/engine/types.js';

describe('bad input gets a clear error', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pialint-errors-'));
  const notes = path.join(dir, 'notes.md');
  writeFileSync(notes, '# 議事録\n\n- 出席者: 3名\n- 次回: 未定\n');

  test('a markdown file that is no assessment: an error when named, skipped in a walk', () => {
    const named = runCli(['-f', 'json', notes]);
    expect(named.status).toBe(1);
    const [result] = JSON.parse(named.stdout) as LintResult[];
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]!.message).toContain('表示形式として読めません');
    const walked = runCli(['-f', 'json', dir]);
    expect(walked.status).toBe(0);
    expect(JSON.parse(walked.stdout)).toEqual([]);
  });

  test('pialint import on a text that is no rendering exits 1 and writes nothing', () => {
    const run = runCli(['import', notes]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('not an assessment rendering');
  });

  test('a JSON syntax error says what is wrong in words, at its position', () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "meta": { "kind": "juten" },\n}\n');
    const [result] = JSON.parse(runCli(['-f', 'json', broken]).stdout) as LintResult[];
    expect(result!.messages[0]).toMatchObject({ fatal: true, line: 3, column: 1 });
    expect(result!.messages[0]!.message).toMatch(/末尾のカンマ|\.jsonc/);
  });

  test('a binary file named .json is reported as not text', () => {
    const binary = path.join(dir, 'image.json');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x00, 0xfe]));
    const run = runCli(['-f', 'json', binary]);
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as LintResult[];
    expect(result!.messages[0]!.message).toContain('テキストファイルではありません');
  });

  test('a closed pipe ends quietly, without a stack trace', () => {
    const run = spawnSync('bash', ['-c', `node ${JSON.stringify(path.join(repoRoot, 'bin', 'pialint.js'))} rules | head -1`], { encoding: 'utf8' });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('an unknown option stops before anything runs', () => {
  test('pialint --fix --bogus-flag x: exit 2, and no file is touched', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pialint-unknown-'));
    const file = path.join(dir, 'doc.json');
    const text = JSON.stringify({ meta: { kind: 'juten' }, cover: { published: { raw: '令和1年5月1日', iso: '2019-05-01' } } }, null, 2);
    writeFileSync(file, text);
    const run = runCli(['--fix', '--bogus-flag', 'x', file], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bogus-flag/);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(run.stdout).toBe('');
  });
});

describe('flag values are checked', () => {
  test('--max-warnings takes a whole number', () => {
    const run = runCli(['--max-warnings', 'abc', 'fixtures/valid']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--max-warnings');
  });

  test('--as-of must be a real calendar date (2024-02-30 is not)', () => {
    const lint = runCli(['--as-of', '2024-02-30', 'fixtures/valid']);
    expect(lint.status).toBe(2);
    expect(lint.stderr).toContain('2024-02-30');
    expect(runCli(['citations', '--as-of', '2024-02-30', '番号法第19条第8号']).status).toBe(2);
    expect(runCli(['citations', '--as-of', '2024-02-29', '番号法第19条第8号']).status).toBe(0);
  });

  test('a directory without assessments says so on stderr', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pialint-empty-'));
    const run = runCli([dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('評価書が見つかりませんでした');
  });
});
