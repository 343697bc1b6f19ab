/**
 * Reading a date field as the range of days it stands for, for the rules that compare dates. The
 * printed `raw` is the source of truth (an impossible date compares with nothing: date-validity
 * reports it); `iso` is the fallback when the raw text holds no date a person could read.
 */
import type { RuleContext } from '../../src/engine/types.js';
import { getFieldValue } from '../../src/model/index.js';
import { dateProblem, isoRange, readDateCell, tokenRange } from './era-date.js';
import { isUnknownDeep } from './read.js';

type Context = Pick<RuleContext<never>, 'assessment' | 'kind' | 'locale' | 'isUnknown' | 'source'>;

export interface DateRange {
  first: string;
  last: string;
  /** The date as printed (trimmed). */
  raw: string;
  /** The span of the printed text in the field's `raw`, for reports that point at the date itself. */
  span: { start: number; end: number };
}

export function readDateRange(context: Context, id: string): DateRange | undefined {
  if (isUnknownDeep(context, id)) return undefined;
  const value = getFieldValue(context.assessment, id);
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = (value as { raw?: unknown }).raw;
  if (typeof raw !== 'string') return undefined;
  const start = raw.length - raw.trimStart().length;
  const printed = { raw: raw.trim(), span: { start, end: start + raw.trim().length } };
  const token = readDateCell(raw);
  if (token) {
    if (dateProblem(token)) return undefined;
    const range = tokenRange(token);
    // A bare year is too coarse to order anything.
    return range && token.month !== undefined ? { ...range, ...printed } : undefined;
  }
  const range = isoRange((value as { iso?: unknown }).iso);
  return range ? { ...range, ...printed } : undefined;
}

/** `a` is surely later than `b`: every day `a` may mean comes after every day `b` may mean. */
export function surelyAfter(a: { first: string }, b: { last: string }): boolean {
  return a.first > b.last;
}
