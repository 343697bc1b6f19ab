import path from 'node:path';
import { createProgress, isCI, PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { parseShard, selectShard } from '../../src/cli/shard.js';
import { parseConcurrency, workerCount } from '../../src/cli/worker-pool.js';

function recorder(isTTY: boolean, env: Record<string, string | undefined> = {}) {
  const writes: string[] = [];
  return { writes, target: { write: (t: string) => void writes.push(t), isTTY, columns: 80, env } };
}

describe('progress bar', () => {
  test('drawn in place on a terminal for a long run, then erased', () => {
    const { writes, target } = recorder(true);
    const progress = createProgress(40, target);
    for (let i = 0; i <= 40; i++) progress.tick(i);
    progress.finish();
    expect(writes[0]).toMatch(/^\r\[-+\] 0\/40 files$/);
    expect(writes).toContain(`\r[${'#'.repeat(40)}] 40/40 files`);
    expect(writes[writes.length - 1]).toMatch(/^\r +\r$/);
  });

  test.each([
    ['not a terminal', false, {}, 100],
    ['CI set', true, { CI: 'true' }, 100],
    ['GitLab-style CI=1', true, { CI: '1' }, 100],
    ['a short run', true, {}, PROGRESS_MIN_FILES - 1],
  ])('nothing at all when %s', (_name, tty, env, total) => {
    const { writes, target } = recorder(tty, env);
    const progress = createProgress(total, target);
    for (let i = 0; i <= total; i++) progress.tick(i);
    progress.finish();
    expect(writes).toEqual([]);
  });

  test('isCI: set and not false', () => {
    expect(isCI({ CI: 'true' })).toBe(true);
    expect(isCI({ CI: 'false' })).toBe(false);
    expect(isCI({ CI: '0' })).toBe(false);
    expect(isCI({ CI: '' })).toBe(false);
    expect(isCI({})).toBe(false);
  });
});

describe('shards', () => {
  const cwd = '/repo';
  const files = ['b/2.json', 'a/1.json', 'c.json', 'a/0.json', 'b/1.json', 'd.json', 'e.json'].map((f) => ({ path: path.join(cwd, f) }));

  test('parseShard: i/n with 1 ≤ i ≤ n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '-1/2']) expect(() => parseShard(bad)).toThrow('--shard');
  });

  test('every file in exactly one shard, by index modulo n of the sorted relative paths; order kept', () => {
    const shards = [1, 2, 3].map((index) => selectShard(files, { index, count: 3 }, cwd).map((f) => path.relative(cwd, f.path)));
    // Sorted: a/0, a/1, b/1, b/2, c, d, e → k mod 3.
    expect(shards).toEqual([
      ['b/2.json', 'a/0.json', 'e.json'],
      ['a/1.json', 'c.json'],
      ['b/1.json', 'd.json'],
    ]);
    expect(shards.flat().sort()).toEqual(files.map((f) => path.relative(cwd, f.path)).sort());
  });

  test('the same partition whatever order the files were found in', () => {
    const reversed = [...files].reverse();
    for (const index of [1, 2, 3]) {
      const a = selectShard(files, { index, count: 3 }, cwd).map((f) => f.path).sort();
      const b = selectShard(reversed, { index, count: 3 }, cwd).map((f) => f.path).sort();
      expect(b).toEqual(a);
    }
  });
});

describe('concurrency', () => {
  test('parseConcurrency: auto, off, positive integers', () => {
    expect(parseConcurrency(undefined)).toBe('off');
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('4')).toBe(4);
    for (const bad of ['0', '-1', 'two', '1.5']) expect(() => parseConcurrency(bad)).toThrow('--concurrency');
  });

  test('workerCount: no threads for off, one thread or one file; never more threads than files', () => {
    expect(workerCount('off', 100)).toBe(0);
    expect(workerCount(1, 100)).toBe(0);
    expect(workerCount(4, 1)).toBe(0);
    expect(workerCount(4, 3)).toBe(3);
    expect(workerCount(2, 100)).toBe(2);
    expect(workerCount('auto', 3)).toBe(0);
  });
});
