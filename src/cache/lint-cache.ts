import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../engine/types.js';
import { writeFileAtomic } from '../sources/write-atomic.js';

export const DEFAULT_CACHE_LOCATION = '.pialintcache';

/** The cache file: results by absolute file path, each under the key it was computed for. */
interface CacheFile {
  pialintCache: 1;
  version: string;
  entries: Record<string, { key: string; result: LintResult | null }>;
}

/** `--cache-location`: a file, or a directory (an existing one, or a path ending in a separator) holding `.pialintcache`. */
export function resolveCacheLocation(cwd: string, location: string | undefined): string {
  const target = path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  const isDirectory = (location !== undefined && /[\\/]$/.test(location)) || (existsSync(target) && statSync(target).isDirectory());
  return isDirectory ? path.join(target, DEFAULT_CACHE_LOCATION) : target;
}

/**
 * Results of earlier runs (ESLint's `--cache`), keyed per file by a hash of its content, the
 * resolved config, the pialint version and the rule set: a hit returns exactly what linting would.
 * A missing, unreadable or foreign cache file is an empty cache, never an error.
 */
export class LintCache {
  private entries: CacheFile['entries'] = {};
  private dirty = false;

  constructor(
    readonly file: string,
    private readonly version: string,
  ) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (data.pialintCache === 1 && data.version === version && typeof data.entries === 'object' && data.entries !== null) {
        this.entries = data.entries;
      }
    } catch {
      // No cache yet, or not ours: start empty (the file is rewritten on save).
    }
  }

  /** The cached result for `filePath` when it was stored under `key`; undefined on a miss, null for "not an assessment". */
  get(filePath: string, key: string): LintResult | null | undefined {
    const entry = this.entries[filePath];
    return entry && entry.key === key ? entry.result : undefined;
  }

  set(filePath: string, key: string, result: LintResult | null): void {
    // The fixed text and the source are per-run output, not part of the result for the content.
    let stored: LintResult | null = null;
    if (result) {
      const { output: _output, source: _source, ...rest } = result;
      stored = rest;
    }
    this.entries[filePath] = { key, result: stored };
    this.dirty = true;
  }

  /** Writes the cache (atomically) when it changed; entries of deleted files are dropped. */
  save(): void {
    for (const filePath of Object.keys(this.entries)) {
      if (!existsSync(filePath)) {
        delete this.entries[filePath];
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const data: CacheFile = { pialintCache: 1, version: this.version, entries: this.entries };
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(data));
    this.dirty = false;
  }
}
