/**
 * `pialint citations`: in-process through runCitations and through main() (the yargs wiring), and
 * once as a spawned process of the built CLI (bin/pialint.js → dist/, built by `npm run build`).
 */
import { main } from '../../src/cli/main.js';
import { todayInJapan } from '../../src/cli/today.js';
import { runCitations, type CitationReport } from '../../src/cli/commands/citations.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../helpers/cli.js';

interface FakeIO extends CliIO {
  out: string;
  err: string;
}

function fakeIO(stdin = ''): FakeIO {
  const io: FakeIO = {
    cwd: process.cwd(),
    out: '',
    err: '',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readStdin: () => Promise.resolve(stdin),
    stdoutIsTTY: false,
    env: {},
  };
  return io;
}

const TEXT = '番号法第19条第7号 別表第二の42の項に基づき提供する。番号法第9条第1項 別表第一の30の項';

describe('runCitations', () => {
  test('json: each citation with its offsets, status, replacement and validity; exit 1 when any is outdated', async () => {
    const io = fakeIO();
    const code = await runCitations({ text: TEXT, asOf: '2025-01-01', format: 'json', locale: 'ja' }, io);
    expect(code).toBe(1);
    expect(io.err).toBe('');
    const reports = JSON.parse(io.out) as CitationReport[];
    expect(reports.map((r) => [r.text, r.status, r.replacement])).toEqual([
      ['番号法第19条第7号', 'outdated', '番号法第19条第8号'],
      ['別表第二の42の項', 'outdated', '主務省令第2条の表の69の項'],
      ['番号法第9条第1項', 'unknown', undefined],
      ['別表第一の30の項', 'outdated', '別表の44の項'],
    ]);
    const first = reports[0]!;
    expect(Object.keys(first)).toEqual(['text', 'start', 'end', 'normalized', 'status', 'replacement', 'validFrom', 'validUntil', 'source']);
    expect(TEXT.slice(first.start, first.end)).toBe(first.text);
    expect(first).toMatchObject({ normalized: '番号法第19条第7号', validFrom: '2016-01-01', validUntil: '2021-08-31' });
    expect(first.source).toMatch(/japanese-law/);
    // Without facts: no validity and an empty source.
    expect(reports[2]).toEqual({ text: '番号法第9条第1項', start: 29, end: 38, normalized: '番号法第9条第1項', status: 'unknown', source: '' });
  });

  test('exit 0 when every citation is current on the date (boundary day included)', async () => {
    const io = fakeIO();
    expect(await runCitations({ text: '番号法第19条第8号 別表第二の42の項', asOf: '2024-05-26', format: 'json', locale: 'ja' }, io)).toBe(0);
    expect((JSON.parse(io.out) as CitationReport[]).map((r) => r.status)).toEqual(['current', 'current']);
    const after = fakeIO();
    expect(await runCitations({ text: '番号法第19条第8号 別表第二の42の項', asOf: '2024-05-27', format: 'json', locale: 'ja' }, after)).toBe(1);
  });

  test('the text from standard input: "-" (and "", which is how yargs passes a lone "-")', async () => {
    for (const text of ['-', '']) {
      const io = fakeIO('番号法第19条第7号 別表第二');
      expect(await runCitations({ text, asOf: '2022-01-01', format: 'json', locale: 'ja' }, io)).toBe(1);
      expect((JSON.parse(io.out) as CitationReport[]).map((r) => r.text)).toEqual(['番号法第19条第7号', '別表第二']);
    }
  });

  test('a bad date is a usage error (exit 2), nothing on stdout', async () => {
    for (const asOf of ['2025-13-01', '2025-02-30', 'yesterday', '2025-1-1']) {
      const io = fakeIO();
      expect(await runCitations({ text: TEXT, asOf, format: 'json', locale: 'ja' }, io)).toBe(2);
      expect(io.out).toBe('');
      expect(io.err).toMatch(/--as-of/);
    }
  });

  test('today is the default (and "today" says the same)', async () => {
    const today = todayInJapan();
    const a = fakeIO();
    const b = fakeIO();
    await runCitations({ text: '番号法第19条第8号 主務省令第2条の表の69の項', format: 'stylish', locale: 'ja' }, a);
    await runCitations({ text: '番号法第19条第8号 主務省令第2条の表の69の項', asOf: 'today', format: 'stylish', locale: 'ja' }, b);
    expect(a.out).toBe(b.out);
    expect(a.out.startsWith(`基準日 ${today}（本日）\n`)).toBe(true);
  });

  test('stylish: line:column, status, replacement, validity and a summary, in Japanese or English', async () => {
    const ja = fakeIO();
    await runCitations({ text: `提供の根拠\n${TEXT}`, asOf: '2025-01-01', format: 'stylish', locale: 'ja' }, ja);
    expect(ja.out).toContain('基準日 2025-01-01（--as-of）');
    expect(ja.out).toContain('  2:1  要修正   番号法第19条第7号 → 番号法第19条第8号  有効 2016-01-01〜2021-08-31  情報提供ネットワークシステム  (superseded)');
    expect(ja.out).toContain('判定不可  番号法第9条第1項  (noFacts)');
    expect(ja.out.trimEnd().endsWith('引用 4 件、うち要修正 3 件')).toBe(true);
    const en = fakeIO();
    await runCitations({ text: TEXT, asOf: '2025-01-01', format: 'stylish', locale: 'en' }, en);
    expect(en.out).toContain('As of 2025-01-01 (--as-of)');
    expect(en.out).toContain('outdated  別表第一の30の項 → 別表の44の項  valid 2016-01-01〜2024-05-26');
    expect(en.out.trimEnd().endsWith('4 citation(s), 3 outdated')).toBe(true);
    const none = fakeIO();
    expect(await runCitations({ text: '引用のない文章', asOf: '2025-01-01', format: 'stylish', locale: 'ja' }, none)).toBe(0);
    expect(none.out).toContain('法令の引用は見つかりませんでした。');
  });
});

describe('pialint citations (main)', () => {
  test('options and the positional text reach the command', async () => {
    const io = fakeIO();
    const code = await main(['citations', '--as-of', '2025-01-01', '--format', 'json', '番号法第19条第7号 別表第二'], io);
    expect(code).toBe(1);
    expect((JSON.parse(io.out) as CitationReport[]).map((r) => r.replacement)).toEqual(['番号法第19条第8号', '主務省令第二条の表']);
  });

  test('"-" reads standard input; --locale en', async () => {
    const io = fakeIO('番号法第19条第8号に基づく主務省令第2条の表の69の項');
    expect(await main(['citations', '-', '--as-of', '2025-01-01', '--locale', 'en'], io)).toBe(0);
    expect(io.out).toContain('current');
  });

  test('a bad --as-of exits 2', async () => {
    const io = fakeIO();
    expect(await main(['citations', '--as-of', '2025-02-30', '番号法第19条第7号'], io)).toBe(2);
  });
});

describe('pialint citations (spawned)', () => {
  test('json on stdout, exit 1 for an outdated citation', () => {
    const run = runCli(['citations', '--as-of', '2025-01-01', '--format', 'json', '-'], { input: '番号法第19条第7号 別表第二の42の項' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const reports = JSON.parse(run.stdout) as CitationReport[];
    expect(reports.map((r) => [r.status, r.replacement])).toEqual([
      ['outdated', '番号法第19条第8号'],
      ['outdated', '主務省令第2条の表の69の項'],
    ]);
  });
});
