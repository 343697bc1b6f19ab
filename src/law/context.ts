/**
 * Small text helpers shared by the wording checks: the sentence around an offset, and the as-of day
 * range. Sentences end at 「。」, line breaks and tabs (table cells in renderings).
 */
import { dayRange } from './dates.js';

const SENTENCE_END = /[。\n\t]/;

/** The sentence containing [start, end), at most `limit` characters on each side. */
export function sentenceAround(text: string, start: number, end: number, limit = 80): { from: number; to: number; text: string } {
  let from = start;
  while (from > 0 && start - from < limit && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < limit && !SENTENCE_END.test(text[to]!)) to++;
  return { from, to, text: text.slice(from, to) };
}

/**
 * True when every day of `asOf` (a day, or a month) is on or after `boundary`. A month that
 * straddles the boundary is not "after" it: the wording checks stay silent rather than guess.
 */
export function whollyOnOrAfter(asOf: string, boundary: string | null): boolean {
  const range = dayRange(asOf);
  return range !== undefined && boundary !== null && range.first >= boundary;
}
