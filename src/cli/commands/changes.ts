import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diffAssessments, formatRows, proposeRows, type ChangesFormat } from '../../changes/index.js';
import { isKind, type Kind } from '../../model/kinds.js';
import type { Assessment } from '../../model/values.js';
import { decodeBuffer } from '../../sources/encoding.js';
import { createSource } from '../../sources/read-source.js';
import type { DecodedText } from '../../sources/types.js';
import { EXIT, type CliIO } from '../io.js';

export interface ChangesArgs {
  /** The old version (a file); omitted with `since`. */
  old?: string;
  /** The new version (a file). */
  new: string;
  /** Compare `new` with its version at this git ref instead of with `old`. */
  since?: string;
  /** 変更日 of the rows (YYYY-MM-DD); today by default. */
  date?: string;
  format: ChangesFormat;
  locale: 'ja' | 'en';
}

/** A usage or input problem, reported on stderr with exit code 2. */
class ChangesError extends Error {}

function bilingual(ja: string, en: string): string {
  return `${ja} / ${en}`;
}

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git without a shell (arguments are passed as they are: a ref cannot inject options or commands). */
function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new ChangesError(bilingual(`git を実行できません: ${error.message}`, `cannot run git: ${error.message}`)));
        return;
      }
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr: stderr.toString('utf8').trim() });
    });
  });
}

/**
 * The text of `filePath` as it was at git `ref`, decoded like a file on disk (UTF-8, UTF-16 or
 * Shift_JIS); undefined when the file did not exist at that ref (a new document). Throws when the
 * file is not in a git work tree or the ref does not exist. Used by `changes --since` and by
 * `lint --base-ref`.
 */
export async function readGitVersion(filePath: string, ref: string): Promise<string | undefined> {
  const absolute = path.resolve(filePath);
  const dir = path.dirname(absolute);
  if (ref.startsWith('-')) {
    throw new ChangesError(bilingual(`git の参照として使えません: ${ref}`, `not a usable git ref: ${ref}`));
  }
  const inside = await git(['rev-parse', '--is-inside-work-tree'], dir);
  if (inside.code !== 0) {
    throw new ChangesError(bilingual(`${filePath} は git の作業ツリーにありません`, `${filePath} is not inside a git work tree`));
  }
  const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], dir);
  if (commit.code !== 0) {
    throw new ChangesError(bilingual(`git の参照 ${ref} が見つかりません`, `git ref ${ref} not found`));
  }
  // `<rev>:./<name>` is relative to the working directory, so no repository-root arithmetic is needed
  // (and symlinked temporary directories cannot confuse it).
  const object = `${ref}:./${path.basename(absolute)}`;
  const exists = await git(['cat-file', '-e', object], dir);
  if (exists.code !== 0) return undefined;
  const shown = await git(['show', object], dir);
  if (shown.code !== 0) {
    throw new ChangesError(bilingual(`git show ${object} に失敗しました: ${shown.stderr}`, `git show ${object} failed: ${shown.stderr}`));
  }
  return decodeBuffer(shown.stdout).text;
}

async function readAssessment(filePath: string, decoded: DecodedText, locale: 'ja' | 'en', what: string): Promise<Assessment> {
  const doc = await createSource(filePath, decoded, locale);
  const fatal = doc.parseMessages.find((m) => m.fatal);
  if (fatal || !doc.assessment) {
    const detail = fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : '';
    throw new ChangesError(bilingual(`${what}を評価書として読めません: ${detail}`, `cannot read ${filePath} as an assessment: ${detail}`));
  }
  return doc.assessment;
}

async function readFileVersion(cwd: string, file: string, locale: 'ja' | 'en', what: string): Promise<Assessment> {
  const absolute = path.resolve(cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch {
    throw new ChangesError(bilingual(`ファイルがありません: ${file}`, `no such file: ${file}`));
  }
  return readAssessment(absolute, decodeBuffer(bytes), locale, what);
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function checkDate(date: string | undefined): string {
  if (date === undefined) return localToday();
  const time = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  // Date.parse rolls 2024-02-30 over to March: the round trip rejects it.
  const valid = !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
  if (!valid) throw new ChangesError(bilingual(`--date は YYYY-MM-DD で指定します: ${date}`, `--date takes YYYY-MM-DD: ${date}`));
  return date;
}

/**
 * `pialint changes OLD NEW` / `pialint changes FILE --since <ref>`: compares two versions of an
 * assessment and prints proposed 変更箇所 rows (json, markdown or csv). Exit 0 with the rows (none
 * when nothing changed), 2 on a usage or input error.
 */
export async function runChanges(args: ChangesArgs, io: CliIO): Promise<number> {
  try {
    if (args.since !== undefined && args.old !== undefined) {
      throw new ChangesError(bilingual('--since を使うときはファイルを1つだけ指定します', 'with --since, give one file'));
    }
    if (args.since === undefined && args.old === undefined) {
      throw new ChangesError(bilingual('比較する2つのファイル (OLD NEW) か、ファイルと --since <ref> を指定します', 'give two files (OLD NEW), or one file and --since <ref>'));
    }
    const date = checkDate(args.date);
    const newPath = path.resolve(io.cwd, args.new);
    const after = await readFileVersion(io.cwd, args.new, args.locale, '新しい版');
    let before: Assessment;
    if (args.since !== undefined) {
      const text = await readGitVersion(newPath, args.since);
      if (text === undefined) {
        throw new ChangesError(bilingual(`${args.new} は ${args.since} の時点の git にありません`, `${args.new} does not exist at ${args.since}`));
      }
      before = await readAssessment(newPath, { text, encoding: 'utf8', bom: false }, args.locale, `${args.since} の版`);
    } else {
      before = await readFileVersion(io.cwd, args.old!, args.locale, '古い版');
    }
    const kind: Kind = isKind(after.meta?.kind) ? after.meta.kind : 'juten';
    if (isKind(before.meta?.kind) && before.meta.kind !== kind) {
      io.stderr(
        `pialint: ${bilingual(
          `評価書の種類が ${before.meta.kind} から ${kind} に変わっています（新しい評価書として扱うべき変更です）。${kind} の様式で比較します`,
          `the kind changed from ${before.meta.kind} to ${kind} (usually a new assessment); comparing with the ${kind} form`,
        )}\n`,
      );
    }
    const changes = diffAssessments(before, after, kind, { locale: args.locale });
    const rows = proposeRows(changes, { date, locale: args.locale });
    io.stdout(formatRows(rows, args.format, args.locale));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ChangesError) {
      io.stderr(`pialint: ${error.message}\n`);
      return EXIT.fatal;
    }
    throw error;
  }
}
