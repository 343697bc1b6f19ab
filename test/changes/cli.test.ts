import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { readGitVersion, runChanges, type ChangesArgs } from '../../src/cli/commands/changes.js';
import type { CliIO } from '../../src/cli/io.js';
import { changesFixtures, fixturePath } from './fixtures.js';

interface FakeIO extends CliIO {
  out: string;
  err: string;
}

function fakeIO(cwd: string): FakeIO {
  const io: FakeIO = {
    cwd,
    out: '',
    err: '',
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readStdin: () => Promise.resolve(''),
    stdoutIsTTY: false,
    env: {},
  };
  return io;
}

async function run(args: Partial<ChangesArgs> & { new: string }, cwd = changesFixtures): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIO(cwd);
  const code = await runChanges({ format: 'json', locale: 'ja', date: '2024-04-01', ...args }, io);
  return { code, out: io.out, err: io.err };
}

describe('pialint changes OLD NEW', () => {
  test('json rows for a pair of files, paths relative to the working directory', async () => {
    const { code, out, err } = await run({ old: 'text-edit/old.json', new: 'text-edit/new.json' });
    expect([code, err]).toEqual([0, '']);
    const rows = JSON.parse(out) as { fieldId: string; timing: string; date: string }[];
    expect(rows.map((r) => [r.fieldId, r.timing, r.date])).toEqual([
      ['I.6.dept', '事後', '2024-04-01'],
      ['II[1].3.purpose', '事前', '2024-04-01'],
      ['II[1].4.item[1].content', '事後', '2024-04-01'],
    ]);
  });

  test('markdown and csv', async () => {
    const md = await run({ old: 'zenko-user-dept/old.json', new: 'zenko-user-dept/new.json', format: 'markdown' });
    expect(md.out).toBe(
      '| 変更日 | 項目 | 変更前の記載 | 変更後の記載 | 提出時期 | 提出時期に係る説明 |\n' +
        '|---|---|---|---|---|---|\n' +
        '| 令和6年4月1日 | II 3. ⑦使用の主体 使用部署 | 市民部保険年金課 | 市民部保険年金課、各支所市民サービス課 | 事前 |  |\n',
    );
    const csv = await run({ old: 'zenko-user-dept/old.json', new: 'zenko-user-dept/new.json', format: 'csv' });
    expect(csv.out).toBe(
      '\uFEFF変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明\r\n' +
        '令和6年4月1日,II 3. ⑦使用の主体 使用部署,市民部保険年金課,市民部保険年金課、各支所市民サービス課,事前,\r\n',
    );
  });

  test('no change: an empty list', async () => {
    const { code, out } = await run({ old: 'slots-reordered/old.json', new: 'slots-reordered/new.json' });
    expect([code, out]).toEqual([0, '[]\n']);
  });

  test('usage and input errors exit 2 with a message', async () => {
    expect(await run({ new: 'text-edit/new.json' })).toMatchObject({ code: 2, err: expect.stringContaining('OLD NEW') });
    expect(await run({ old: 'text-edit/old.json', new: 'text-edit/new.json', since: 'HEAD' })).toMatchObject({ code: 2, err: expect.stringContaining('--since') });
    expect(await run({ old: 'nope.json', new: 'text-edit/new.json' })).toMatchObject({ code: 2, err: expect.stringContaining('nope.json') });
    expect(await run({ old: 'text-edit/old.json', new: 'text-edit/new.json', date: '2024-02-30' })).toMatchObject({ code: 2, err: expect.stringContaining('--date') });
  });

  test('a kind change is said on stderr', async () => {
    const { code, err } = await run({ old: 'zenko-user-dept/old.json', new: 'juten-user-dept/new.json' });
    expect(code).toBe(0);
    expect(err).toContain('zenko から juten');
  });
});

describe('pialint changes FILE --since <ref> (git)', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=pialint', '-c', 'user.email=pialint@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  beforeAll(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), 'pialint-changes-'));
    git('init', '-q');
    mkdirSync(path.join(repo, 'docs', 'pia'), { recursive: true });
    copyFileSync(fixturePath('choice-change', 'old'), path.join(repo, 'docs', 'pia', 'kokuho.json'));
    // A Shift_JIS file, as Japanese Windows writes them.
    writeFileSync(path.join(repo, 'docs', 'sjis.json'), iconv.encode('{"meta":{"kind":"juten"},"I":{"6":{"dept":"保険年金課"}}}', 'cp932'));
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    copyFileSync(fixturePath('choice-change', 'new'), path.join(repo, 'docs', 'pia', 'kokuho.json'));
    writeFileSync(path.join(repo, 'docs', 'sjis.json'), iconv.encode('{"meta":{"kind":"juten"},"I":{"6":{"dept":"国保年金課"}}}', 'cp932'));
    writeFileSync(path.join(repo, 'docs', 'untracked.json'), '{"meta":{"kind":"juten"}}');
  });

  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  test('compares the working file with its committed version', async () => {
    const { code, out, err } = await run({ new: 'docs/pia/kokuho.json', since: 'HEAD' }, repo);
    expect([code, err]).toEqual([0, '']);
    const rows = JSON.parse(out) as { fieldId: string; timing: string }[];
    expect(rows.map((r) => [r.fieldId, r.timing])).toEqual([
      ['II[1].2.subjectCount', '事後'],
      ['II[1].3.sources', '事前'],
      ['II[1].4.item[2].subcontract', '事前'],
      ['II[1].4.item[2].subcontractPermission', '事後'],
      ['II[1].4.item[2].subcontractWork', '事後'],
    ]);
  });

  test('works from a subdirectory, with a path relative to it', async () => {
    const { code, out } = await run({ new: 'kokuho.json', since: 'HEAD' }, path.join(repo, 'docs', 'pia'));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(5);
  });

  test('readGitVersion decodes the committed bytes like a file on disk', async () => {
    const text = await readGitVersion(path.join(repo, 'docs', 'sjis.json'), 'HEAD');
    expect(text).toContain('保険年金課');
    const { out } = await run({ new: 'docs/sjis.json', since: 'HEAD' }, repo);
    expect((JSON.parse(out) as { before: string; after: string }[]).map((r) => [r.before, r.after])).toEqual([['保険年金課', '国保年金課']]);
  });

  test('a file the ref does not have: undefined for the lint command, an error for changes', async () => {
    await expect(readGitVersion(path.join(repo, 'docs', 'untracked.json'), 'HEAD')).resolves.toBeUndefined();
    expect(await run({ new: 'docs/untracked.json', since: 'HEAD' }, repo)).toMatchObject({ code: 2, err: expect.stringContaining('HEAD') });
  });

  test('an unknown ref, an option-like ref and a file outside git are clear errors', async () => {
    expect(await run({ new: 'docs/pia/kokuho.json', since: 'no-such-branch' }, repo)).toMatchObject({
      code: 2,
      err: expect.stringContaining('git ref no-such-branch not found'),
    });
    expect(await run({ new: 'docs/pia/kokuho.json', since: '--output=/tmp/x' }, repo)).toMatchObject({ code: 2, err: expect.stringContaining('not a usable git ref') });
    const outside = mkdtempSync(path.join(os.tmpdir(), 'pialint-nogit-'));
    try {
      copyFileSync(fixturePath('text-edit', 'new'), path.join(outside, 'doc.json'));
      expect(await run({ new: 'doc.json', since: 'HEAD' }, outside)).toMatchObject({ code: 2, err: expect.stringContaining('not inside a git work tree') });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
