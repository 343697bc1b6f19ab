/**
 * How declarative rules read a field's value (pure): its state (missing, empty, dash, filled), its
 * printed text, and whether it equals a scalar from a condition or an enum. A choice is compared by
 * its option name or its printed text, a date by ISO date or printed text, a box by its checked state.
 */
import { isCheckBox, isChoiceValue, isDash, isDateValue } from '../model/values.js';
import type { DeclarativeScalar } from './declarative-types.js';

export type ValueState = 'missing' | 'empty' | 'dash' | 'filled';

export function valueState(value: unknown): ValueState {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (typeof value === 'string') return value.trim() === '' ? 'empty' : isDash(value) ? 'dash' : 'filled';
  if (Array.isArray(value)) {
    const states = value.map(valueState);
    return states.includes('filled') ? 'filled' : states.includes('dash') ? 'dash' : 'empty';
  }
  if (isChoiceValue(value)) return value.value === null || value.value === undefined ? (typeof value.raw === 'string' && value.raw.trim() !== '' ? 'filled' : 'empty') : 'filled';
  if (isDateValue(value)) return valueState(value.raw);
  if (isCheckBox(value)) return value.checked === null ? 'empty' : 'filled';
  return 'filled';
}

/** The text a field prints: a text as is, a choice's or date's printed text, a count as digits; undefined otherwise. */
export function valueText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isChoiceValue(value) || isDateValue(value)) return typeof value.raw === 'string' ? value.raw : undefined;
  if (isCheckBox(value)) return typeof value.text === 'string' ? value.text : undefined;
  return undefined;
}

/** Whether a field's value is `expected` (a condition's `equals`, an enum entry). */
export function valueEquals(value: unknown, expected: DeclarativeScalar): boolean {
  if (value === undefined || value === null) return false;
  if (isChoiceValue(value)) return value.value === expected || (typeof value.raw === 'string' && value.raw.trim() === expected);
  if (isDateValue(value)) return value.iso === expected || (typeof value.raw === 'string' && value.raw.trim() === expected);
  if (isCheckBox(value)) return value.checked === expected;
  if (typeof value === 'string') return value.trim() === (typeof expected === 'string' ? expected.trim() : String(expected));
  if (typeof value === 'number') return value === expected || String(value) === expected;
  if (typeof value === 'boolean') return value === expected;
  return false;
}

/** Text for comparing two fields: NFKC (full-width spaces and digits fold), whitespace runs as one space, trimmed. */
export function comparableText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Length in code points (what a reader counts as characters). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The UTF-16 index of the `count`-th code point (for a span starting after `maxLength` characters). */
export function codePointOffset(text: string, count: number): number {
  let offset = 0;
  let n = 0;
  for (const ch of text) {
    if (n === count) return offset;
    offset += ch.length;
    n++;
  }
  return offset;
}
