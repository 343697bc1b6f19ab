/**
 * `pialint import`: JSON with the kind's `$schema`, the `fields` format, `-o` written whole, notes on
 * stderr, exit 2 on an unreadable file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { runImport } from '../../src/cli/commands/import.js';
import type { CliIO } from '../../src/cli/io.js';

const T = '\t';
const SAMPLE = [
  '特定個人情報保護評価書(全項目評価書)',
  'II 特定個人情報ファイルの概要',
  '4. 特定個人情報ファイルの取扱いの委託',
  `委託の有無 ※${T}[委託する] <選択肢> 1) 委託する 2) 委託しない (1) 件`,
  `委託事項1${T}保守業務`,
  `再委託${T}⑦再委託の有無 ※${T}[再委託する] <選択肢> 1) 再委託する 2) 再委託しない`,
].join('\n');

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    cwd,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => '',
    stdoutIsTTY: false,
    env: {},
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pialint-import-'));
  writeFileSync(path.join(dir, 'sample.md'), SAMPLE);
  writeFileSync(path.join(dir, 'sjis.txt'), iconv.encode(SAMPLE, 'cp932'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pialint import', () => {
  it('prints JSON with the kind schema and notes on stderr', async () => {
    const t = io(dir);
    expect(await runImport({ file: 'sample.md', format: 'json' }, t.cli)).toBe(0);
    const json = JSON.parse(t.out());
    expect(json.$schema).toBe('./node_modules/pialint/dist/schemas/zenko.schema.json');
    expect(Object.keys(json)[0]).toBe('$schema');
    expect(json.meta.kind).toBe('zenko');
    expect(json['II[1]']['4']['item[1]'].subcontract).toEqual({ value: 'subcontract', raw: '再委託する' });
    expect(t.out()).toContain('\n  "meta": {');
    expect(t.err()).toMatch(/sample\.md(:\d+:\d+)?: (info|warning): /);
  });

  it('prints one sorted line per field with --format fields', async () => {
    const t = io(dir);
    expect(await runImport({ file: 'sample.md', format: 'fields' }, t.cli)).toBe(0);
    const lines = t.out().trim().split('\n');
    expect(lines).toContain('II[1].4.item[1].subcontract\t{"value":"subcontract","raw":"再委託する"}');
    expect(lines).toContain('II[1].4.count\t1');
    expect(lines).toContain('meta.kind\t"zenko"');
    const ids = lines.map((l) => l.split('\t')[0]!);
    expect(ids.indexOf('II[1].4.count')).toBeLessThan(ids.indexOf('II[1].4.item[1].title'));
  });

  it('writes -o whole, without leaving temp files, and decodes Shift_JIS', async () => {
    const t = io(dir);
    expect(await runImport({ file: 'sjis.txt', output: 'out.json', format: 'json' }, t.cli)).toBe(0);
    expect(t.out()).toBe('');
    const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(json['II[1]']['4'].has.value).toBe('outsource');
    expect(readdirSync(dir).filter((f) => f.includes('pialint-tmp'))).toEqual([]);
  });

  it('exits 2 when the file cannot be read', async () => {
    const t = io(dir);
    expect(await runImport({ file: 'missing.md', format: 'json' }, t.cli)).toBe(2);
    expect(t.err()).toContain('missing.md');
  });
});
