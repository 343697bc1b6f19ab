import { mkdirSync } from 'node:fs';
import { todayInJapan, isCalendarDate } from '../today.js';
import path from 'node:path';
import { ConfigError } from '../../config/types.js';
import { ConfigLoader } from '../../config/load-config.js';
import type { FormatterContext, LintResult, RuleMeta } from '../../engine/types.js';
import { getFormatter } from '../../formatters/index.js';
import { writeFileAtomic } from '../../sources/write-atomic.js';
import { builtinRules } from '../../../rules/index.js';
import { EXIT, type CliIO } from '../io.js';
import { parseFixTypes } from '../fix-types.js';
import { lintFiles, linterConfigOf, rulesMetaOf } from '../lint-files.js';
import { lintOneFile } from '../lint-one-file.js';
import { parseRuleFlags } from '../parse-rule-flag.js';
import { createProgress, type Progress } from '../progress.js';
import { parseShard } from '../shard.js';
import { DEFAULT_SUPPRESSIONS_LOCATION, Suppressions } from '../suppressions.js';
import { packageVersion } from '../version.js';
import { parseConcurrency } from '../worker-pool.js';

export interface LintArgs {
  patterns: string[];
  /** `--base-ref REF`: lint each file against its version at this git ref (undeclared-change). */
  baseRef?: string;
  format: string[];
  outputFile: string[];
  quiet: boolean;
  maxWarnings: number;
  rule: string[];
  color: boolean | undefined;
  fix: boolean;
  fixDryRun: boolean;
  /** `--fix-type date,typo`: rule categories (and `directive`) whose fixes apply. */
  fixType?: string[];
  locale: 'ja' | 'en';
  config?: string;
  configLookup: boolean;
  asOf?: string;
  errorOnUnmatchedPattern: boolean;
  stdin: boolean;
  stdinFilename?: string;
  printConfig?: string;
  /** `--report-unused-disable-directives`: report them as errors (ESLint's flag). */
  reportUnusedDisableDirectives?: boolean;
  /** `--report-unused-disable-directives-severity off|warn|error` (or 0/1/2). */
  reportUnusedDisableDirectivesSeverity?: string;
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
  passOnUnprunedSuppressions?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
  shard?: string;
}


/** `--as-of today` means the date of the run. */
function resolveAsOfFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === 'today') return todayInJapan();
  if (!isCalendarDate(value)) {
    throw new ConfigError(`--as-of は YYYY-MM-DD か today です / --as-of takes YYYY-MM-DD or today (got ${value})`);
  }
  return value;
}

function unusedDirectivesFlag(args: LintArgs): 'off' | 'warn' | 'error' | undefined {
  const value = args.reportUnusedDisableDirectivesSeverity;
  if (value !== undefined) {
    const map: Record<string, 'off' | 'warn' | 'error'> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };
    const severity = map[value];
    if (!severity) {
      throw new Error(`--report-unused-disable-directives-severity は off / warn / error です / takes off, warn or error (got ${value})`);
    }
    return severity;
  }
  return args.reportUnusedDisableDirectives ? 'error' : undefined;
}

function onlyErrors(results: LintResult[]): LintResult[] {
  return results.map((r) => {
    const messages = r.messages.filter((m) => m.severity === 2);
    return { ...r, messages, warningCount: 0, infoCount: 0, fixableWarningCount: 0 };
  });
}

/** Flag combinations that cannot work, found before any file is read (exit 2, as ESLint's). */
function checkFlagCombinations(args: LintArgs, formats: string[]): void {
  if (!Number.isInteger(args.maxWarnings)) {
    throw new Error(`--max-warnings は整数です / --max-warnings takes a whole number (got ${String(args.maxWarnings)})`);
  }
  if (args.fix && args.fixDryRun) throw new Error('--fix と --fix-dry-run は同時に使えません / --fix and --fix-dry-run cannot be used together');
  if ((args.fixType?.length ?? 0) > 0 && !args.fix && !args.fixDryRun) {
    throw new Error('--fix-type には --fix か --fix-dry-run が必要です / --fix-type requires --fix or --fix-dry-run');
  }
  if (args.outputFile.length > formats.length) {
    throw new Error('-o (--output-file) の数が --format より多すぎます / more --output-file than --format values');
  }
  for (const name of formats) {
    if (!getFormatter(name)) throw new Error(`不明な出力形式です / unknown format "${name}"`);
  }
  if (args.suppressAll && (args.suppressRule?.length ?? 0) > 0) {
    throw new Error('--suppress-all と --suppress-rule は同時に使えません / --suppress-all and --suppress-rule cannot be used together');
  }
  if ((args.suppressAll || (args.suppressRule?.length ?? 0) > 0) && args.pruneSuppressions) {
    throw new Error('--prune-suppressions は --suppress-all / --suppress-rule と同時に使えません / --prune-suppressions cannot be combined with --suppress-all or --suppress-rule');
  }
  // Namespaced ids (plugins, declarative rules) are known only once configs are read: checked after linting.
  for (const rule of args.suppressRule ?? []) {
    if (!rule.includes('/') && !builtinRules.has(rule)) throw new Error(`--suppress-rule: ルール「${rule}」は存在しません / unknown rule "${rule}"`);
  }
}

export async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  let progress: Progress | undefined;
  try {
    const formats = args.format.length > 0 ? args.format : ['stylish'];
    checkFlagCombinations(args, formats);
    const cliRules = parseRuleFlags(args.rule);
    const asOf = resolveAsOfFlag(args.asOf);
    const fixTypes = parseFixTypes(args.fixType ?? []);
    const unusedDirectives = unusedDirectivesFlag(args);
    const common = {
      cwd: io.cwd,
      ...(args.config ? { configFile: args.config } : {}),
      noConfigLookup: !args.configLookup,
      cliRules,
      ...(asOf ? { asOf } : {}),
      locale: args.locale,
      ...(unusedDirectives ? { reportUnusedDisableDirectives: unusedDirectives } : {}),
      rules: builtinRules,
    };
    if (args.printConfig !== undefined) {
      const config = await new ConfigLoader(common).forFileAsync(args.printConfig);
      io.stdout(JSON.stringify(config, null, 2) + '\n');
      return EXIT.ok;
    }
    const fix = args.fixDryRun ? ('dry-run' as const) : args.fix ? ('write' as const) : undefined;
    // A diff of the fixes goes to stdout only where it cannot corrupt a machine-readable report.
    const stdoutFormats = formats.filter((_, i) => args.outputFile[i] === undefined);
    const wantPatches = args.fixDryRun && stdoutFormats.every((f) => f === 'stylish');
    let results: LintResult[];
    let rulesMeta: Record<string, RuleMeta>;
    let patches: { filePath: string; patch: string }[] = [];
    if (args.stdin) {
      const filePath = path.resolve(io.cwd, args.stdinFilename ?? 'stdin.json');
      const loader = new ConfigLoader(common);
      const config = linterConfigOf(await loader.forFileAsync(filePath), todayInJapan());
      const rules = loader.rulesFor(filePath);
      const text = await io.readStdin();
      const outcome = await lintOneFile(
        { path: filePath, explicit: true, config, bytes: Buffer.from(text, 'utf8') },
        { cwd: io.cwd, ...(fix ? { fix: 'dry-run' as const } : {}), ...(fixTypes.length > 0 ? { fixTypes } : {}), patch: wantPatches },
        rules,
      );
      results = outcome.result ? [outcome.result] : [];
      if (outcome.patch) patches = [{ filePath, patch: outcome.patch }];
      rulesMeta = rulesMetaOf(rules);
      // --fix on standard input cannot write a file: the fixed text goes to stdout instead.
      if (args.fix) {
        io.stdout(outcome.result?.output ?? text);
        return outcome.result && outcome.result.errorCount > 0 ? EXIT.problems : EXIT.ok;
      }
    } else {
      const outcome = await lintFiles({
        ...common,
        patterns: args.patterns,
        ...(fix ? { fix } : {}),
        ...(fixTypes.length > 0 ? { fixTypes } : {}),
        patches: wantPatches,
        cache: args.cache ?? false,
        ...(args.baseRef ? { baseRef: args.baseRef } : {}),
        ...(args.cacheLocation ? { cacheLocation: args.cacheLocation } : {}),
        concurrency: parseConcurrency(args.concurrency),
        ...(args.shard ? { shard: parseShard(args.shard) } : {}),
        onProgress: (done, total) => {
          progress ??= createProgress(total, { write: io.stderr, isTTY: io.stderrIsTTY ?? false, columns: io.stderrColumns, env: io.env });
          progress.tick(done);
        },
      });
      progress?.finish();
      if (outcome.unmatched.length > 0 && args.errorOnUnmatchedPattern) {
        io.stderr(
          args.locale === 'en'
            ? `pialint: no files matching ${outcome.unmatched.map((p) => `"${p}"`).join(', ')} were found (--no-error-on-unmatched-pattern allows this).\n`
            : `pialint: ${outcome.unmatched.map((p) => `「${p}」`).join('、')} に一致するファイルがありません（許すには --no-error-on-unmatched-pattern）。 / no files matching ${outcome.unmatched.map((p) => `"${p}"`).join(', ')} were found.\n`,
        );
        return EXIT.fatal;
      }
      results = outcome.results;
      rulesMeta = outcome.rulesMeta;
      patches = outcome.patches;
      if (results.length === 0) {
        // Not an error (a walk skips what is not an assessment), but silence would look like success.
        io.stderr(
          args.locale === 'en'
            ? 'pialint: no assessments were found (JSON with "meta.kind", or renderings with the form\'s title).\n'
            : 'pialint: 評価書が見つかりませんでした（"meta.kind" のある JSON、または様式の表題のある表示形式が対象です）。\n',
        );
      }
    }

    for (const rule of args.suppressRule ?? []) {
      if (!rulesMeta[rule]) throw new Error(`--suppress-rule: ルール「${rule}」は存在しません / unknown rule "${rule}"`);
    }
    const baseline = Suppressions.load(path.resolve(io.cwd, args.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_LOCATION));
    const suppressRules = args.suppressRule ?? [];
    if (args.suppressAll || suppressRules.length > 0) {
      baseline.record(results, args.suppressAll ? undefined : new Set(suppressRules));
      baseline.save();
    } else if (args.pruneSuppressions) {
      baseline.prune(results);
      baseline.save();
    }
    const applied = baseline.apply(results);
    results = applied.results;

    const shown = args.quiet ? onlyErrors(results) : results;
    const context: FormatterContext = {
      cwd: io.cwd,
      rulesMeta,
      locale: args.locale,
      color: args.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR),
      version: packageVersion(),
    };
    for (const { patch } of patches) io.stdout(patch.endsWith('\n') ? patch : `${patch}\n`);
    formats.forEach((name, i) => {
      const formatter = getFormatter(name)!;
      const target = args.outputFile[i];
      const text = formatter(shown, target ? { ...context, color: false } : context);
      if (target) {
        const file = path.resolve(io.cwd, target);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileAtomic(file, text);
      } else if (text) {
        io.stdout(text.endsWith('\n') ? text : text + '\n');
      }
    });

    if (applied.unused.length > 0 && !args.passOnUnprunedSuppressions) {
      const list = applied.unused.slice(0, 10).map((u) => `  ${u.file}: ${u.rule} (${u.unused})`);
      if (applied.unused.length > 10) list.push(`  … (+${applied.unused.length - 10})`);
      io.stderr(
        `pialint: ${path.relative(io.cwd, baseline.file) || baseline.file} に、もう起きない指摘の抑止が残っています。--prune-suppressions で取り除いてください。\n` +
          `There are suppressions left that do not occur anymore; re-run with --prune-suppressions (or pass --pass-on-unpruned-suppressions).\n${list.join('\n')}\n`,
      );
      return EXIT.fatal;
    }
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    if (errors > 0) return EXIT.problems;
    if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
      io.stderr(
        args.locale === 'en'
          ? `pialint found too many warnings (maximum: ${args.maxWarnings}).\n`
          : `警告が多すぎます (上限: ${args.maxWarnings})。\n`,
      );
      return EXIT.problems;
    }
    return EXIT.ok;
  } catch (error) {
    progress?.finish();
    if (error instanceof ConfigError) {
      io.stderr(`pialint: 設定エラー / configuration error: ${error.describe((file) => (path.isAbsolute(file) ? path.relative(io.cwd, file) || file : file))}\n`);
      return EXIT.fatal;
    }
    io.stderr(`pialint: ${(error as Error).message}\n`);
    return EXIT.fatal;
  }
}
