import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { sourceFormatFor } from './read-source.js';

export interface FoundFile {
  path: string;
  /** Named on the command line (not found by a directory walk or a glob): a non-assessment is an error, not skipped. */
  explicit: boolean;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'coverage', '.hg', '.svn']);

function walk(dir: string, out: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full, out);
    } else if (entry.isFile() && sourceFormatFor(entry.name)) {
      out.push(full);
    }
  }
}

function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

export interface FindResult {
  files: FoundFile[];
  unmatched: string[];
}

/**
 * Expands CLI patterns (files, directories, globs) into files, in a stable order, each once.
 * `ignore` drops walked and globbed files, not explicit ones: ignore patterns (picomatch, relative
 * to cwd), or a test of the absolute path (the file engine asks each file's own config).
 */
export function findFiles(patterns: readonly string[], cwd: string, ignore: readonly string[] | ((file: string) => boolean) = []): FindResult {
  const rel = (file: string): string => path.relative(cwd, file).split(path.sep).join('/');
  const ignored =
    typeof ignore === 'function'
      ? ignore
      : ignore.length > 0
        ? ((match: (p: string) => boolean) => (file: string) => match(rel(file)))(picomatch([...ignore], { dot: true }))
        : () => false;
  const seen = new Set<string>();
  const files: FoundFile[] = [];
  const unmatched: string[] = [];
  const add = (file: string, explicit: boolean): void => {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return;
    if (!explicit && ignored(resolved)) return;
    seen.add(resolved);
    files.push({ path: resolved, explicit });
  };
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(absolute, true);
      continue;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      walk(absolute, found);
      found.forEach((f) => add(f, false));
      continue;
    }
    if (isGlob(pattern)) {
      const { base } = picomatch.scan(pattern);
      const root = path.resolve(cwd, base || '.');
      const matcher = picomatch(pattern.split(path.sep).join('/'), { dot: false });
      const found: string[] = [];
      walk(root, found);
      const matched = found.filter((f) => matcher(rel(f)));
      matched.forEach((f) => add(f, false));
      if (matched.length === 0) unmatched.push(pattern);
      continue;
    }
    unmatched.push(pattern);
  }
  return { files, unmatched };
}
