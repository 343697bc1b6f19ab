import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import type { LintResult } from '../../src/engine/types.js';
import { Project } from './project.js';

const THREE = { 'choice-value': 'error', 'era-first-year': 'error', 'subcontract-details': 'error' };
const SOURCES = ['samples/juten-saiitaku.json', 'samples/juten-dates.json', 'samples/zenko-choices.json', 'samples/juten-comments.jsonc', 'valid/kiso.json', 'valid/juten.json', 'invalid/truncated.json'];

/** Many documents (copies of the samples in nested folders) for parallel, sharded and cached runs. */
function bigProject(copies = 6): Project {
  const project = new Project('pialint-scale-');
  for (let i = 1; i <= copies; i++) {
    for (const source of SOURCES) project.copy(source, `docs/${i % 3 === 0 ? 'archive/' : ''}${i}-${path.basename(source)}`);
  }
  project.write('pialint.config.json', { rules: THREE });
  return project;
}

function byFile(results: LintResult[]): Map<string, string> {
  return new Map(results.map((r) => [r.filePath, JSON.stringify(r)]));
}

describe('parallel and sharded runs (spawned CLI)', () => {
  const project = bigProject();
  const serial = project.run(['-f', 'json', 'docs']);
  const serialResults = JSON.parse(serial.stdout) as LintResult[];

  test('the project is big enough to matter', () => {
    expect(serialResults.length).toBe(6 * SOURCES.length);
    expect(serial.status).toBe(1);
  });

  test('--concurrency 2 gives byte-identical json (and stylish) to a serial run; auto too', () => {
    const parallel = project.run(['-f', 'json', '--concurrency', '2', 'docs']);
    expect(parallel.status).toBe(serial.status);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(project.run(['-f', 'json', '--concurrency', 'auto', 'docs']).stdout).toBe(serial.stdout);
    expect(project.run(['--concurrency', '3', 'docs']).stdout).toBe(project.run(['docs']).stdout);
    expect(project.run(['--concurrency', 'zero', 'docs']).status).toBe(2);
  });

  test('--fix with --concurrency writes the same files as a serial --fix', () => {
    const a = bigProject(2);
    const b = bigProject(2);
    expect(a.run(['--fix', 'docs']).status).toBe(b.run(['--fix', '--concurrency', '2', 'docs']).status);
    for (const file of JSON.parse(a.run(['-f', 'json', 'docs']).stdout).map((r: LintResult) => path.relative(a.dir, r.filePath)) as string[]) {
      expect(readFileSync(b.path(file), 'utf8')).toBe(readFileSync(a.path(file), 'utf8'));
    }
  });

  test('--shard i/n: disjoint parts whose union is the unsharded run; 1/1 is the whole run', () => {
    const shards = [1, 2, 3].map((i) => JSON.parse(project.run(['-f', 'json', '--shard', `${i}/3`, 'docs']).stdout) as LintResult[]);
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const union = new Map<string, string>();
    for (const shard of shards) {
      for (const [file, result] of byFile(shard)) {
        expect(union.has(file)).toBe(false);
        union.set(file, result);
      }
    }
    expect(union).toEqual(byFile(serialResults));
    expect(project.run(['-f', 'json', '--shard', '1/1', 'docs']).stdout).toBe(serial.stdout);
    // Within a shard the files keep the order of the unsharded run.
    const order = serialResults.map((r) => r.filePath);
    for (const shard of shards) {
      const positions = shard.map((r) => order.indexOf(r.filePath));
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
    }
    expect(project.run(['--shard', '4/3', 'docs']).status).toBe(2);
    expect(project.run(['--shard', 'half', 'docs']).status).toBe(2);
  });

  test('no progress bar when stderr is not a terminal (a pipe here), even for a long run', () => {
    const run = project.run(['--concurrency', '2', 'docs'], { env: { CI: '' } });
    expect(run.stderr).toBe('');
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  (hasScript ? test : test.skip)('on a terminal (a pseudo-tty via script(1)) the bar is drawn, but not when CI is set', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(repoRoot, 'bin', 'pialint.js'))} --no-color docs`;
    const tty = (env: Record<string, string>) =>
      spawnSync('script', ['-qefc', command, '/dev/null'], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 }).stdout;
    const interactive = tty({ CI: '' });
    expect(interactive).toMatch(/\r\[#*-*\] \d+\/42 files/);
    expect(interactive).toContain('42/42 files');
    expect(tty({ CI: 'true' })).not.toMatch(/\d+\/42 files/);
  });
});

describe('cache (spawned CLI)', () => {
  /** Adds a marker message to the cached result of one file, so that a run that uses the cache shows it. */
  function tamper(project: Project, file: string): void {
    const cacheFile = project.path('.pialintcache');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { result: LintResult }> };
    const entry = cache.entries[project.path(file)];
    if (!entry) throw new Error(`no cache entry for ${file}`);
    entry.result.messages.unshift({ ruleId: null, severity: 0, message: 'CACHED-MARKER', line: 1, column: 1, fieldId: null });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }

  test('a cached second run gives identical results, and really comes from the cache', () => {
    const project = bigProject(2);
    const first = project.run(['-f', 'json', '--cache', 'docs']);
    expect(existsSync(project.path('.pialintcache'))).toBe(true);
    const second = project.run(['-f', 'json', '--cache', 'docs']);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);
    expect(project.run(['-f', 'json', 'docs']).stdout).toBe(first.stdout);
    // The cache also serves parallel runs and shards.
    expect(project.run(['-f', 'json', '--cache', '--concurrency', '2', 'docs']).stdout).toBe(first.stdout);

    tamper(project, 'docs/1-juten-saiitaku.json');
    expect(project.run(['-f', 'json', '--cache', 'docs']).stdout).toContain('CACHED-MARKER');
    expect(project.run(['-f', 'json', 'docs']).stdout).not.toContain('CACHED-MARKER');
  });

  test('invalidation: a changed file, a changed config or another --as-of is linted again', () => {
    const project = bigProject(1);
    project.run(['--cache', 'docs']);
    const file = 'docs/1-juten-saiitaku.json';

    tamper(project, file);
    project.write(file, `${project.read(file)}\n`);
    expect(project.run(['-f', 'json', '--cache', 'docs']).stdout).not.toContain('CACHED-MARKER');

    tamper(project, file);
    project.write('pialint.config.json', { rules: { ...THREE, 'subcontract-details': 'warn' } });
    const reconfigured = JSON.parse(project.run(['-f', 'json', '--cache', 'docs']).stdout) as LintResult[];
    expect(JSON.stringify(reconfigured)).not.toContain('CACHED-MARKER');
    expect(reconfigured.find((r) => r.filePath === project.path(file))!.warningCount).toBe(3);

    tamper(project, file);
    expect(project.run(['-f', 'json', '--cache', '--as-of', '2020-01-01', 'docs']).stdout).not.toContain('CACHED-MARKER');
  });

  test('--fix does not take a cached result that still has fixes; the result after fixing is cached', () => {
    const project = bigProject(1);
    project.run(['--cache', 'docs']);
    tamper(project, 'docs/1-juten-dates.json');
    expect(project.run(['--cache', '--fix', 'docs']).status).toBe(1);
    expect(project.read('docs/1-juten-dates.json')).toContain('令和元年6月1日');
    const after = project.run(['-f', 'json', '--cache', 'docs']);
    expect(after.stdout).not.toContain('CACHED-MARKER');
    expect(after.stdout).toBe(project.run(['-f', 'json', 'docs']).stdout);
    // The fixed file's result was stored under its new content: a tampered entry is now served.
    tamper(project, 'docs/1-juten-dates.json');
    expect(project.run(['-f', 'json', '--cache', 'docs']).stdout).toContain('CACHED-MARKER');
  });

  test('--cache-location: a file path, or a directory that gets .pialintcache; a broken cache file is just a miss', () => {
    const project = bigProject(1);
    const reference = project.run(['-f', 'json', 'docs']).stdout;
    project.run(['--cache', '--cache-location', 'tmp/lint-cache.json', 'docs']);
    expect(existsSync(project.path('tmp', 'lint-cache.json'))).toBe(true);
    project.run(['--cache', '--cache-location', 'cache-dir/', 'docs']);
    expect(existsSync(project.path('cache-dir', '.pialintcache'))).toBe(true);
    project.write('tmp/lint-cache.json', '{ not json');
    expect(project.run(['-f', 'json', '--cache', '--cache-location', 'tmp/lint-cache.json', 'docs']).stdout).toBe(reference);
  });
});

describe('inputs (spawned CLI)', () => {
  test('--stdin: the config is looked up from --stdin-filename, and the result is named by it', () => {
    const project = new Project();
    project.write('pialint.config.json', { rules: THREE });
    project.write('strict/pialint.config.json', { rules: { 'subcontract-details': 'warn' } });
    const input = readFileSync(path.join(repoRoot, 'fixtures', 'samples', 'juten-saiitaku.json'), 'utf8');
    const top = project.json(['--stdin', '--stdin-filename', 'x.json'], { input });
    expect(top.results[0]!.filePath).toBe(project.path('x.json'));
    expect(top.results[0]!.errorCount).toBe(2);
    const nested = project.json(['--stdin', '--stdin-filename', 'strict/x.json'], { input });
    expect(nested.results[0]!).toMatchObject({ errorCount: 0, warningCount: 3 });
  });

  test('--no-error-on-unmatched-pattern lints what did match; without it an unmatched pattern is exit 2', () => {
    const project = new Project();
    project.copy('samples/juten-dates.json', 'docs/a.json');
    project.write('pialint.config.json', { rules: THREE });
    const strict = project.run(['docs', 'missing/**/*.json']);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('「missing/**/*.json」');
    const lenient = project.json(['--no-error-on-unmatched-pattern', 'docs', 'missing/**/*.json']);
    expect(lenient.status).toBe(1);
    expect(lenient.results).toHaveLength(1);
  });
});
