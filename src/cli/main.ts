import type { Argv } from 'yargs';
import { EXIT, processIO, type CliIO } from './io.js';
import { packageVersion } from './version.js';
import { repeatable } from './repeatable-option.js';

const LOCALES = ['ja', 'en'] as const;

function defaultLocale(io: CliIO): 'ja' | 'en' {
  const env = io.env.PIALINT_LOCALE;
  return env === 'en' ? 'en' : 'ja';
}

/**
 * The CLI only parses and prints (ESLint's lib/cli.js); each command lives in commands/ and is
 * loaded on demand so that `pialint --version` stays close to bare node.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const { default: yargs } = await import('yargs');
  let pending: (() => Promise<number>) | undefined;
  let failed = false;
  const locale = defaultLocale(io);
  const withLocale = <T>(y: Argv<T>) =>
    y.option('locale', { choices: LOCALES, default: locale, describe: 'メッセージの言語 / message language' });

  const parser = yargs(argv)
    .scriptName('pialint')
    .usage('$0 [files|dirs|globs..] — 特定個人情報保護評価書を検査します / lints PIA documents')
    .version(packageVersion())
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      failed = true;
      io.stderr(`pialint: ${error?.message ?? message}\n\n`);
      io.stderr(`pialint --help で使い方を表示します / see pialint --help\n`);
    })
    .command(
      '$0 [patterns..]',
      '評価書を検査する / lint assessments (.json, .jsonc, .md, .txt)',
      (y) =>
        withLocale(y)
          .positional('patterns', { type: 'string', array: true, default: [] as string[] })
          .option('format', { alias: 'f', type: 'string', default: [] as string[], coerce: repeatable, describe: 'stylish | json | sarif | github | junit | checkstyle (repeatable)' })
          .option('output-file', { alias: 'o', type: 'string', default: [] as string[], coerce: repeatable, describe: 'write the n-th --format to this file' })
          .option('quiet', { type: 'boolean', default: false, describe: 'report errors only' })
          .option('max-warnings', { type: 'number', default: -1, describe: 'exit 1 when warnings exceed this number' })
          .option('rule', { type: 'string', default: [] as string[], coerce: repeatable, describe: 'rule-id:severity or JSON' })
          .option('color', { type: 'boolean', describe: 'force or disable color (--no-color)' })
          .option('fix', { type: 'boolean', default: false, describe: '修正を適用して書き込む / apply fixes and write the files' })
          .option('fix-dry-run', { type: 'boolean', default: false, describe: '書き込まずに修正の差分を示す / show fixes (a diff, or "output" in json) without writing' })
          .option('fix-type', { type: 'string', default: [] as string[], coerce: repeatable, describe: 'rule categories whose fixes apply (date,typo,…,directive)' })
          .option('config', { alias: 'c', type: 'string', describe: 'use this config file' })
          .option('config-lookup', { type: 'boolean', default: true, describe: 'look up pialint.config.json (--no-config-lookup)' })
          .option('as-of', { type: 'string', describe: 'YYYY-MM-DD | today: the date the law is checked at' })
          .option('base-ref', { type: 'string', describe: 'git ref of the previous version: report changes missing from 変更箇所' })
          .option('report-unused-disable-directives', { type: 'boolean', default: false, describe: '使われていないディレクティブをエラーにする / report unused pialint-disable directives as errors' })
          .option('report-unused-disable-directives-severity', { type: 'string', describe: 'off | warn | error: severity of unused directives' })
          .option('suppress-all', { type: 'boolean', default: false, describe: '現在のエラーをすべて抑止ファイルに記録する / record every current error in the suppressions file' })
          .option('suppress-rule', { type: 'string', default: [] as string[], coerce: repeatable, describe: 'record the current errors of this rule (repeatable)' })
          .option('prune-suppressions', { type: 'boolean', default: false, describe: 'remove suppressions that no longer occur' })
          .option('suppressions-location', { type: 'string', describe: 'the suppressions file (default pialint-suppressions.json)' })
          .option('pass-on-unpruned-suppressions', { type: 'boolean', default: false, describe: 'do not exit 2 for suppressions that no longer occur' })
          .option('cache', { type: 'boolean', default: false, describe: '変更のないファイルの結果を再利用する / reuse results of unchanged files' })
          .option('cache-location', { type: 'string', describe: 'cache file or directory (default .pialintcache)' })
          .option('concurrency', { type: 'string', describe: 'auto | off | N: lint in N worker threads' })
          .option('shard', { type: 'string', describe: 'i/n: lint only the i-th of n parts of the files (CI matrices)' })
          .option('error-on-unmatched-pattern', { type: 'boolean', default: true })
          .option('stdin', { type: 'boolean', default: false, describe: 'lint text from standard input' })
          .option('stdin-filename', { type: 'string', describe: 'file name for --stdin' })
          .option('print-config', { type: 'string', describe: 'print the config that applies to FILE' }),
      (a) => {
        // Run only once the whole command line has parsed: an unknown option must stop before any file is touched.
        pending = async () => {
          const { runLint } = await import('./commands/lint.js');
          return runLint(
            {
              patterns: (a.patterns as string[]) ?? [],
              format: a.format,
              outputFile: a['output-file'],
              quiet: a.quiet,
              maxWarnings: a['max-warnings'],
              rule: a.rule,
              color: a.color,
              fix: a.fix,
              fixDryRun: a['fix-dry-run'],
              fixType: a['fix-type'],
              locale: a.locale,
              ...(a.config ? { config: a.config } : {}),
              configLookup: a['config-lookup'],
              ...(a['as-of'] ? { asOf: a['as-of'] } : {}),
              ...(a['base-ref'] ? { baseRef: a['base-ref'] } : {}),
              errorOnUnmatchedPattern: a['error-on-unmatched-pattern'],
              stdin: a.stdin,
              ...(a['stdin-filename'] ? { stdinFilename: a['stdin-filename'] } : {}),
              ...(a['print-config'] !== undefined ? { printConfig: a['print-config'] } : {}),
              reportUnusedDisableDirectives: a['report-unused-disable-directives'],
              ...(a['report-unused-disable-directives-severity'] !== undefined
                ? { reportUnusedDisableDirectivesSeverity: a['report-unused-disable-directives-severity'] }
                : {}),
              suppressAll: a['suppress-all'],
              suppressRule: a['suppress-rule'],
              pruneSuppressions: a['prune-suppressions'],
              ...(a['suppressions-location'] ? { suppressionsLocation: a['suppressions-location'] } : {}),
              passOnUnprunedSuppressions: a['pass-on-unpruned-suppressions'],
              cache: a.cache,
              ...(a['cache-location'] ? { cacheLocation: a['cache-location'] } : {}),
              ...(a.concurrency !== undefined ? { concurrency: a.concurrency } : {}),
              ...(a.shard !== undefined ? { shard: a.shard } : {}),
            },
            io,
          );
        };
      },
    )
    .command(
      'rules',
      'ルールの一覧 / list the rules',
      (y) =>
        withLocale(y)
          .option('format', { choices: ['stylish', 'json'] as const, default: 'stylish' as const })
          .option('config', { alias: 'c', type: 'string', describe: 'list the rules this config adds too (plugins, customRules)' })
          .option('config-lookup', { type: 'boolean', default: true, describe: 'look up pialint.config.json from the working directory (--no-config-lookup)' }),
      (a) => {
        // Run only once the whole command line has parsed: an unknown option must stop before any file is touched.
        pending = async () => {
          const { runRules } = await import('./commands/rules.js');
          return runRules({ format: a.format, locale: a.locale, ...(a.config ? { config: a.config } : {}), configLookup: a['config-lookup'] }, io);
        };
      },
    )
    .command(
      'import <file>',
      '公表された評価書の表示形式 (markdown / PDF テキスト) を JSON に変換する / import a rendering',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true })
          .option('output', { alias: 'o', type: 'string', describe: 'write the JSON here' })
          .option('format', { choices: ['json', 'fields'] as const, default: 'json' as const }),
      (a) => {
        // Run only once the whole command line has parsed: an unknown option must stop before any file is touched.
        pending = async () => {
          const { runImport } = await import('./commands/import.js');
          return runImport({ file: a.file, format: a.format, ...(a.output ? { output: a.output } : {}) }, io);
        };
      },
    )
    .command(
      'changes <files..>',
      '2つの版を比べて変更箇所の行を作る / propose 変更箇所 rows from two versions',
      (y) =>
        withLocale(y)
          .positional('files', { type: 'string', array: true, demandOption: true, describe: 'OLD NEW, or FILE with --since' })
          .option('since', { type: 'string', describe: 'git ref of the old version of FILE' })
          .option('date', { type: 'string', describe: 'YYYY-MM-DD: the 変更日 of the rows' })
          .option('format', { choices: ['json', 'markdown', 'csv'] as const, default: 'markdown' as const }),
      (a) => {
        // Run only once the whole command line has parsed: an unknown option must stop before any file is touched.
        pending = async () => {
          const { runChanges } = await import('./commands/changes.js');
          const files = a.files as string[];
          if (a.since ? files.length !== 1 : files.length !== 2) {
            throw new Error(a.since ? '--since takes one FILE / --since には FILE を1つ指定します' : 'changes takes OLD NEW / OLD と NEW を指定します');
          }
          return runChanges(
            {
              ...(a.since ? { since: a.since, new: files[0]! } : { old: files[0]!, new: files[1]! }),
              ...(a.date ? { date: a.date } : {}),
              format: a.format,
              locale: a.locale,
            },
            io,
          );
        };
      },
    )
    .command(
      'citations [text]',
      '文章中の法令の引用を基準日で確認する / check the law citations in a text',
      (y) =>
        withLocale(y)
          .positional('text', { type: 'string', describe: 'the text, or - for standard input' })
          .option('as-of', { type: 'string', describe: 'YYYY-MM-DD | today' })
          .option('format', { choices: ['stylish', 'json'] as const, default: 'stylish' as const }),
      (a) => {
        // Run only once the whole command line has parsed: an unknown option must stop before any file is touched.
        pending = async () => {
          const { runCitations } = await import('./commands/citations.js');
          return runCitations({ text: a.text ?? '-', format: a.format, locale: a.locale, ...(a['as-of'] ? { asOf: a['as-of'] } : {}) }, io);
        };
      },
    )
    .command(
      'lsp',
      'エディタ向けの言語サーバーを起動する / start the language server',
      (y) => y.option('stdio', { type: 'boolean', default: true, describe: 'talk LSP over stdin/stdout' }),
      (a) => {
        // Run only once the whole command line has parsed: an unknown option must stop before any file is touched.
        pending = async () => {
          const { runLsp } = await import('./commands/lsp.js');
          return runLsp({ stdio: a.stdio });
        };
      },
    )
    .help()
    .alias('help', 'h')
    .wrap(Math.min(120, process.stdout.columns ?? 100));

  try {
    await parser.parseAsync();
    if (!failed && pending) return await pending();
  } catch (error) {
    if (!failed) io.stderr(`pialint: ${(error as Error).message}\n`);
    return EXIT.fatal;
  }
  return failed ? EXIT.fatal : EXIT.ok;
}
