import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
