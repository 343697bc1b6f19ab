/**
 * Refuses regular expressions that can backtrack catastrophically, before a declarative rule uses
 * them. The analysis is recheck's (https://makenowjust-labs.github.io/recheck/): it decides, for the
 * pattern and its flags, whether matching can take exponential or polynomial time, and builds an
 * attack string when it can. Refused: exponential ones, polynomial ones of degree 3 or more, and any
 * that cannot be shown safe within the time limit. Quadratic ones pass: a field's text is a few
 * thousand characters at most, so quadratic matching stays in milliseconds, and the common
 * `.*term.*` phrasing is quadratic.
 *
 * recheck runs here in its pure-JavaScript backend, in this thread and synchronously (no native
 * binary, no Java, no worker), so a config check gives the same answer everywhere. It is loaded only
 * when a config has a pattern.
 */
import { createRequire } from 'node:module';

interface RecheckDiagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: 'safe' | 'constant' | 'linear' | 'polynomial' | 'exponential'; degree?: number; summary: string };
  attack?: { pattern: string };
  error?: { kind: string; message?: string };
}

type CheckSync = (source: string, flags: string, params?: Record<string, unknown>) => RecheckDiagnostics;

/** How long one pattern may be analysed (recheck stops and answers "unknown" after it). */
const CHECK_TIMEOUT_MS = 5000;
/** Polynomial matching of this degree or more is refused. */
const MAX_POLYNOMIAL_DEGREE = 3;

let checkSync: CheckSync | undefined;

function checker(): CheckSync {
  if (!checkSync) {
    // recheck picks its synchronous backend from this variable; "pure" keeps the check in-process.
    process.env.RECHECK_SYNC_BACKEND ??= 'pure';
    const require = createRequire(import.meta.url);
    checkSync = (require('recheck') as { checkSync: CheckSync }).checkSync;
  }
  return checkSync;
}

const verdicts = new Map<string, string | undefined>();

/**
 * Why a pattern is refused (Japanese / English, with recheck's attack string), or undefined when it
 * is safe to run on document text. `flags` are the flags the rule compiles it with (always `u`).
 */
export function regexSafetyProblem(source: string, flags: string): string | undefined {
  const key = `${flags}\u0000${source}`;
  if (verdicts.has(key)) return verdicts.get(key);
  const result = checker()(source, flags, { timeout: CHECK_TIMEOUT_MS, randomSeed: 0 });
  let problem: string | undefined;
  const attack = result.attack ? ` 例 / e.g. ${result.attack.pattern.length > 80 ? `${result.attack.pattern.slice(0, 77)}...` : result.attack.pattern}` : '';
  if (result.status === 'unknown') {
    problem =
      result.error?.kind === 'timeout'
        ? `正規表現 /${source}/ が安全か時間内に確かめられませんでした。もっと単純な形にしてください / could not show /${source}/ safe from catastrophic backtracking in time: simplify it`
        : `正規表現 /${source}/ を検査できません / cannot analyse /${source}/ (${result.error?.kind ?? 'unknown'}${result.error?.message ? `: ${result.error.message}` : ''})`;
  } else if (result.status === 'vulnerable' && result.complexity) {
    const { type, degree, summary } = result.complexity;
    if (type === 'exponential' || (type === 'polynomial' && (degree ?? 0) >= MAX_POLYNOMIAL_DEGREE)) {
      problem =
        `正規表現 /${source}/ は破滅的なバックトラックを起こします (${type === 'exponential' ? '指数時間' : `${degree} 次の多項式時間`})。` +
        `繰り返しの入れ子 ((a+)+) や重なる選択肢 ((a|a)*) を避けてください / /${source}/ can backtrack catastrophically (${summary}): ` +
        `avoid nested repetition like (a+)+ and overlapping alternatives like (a|a)*.${attack}`;
    }
  }
  verdicts.set(key, problem);
  return problem;
}
