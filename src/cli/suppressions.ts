import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintMessage, LintResult } from '../engine/types.js';
import { writeFileAtomic } from '../sources/write-atomic.js';
import { summarize } from './lint-text.js';

export const DEFAULT_SUPPRESSIONS_LOCATION = 'pialint-suppressions.json';

/** The baseline as stored: per file (relative to the baseline's directory, `/`-separated), per rule, a count. */
export type SuppressionsData = Record<string, Record<string, { count: number }>>;

/** A baseline entry that suppressed fewer errors than it allows (the problems were fixed). */
export interface UnusedSuppression {
  file: string;
  rule: string;
  /** How many more the entry allows than occurred. */
  unused: number;
}

export type BaselineSuppressedMessage = LintMessage & { suppressions: { kind: 'baseline'; justification: string }[] };

function isCounted(message: LintMessage): message is LintMessage & { ruleId: string } {
  // As ESLint's bulk suppressions: errors of rules only; warnings, notes and fatal parse errors stay visible.
  return message.severity === 2 && message.ruleId !== null && !message.fatal;
}

function countByRule(result: LintResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of result.messages) if (isCounted(m)) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  return counts;
}

function sortedData(data: SuppressionsData): SuppressionsData {
  const out: SuppressionsData = {};
  for (const file of Object.keys(data).sort()) {
    const rules = data[file]!;
    const names = Object.keys(rules).sort();
    if (names.length === 0) continue;
    out[file] = Object.fromEntries(names.map((r) => [r, { count: rules[r]!.count }]));
  }
  return out;
}

/**
 * A suppressions baseline (ESLint 9.24's bulk suppressions): how many errors of each rule each file
 * had when the team adopted pialint (`--suppress-all`, `--suppress-rule`). Those errors are moved to
 * `suppressedMessages` and do not fail the run; a file with more errors of a rule than its count
 * reports all of them (which ones are new cannot be told). `--prune-suppressions` lowers counts to
 * what still occurs.
 */
export class Suppressions {
  private data: SuppressionsData;

  private constructor(
    readonly file: string,
    data: SuppressionsData,
  ) {
    this.data = data;
  }

  /** Reads the baseline at `file`; a missing file is an empty baseline, a malformed one an error. */
  static load(file: string): Suppressions {
    if (!existsSync(file)) return new Suppressions(file, {});
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: 抑止ファイルを読めません / cannot read the suppressions file (${(error as Error).message})`, { cause: error });
    }
    const valid =
      typeof data === 'object' &&
      data !== null &&
      !Array.isArray(data) &&
      Object.values(data).every(
        (rules) =>
          typeof rules === 'object' &&
          rules !== null &&
          Object.values(rules as object).every((e) => typeof e === 'object' && e !== null && Number.isInteger((e as { count?: unknown }).count) && (e as { count: number }).count > 0),
      );
    if (!valid) {
      throw new Error(`${file}: 抑止ファイルの形式が違います ({"ファイル": {"ルールID": {"count": 正の整数}}}) / malformed suppressions file (expected {"file": {"rule-id": {"count": positive integer}}})`);
    }
    return new Suppressions(file, data as SuppressionsData);
  }

  /** The key of a linted file: its path relative to the baseline's directory. */
  keyOf(filePath: string): string {
    return path.relative(path.dirname(this.file), filePath).split(path.sep).join('/');
  }

  get entries(): Readonly<SuppressionsData> {
    return this.data;
  }

  /**
   * Records the current errors of the linted files (`--suppress-all`, or only `rules` with
   * `--suppress-rule`): their counts replace the stored ones; other files keep their entries.
   */
  record(results: readonly LintResult[], rules?: ReadonlySet<string>): void {
    for (const result of results) {
      const key = this.keyOf(result.filePath);
      const entry = { ...(this.data[key] ?? {}) };
      const counts = countByRule(result);
      for (const rule of new Set([...Object.keys(entry), ...counts.keys()])) {
        if (rules && !rules.has(rule)) continue;
        const count = counts.get(rule) ?? 0;
        if (count > 0) entry[rule] = { count };
        else delete entry[rule];
      }
      if (Object.keys(entry).length > 0) this.data[key] = entry;
      else delete this.data[key];
    }
  }

  /** Lowers counts to what still occurs in the linted files and drops entries of files that no longer exist. */
  prune(results: readonly LintResult[]): void {
    for (const result of results) {
      const key = this.keyOf(result.filePath);
      const entry = this.data[key];
      if (!entry) continue;
      const counts = countByRule(result);
      for (const [rule, { count }] of Object.entries(entry)) {
        const now = counts.get(rule) ?? 0;
        if (now === 0) delete entry[rule];
        else if (now < count) entry[rule] = { count: now };
      }
      if (Object.keys(entry).length === 0) delete this.data[key];
    }
    for (const key of Object.keys(this.data)) {
      if (!existsSync(path.resolve(path.dirname(this.file), key))) delete this.data[key];
    }
  }

  /** Moves the errors the baseline covers to `suppressedMessages`, and lists the entries that covered more than occurred. */
  apply(results: readonly LintResult[]): { results: LintResult[]; unused: UnusedSuppression[] } {
    const unused: UnusedSuppression[] = [];
    const out = results.map((result) => {
      const key = this.keyOf(result.filePath);
      const entry = this.data[key];
      if (!entry) return result;
      const counts = countByRule(result);
      const covered = new Set<string>();
      for (const [rule, { count }] of Object.entries(entry)) {
        const now = counts.get(rule) ?? 0;
        if (now <= count) covered.add(rule);
        if (now < count) unused.push({ file: key, rule, unused: count - now });
      }
      const kept: LintMessage[] = [];
      const suppressed: BaselineSuppressedMessage[] = [];
      for (const m of result.messages) {
        if (isCounted(m) && covered.has(m.ruleId)) suppressed.push({ ...m, suppressions: [{ kind: 'baseline', justification: '' }] });
        else kept.push(m);
      }
      if (suppressed.length === 0) return result;
      const { messages: _m, suppressedMessages, errorCount: _e, fatalErrorCount: _f, warningCount: _w, infoCount: _i, fixableErrorCount: _fe, fixableWarningCount: _fw, ...rest } = result;
      return { ...summarize(result.filePath, kept), ...rest, suppressedMessages: [...suppressedMessages, ...suppressed] };
    });
    return { results: out, unused };
  }

  /** Writes the baseline (sorted, so that it diffs well in review); an empty baseline is still written. */
  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, `${JSON.stringify(sortedData(this.data), null, 2)}\n`);
  }
}
