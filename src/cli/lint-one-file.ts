import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RuleRegistry } from '../engine/linter.js';
import type { LinterConfig } from '../engine/config-types.js';
import type { LintResult } from '../engine/types.js';
import { sha256 } from '../cache/cache-key.js';
import { writeFileAtomic } from '../sources/write-atomic.js';
import { fixTypeFilter } from './fix-types.js';
import { fileLevelError, lintText, summarize } from './lint-text.js';
import type { Assessment } from '../model/values.js';
import { createSource } from '../sources/read-source.js';
import { readGitVersion } from './commands/changes.js';
import type { RuleSource } from '../config/rule-source.js';

/** One file to lint, with everything needed to lint it (sent as is to a worker thread). */
export interface FileTask {
  path: string;
  explicit: boolean;
  config: LinterConfig;
  /** The file's bytes when the caller already read them (for the cache key); read here otherwise. */
  bytes?: Uint8Array;
  /** What the file's config adds to the built-in rules (plugins, declarative rules), for a worker thread to rebuild. */
  ruleSource?: RuleSource;
}

/** What is the same for every file of a run. */
export interface FileTaskOptions {
  cwd: string;
  fix?: 'write' | 'dry-run';
  fixTypes?: string[];
  includeSource?: boolean;
  /** Make a unified diff of the fixes (`--fix-dry-run` with the stylish format). */
  patch?: boolean;
  /** `--base-ref`: compare each file with its version at this git ref (change-tracking rules). */
  baseRef?: string;
}

export interface FileOutcome {
  /** null: not an assessment, found by a walk (skipped). */
  result: LintResult | null;
  /** A unified diff from the file to its fixed text (`a/<path>` → `b/<path>`, relative to cwd). */
  patch?: string;
  /** sha256 of the bytes now on disk, when fixes were written (the cache stores the result under it). */
  writtenHash?: string;
}

/** The assessment as it was at a git ref; undefined when the file is new since then or not an assessment. */
async function readPreviousVersion(filePath: string, ref: string, locale: 'ja' | 'en'): Promise<Assessment | undefined> {
  const text = await readGitVersion(filePath, ref);
  if (text === undefined) return undefined;
  const doc = await createSource(filePath, { text, encoding: 'utf8', bom: false }, locale);
  return doc.assessment ?? undefined;
}

/** Lints one file: read it (unless given), lint or fix it, write fixes atomically (`--fix`), diff them (`--fix-dry-run`). */
export async function lintOneFile(task: FileTask, options: FileTaskOptions, rules: RuleRegistry): Promise<FileOutcome> {
  let bytes = task.bytes;
  if (!bytes) {
    try {
      bytes = await readFile(task.path);
    } catch (error) {
      const reason = (error as Error).message;
      return { result: summarize(task.path, [fileLevelError(`ファイルを読めません: ${reason}`, `Cannot read file: ${reason}`, task.config.locale ?? 'ja')]) };
    }
  }
  const shouldFix = fixTypeFilter(options.fixTypes, rules);
  let previous: Assessment | undefined;
  if (options.baseRef) {
    try {
      previous = await readPreviousVersion(task.path, options.baseRef, task.config.locale ?? 'ja');
    } catch (error) {
      const reason = (error as Error).message;
      return { result: summarize(task.path, [fileLevelError(`--base-ref の版を読めません: ${reason}`, `Cannot read the --base-ref version: ${reason}`, task.config.locale ?? 'ja')]) };
    }
  }
  const { result, write, original } = await lintText(bytes, task.path, task.config, rules, {
    ...(options.fix ? { fix: options.fix } : {}),
    ...(shouldFix ? { shouldFix } : {}),
    explicit: task.explicit,
    includeSource: options.includeSource ?? false,
    ...(previous ? { verify: { previous } } : {}),
  });
  const outcome: FileOutcome = { result };
  if (write && options.fix === 'write') {
    writeFileAtomic(task.path, write);
    outcome.writtenHash = sha256(write);
  }
  if (options.patch && result?.output !== undefined && original !== undefined) {
    const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
    const name = path.relative(options.cwd, task.path).split(path.sep).join('/');
    outcome.patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, original, result.output, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  }
  return outcome;
}
