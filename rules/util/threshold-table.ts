/**
 * The しきい値判断 of 指針第5の2 (law-and-rules.md §2.2): from 対象人数, 取扱者数 (≥ 500?) and a 重大事故
 * in the past year, which evaluations are mandatory. The option names are shared across the
 * THRESHOLD_* enums (catalogue §4.1), so one table serves every kind.
 *
 * Rows below 1万人 (other than < 1,000人) and the 1万–10万人 rows are [M] in law-and-rules §2.2:
 * a conclusion from them is marked unverified, and the rule reports it as a warning.
 */

export type ThresholdResult = 'notRequired' | 'kisoOnly' | 'kisoAndJuten' | 'kisoAndZenko';

export const RESULT_RANK: Readonly<Record<ThresholdResult, number>> = { notRequired: 0, kisoOnly: 1, kisoAndJuten: 2, kisoAndZenko: 3 };

export function isThresholdResult(value: unknown): value is ThresholdResult {
  return typeof value === 'string' && value in RESULT_RANK;
}

export interface ThresholdInputs {
  /** TARGET_COUNT / KISO_TARGET option name. */
  target: string | null;
  /** 取扱者数 500人以上: true, false, or null when the document does not let us tell. */
  handlers500: boolean | null;
  /** 過去1年以内の重大事故: true, false, or null. */
  incident: boolean | null;
}

export interface Expectation {
  result: ThresholdResult;
  /** The table row is verified (law-and-rules [V]); otherwise [M]. */
  verified: boolean;
}

/** The result the inputs require, or undefined when they do not decide it. */
export function expectedResult(inputs: ThresholdInputs): Expectation | undefined {
  const either = inputs.handlers500 === true || inputs.incident === true ? true : inputs.handlers500 === false && inputs.incident === false ? false : null;
  switch (inputs.target) {
    case 'lt1k':
      return { result: 'notRequired', verified: true };
    case 'from1kTo10k':
      return { result: 'kisoOnly', verified: false };
    case 'from10kTo100k':
      if (either === null) return undefined;
      return { result: either ? 'kisoAndJuten' : 'kisoOnly', verified: false };
    case 'from100kTo300k':
      if (either === null) return undefined;
      // The "neither" row is only partly verified (成田市): a warning.
      return either ? { result: 'kisoAndZenko', verified: true } : { result: 'kisoAndJuten', verified: false };
    case 'ge300k':
      return { result: 'kisoAndZenko', verified: true };
    default:
      return undefined;
  }
}

/** STAFF_COUNT options as closed ranges of people (upper bound Infinity for 1,000人以上). */
const STAFF_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  lt10: [0, 9],
  from10To50: [10, 49],
  from50To100: [50, 99],
  from100To500: [100, 499],
  from500To1000: [500, 999],
  ge1000: [1000, Infinity],
};

/**
 * Whether the 取扱者数 (評価実施機関 and 委託先 staff who handle the file) is 500 or more, from the
 * STAFF_COUNT answers of the form (使用者数, each 委託先における取扱者数). One answer of 500 or more
 * settles it; "fewer" needs every answer known and the sum of their upper bounds below 500 (the same
 * people may be counted twice across 委託先, so lower bounds are never added up).
 */
export function handlersAtLeast500(counts: readonly (string | null)[]): boolean | null {
  if (counts.some((c) => c !== null && (STAFF_BOUNDS[c]?.[0] ?? 0) >= 500)) return true;
  if (counts.length === 0 || counts.some((c) => c === null || STAFF_BOUNDS[c] === undefined)) return null;
  const upper = counts.reduce((sum, c) => sum + STAFF_BOUNDS[c!]![1], 0);
  return upper < 500 ? false : null;
}
