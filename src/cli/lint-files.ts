import { readFileSync } from 'node:fs';
import { todayInJapan } from './today.js';
import path from 'node:path';
import type { RuleRegistry } from '../engine/linter.js';
import type { LinterConfig } from '../engine/config-types.js';
import type { LintResult, RuleMeta } from '../engine/types.js';
import type { RuleEntry, ResolvedConfig } from '../config/types.js';
import { ConfigLoader } from '../config/load-config.js';
import { ruleSourceOf, type RuleSource } from '../config/rule-source.js';
import { stableStringify } from '../cache/stable-json.js';
import { cacheKey, rulesFingerprint, sha256 } from '../cache/cache-key.js';
import { LintCache, resolveCacheLocation } from '../cache/lint-cache.js';
import { findFiles } from '../sources/find-files.js';
import { builtinRules } from '../../rules/index.js';
import { fixTypeFilter } from './fix-types.js';
import { lintOneFile, type FileOutcome, type FileTask, type FileTaskOptions } from './lint-one-file.js';
import { selectShard, type Shard } from './shard.js';
import { packageVersion } from './version.js';
import { lintInWorkers, workerCount, type Concurrency } from './worker-pool.js';

export { lintText, summarize } from './lint-text.js';

export interface LintFilesOptions {
  cwd: string;
  patterns: string[];
  configFile?: string;
  noConfigLookup?: boolean;
  cliRules?: Record<string, RuleEntry>;
  asOf?: string;
  locale?: 'ja' | 'en';
  /** `--report-unused-disable-directives[-severity]`: wins over the config's key. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /** Apply fixes and write them (`--fix`), or compute them without writing (`--fix-dry-run`). */
  fix?: 'write' | 'dry-run';
  /** `--fix-type`: rule categories (and `directive`) whose fixes apply; all when absent. */
  fixTypes?: string[];
  /** Unused here (the CLI decides what an unmatched pattern means); kept for API callers. */
  errorOnUnmatchedPattern?: boolean;
  rules?: RuleRegistry;
  /** Keep the source text in results (for formatters that show code). */
  includeSource?: boolean;
  /** Make a unified diff of each file's fixes (`--fix-dry-run`). */
  patches?: boolean;
  /** `--base-ref`: the git ref whose version of each file is the previous one (undeclared-change). */
  baseRef?: string;
  /** `--cache`: reuse results of files whose content, config, pialint version and rules did not change. */
  cache?: boolean;
  /** `--cache-location`: a file, or a directory to hold `.pialintcache` (default `.pialintcache` in cwd). */
  cacheLocation?: string;
  /** `--concurrency`: worker threads (results are the same as a serial run, in the same order). */
  concurrency?: Concurrency;
  /** `--shard i/n`: lint only this part of the files (see shard.ts for the partition). */
  shard?: Shard;
  /** Today's date for documents that state no date (fixed once per run; defaults to the clock). */
  today?: string;
  /** Called once the files are known, and after each file (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface LintFilesOutcome {
  results: LintResult[];
  rulesMeta: Record<string, RuleMeta>;
  /** Patterns that matched nothing (an error unless --no-error-on-unmatched-pattern). */
  unmatched: string[];
  /** Unified diffs of the fixes, per file in result order (`patches: true` with a fix mode). */
  patches: { filePath: string; patch: string }[];
}


/** The part of a resolved config that decides lint results (not where it came from). */
export function linterConfigOf(config: ResolvedConfig, today: string): LinterConfig {
  const { configFiles: _files, basePath: _base, ignorePatterns: _ignores, plugins: _plugins, customRules: _custom, skippedPlugins: _skipped, ...linter } = config;
  // With an as-of date set the clock is never read: leaving it out keeps cache keys valid across days.
  return linter.asOf ? linter : { ...linter, today };
}

export function rulesMetaOf(...registries: RuleRegistry[]): Record<string, RuleMeta> {
  const rulesMeta: Record<string, RuleMeta> = {};
  for (const rules of registries) for (const [id, rule] of rules) rulesMeta[id] ??= rule.meta;
  return rulesMeta;
}

/**
 * The cache's view of a file's rules: their ids and meta, plus each plugin's name, version and entry
 * file hash and the declarative definitions, so that a changed plugin or house rule is a miss.
 */
function rulesKey(rules: RuleRegistry, source: RuleSource | undefined): string {
  const base = rulesFingerprint(rules);
  if (!source) return base;
  const plugins = source.plugins.map((p) => [p.name, p.version, p.file, p.hash]);
  return sha256(stableStringify([base, plugins, source.customRules]));
}

/**
 * The file engine (ESLint's lib/eslint): find files, resolve each file's config, take what the
 * cache has, lint the rest (in worker threads with `concurrency`), write fixes, update the cache.
 * Results come in the order of the files found, however they were computed.
 */
export async function lintFiles(options: LintFilesOptions): Promise<LintFilesOutcome> {
  const rules = options.rules ?? builtinRules;
  const loader = new ConfigLoader({ ...options, rules });
  const found = findFiles(options.patterns, options.cwd, (file) => loader.isIgnored(file));
  const files = options.shard ? selectShard(found.files, options.shard, options.cwd) : found.files;
  const today = options.today ?? todayInJapan();
  const taskOptions: FileTaskOptions = {
    cwd: options.cwd,
    ...(options.fix ? { fix: options.fix } : {}),
    ...(options.fixTypes && options.fixTypes.length > 0 ? { fixTypes: options.fixTypes } : {}),
    includeSource: options.includeSource ?? false,
    patch: (options.patches ?? false) && options.fix !== undefined,
    ...(options.baseRef ? { baseRef: options.baseRef } : {}),
  };
  // A cached result does not know what the base ref held: with --base-ref every file is linted.
  const cache = options.cache && !options.baseRef ? new LintCache(resolveCacheLocation(options.cwd, options.cacheLocation), packageVersion()) : undefined;
  // Each file's rules are its config's: the base rules plus that config's plugins and declarative rules.
  const registries = new Set<RuleRegistry>([rules]);
  const fingerprints = new Map<RuleRegistry, string>();

  // Configs are resolved here, in file order, so a config error is the same one a serial run meets.
  const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(files.length);
  const pending: { index: number; task: FileTask; rules: RuleRegistry; fingerprint: string; contentHash?: string }[] = [];
  let done = 0;
  options.onProgress?.(0, files.length);
  for (const [index, file] of files.entries()) {
    const resolved = await loader.forFileAsync(file.path);
    const fileRules = loader.rulesFor(file.path);
    registries.add(fileRules);
    const ruleSource = ruleSourceOf(resolved);
    const config = linterConfigOf(resolved, today);
    const task: FileTask = { path: file.path, explicit: file.explicit, config, ...(ruleSource ? { ruleSource } : {}) };
    if (!cache) {
      pending.push({ index, task, rules: fileRules, fingerprint: '' });
      continue;
    }
    let fingerprint = fingerprints.get(fileRules);
    if (fingerprint === undefined) {
      fingerprint = rulesKey(fileRules, ruleSource);
      fingerprints.set(fileRules, fingerprint);
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.path);
    } catch {
      pending.push({ index, task, rules: fileRules, fingerprint }); // lintOneFile reports the read error
      continue;
    }
    const contentHash = sha256(bytes);
    const key = cacheKey({ contentHash, config, version: packageVersion(), rules: fingerprint, explicit: file.explicit });
    const hit = options.includeSource ? undefined : cache.get(file.path, key);
    const shouldFix = fixTypeFilter(options.fixTypes, fileRules) ?? (() => true);
    // In a fix mode a hit is only good when nothing in it would be fixed.
    const usable = hit === null || (hit !== undefined && (!options.fix || !hit.messages.some((m) => m.fix && shouldFix(m))));
    if (usable) {
      outcomes[index] = { result: hit };
      options.onProgress?.(++done, files.length);
      continue;
    }
    pending.push({ index, task: { ...task, bytes }, rules: fileRules, fingerprint, contentHash });
  }

  const record = (entry: (typeof pending)[number], outcome: FileOutcome) => {
    outcomes[entry.index] = outcome;
    options.onProgress?.(++done, files.length);
    if (!cache || entry.contentHash === undefined) return;
    const { result } = outcome;
    const storeUnder = (hash: string) =>
      cache.set(entry.task.path, cacheKey({ contentHash: hash, config: entry.task.config, version: packageVersion(), rules: entry.fingerprint, explicit: entry.task.explicit }), result);
    if (outcome.writtenHash) storeUnder(outcome.writtenHash);
    // A dry run's result describes the fixed text, not the file: keep it out of the cache.
    else if (result?.output === undefined) storeUnder(entry.contentHash);
  };

  // Workers load the built-in rules themselves, and each task's plugins and declarative rules from its
  // rule source: a caller's own base registry is linted in this thread.
  const threads = rules === builtinRules ? workerCount(options.concurrency ?? 'off', pending.length) : 0;
  if (threads > 0) {
    await lintInWorkers(
      pending.map((p) => p.task),
      taskOptions,
      threads,
      (i, outcome) => record(pending[i]!, outcome),
    );
  } else {
    for (const entry of pending) record(entry, await lintOneFile(entry.task, taskOptions, entry.rules));
  }
  cache?.save();

  const results: LintResult[] = [];
  const patches: LintFilesOutcome['patches'] = [];
  for (const outcome of outcomes) {
    if (!outcome?.result) continue;
    results.push(outcome.result);
    if (outcome.patch) patches.push({ filePath: outcome.result.filePath, patch: outcome.patch });
  }
  return { results, rulesMeta: rulesMetaOf(...registries), unmatched: found.unmatched, patches };
}

export function relativePath(cwd: string, file: string): string {
  return path.relative(cwd, file) || file;
}
