import path from 'node:path';

export interface Shard {
  /** 1-based, like Jest's and Playwright's `--shard i/n`. */
  index: number;
  count: number;
}

/** `--shard 2/3` → { index: 2, count: 3 }; anything else is a usage error. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard は i/n (1 ≤ i ≤ n) の形式です / --shard takes i/n with 1 ≤ i ≤ n (got ${value})`);
  }
  return { index, count };
}

/**
 * The files of one shard. The files are sorted by their path relative to the working directory
 * (`/`-separated, by UTF-16 code units: the same on every machine of a CI matrix), and the k-th
 * (0-based) goes to shard k mod n + 1. Index modulo keeps the shards within one file of each other
 * in size; the shards are disjoint and together hold every file. The order within a shard stays
 * the order of the unsharded run.
 */
export function selectShard<T extends { path: string }>(files: readonly T[], shard: Shard, cwd: string): T[] {
  const key = (file: T) => path.relative(cwd, file.path).split(path.sep).join('/');
  const sorted = files.map((file, position) => ({ file, key: key(file), position })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const chosen = new Set<number>();
  sorted.forEach((entry, k) => {
    if (k % shard.count === shard.index - 1) chosen.add(entry.position);
  });
  return files.filter((_, position) => chosen.has(position));
}
