import type { Kind } from './kinds.js';

/**
 * The value model of catalogue §1.4. Three states stay distinct:
 * missing (the key is absent: `undefined`), empty (`null`), explicitly nothing (a dash string, kept raw).
 */
export type TextValue = string | null;

/** A single choice: the option name (ASCII, catalogue §4) and the printed text. */
export interface ChoiceValue {
  value: string | null;
  raw?: string | null;
}

/** One box of a checks list. `checked: null` means the state could not be recovered. */
export interface CheckBox {
  checked: boolean | null;
  text?: string | null;
}

export type ChecksValue = Record<string, CheckBox>;

export interface DateValue {
  raw: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the form value is year-month only; null when unreadable. */
  iso: string | null;
}

export type CountValue = number | null;

/** The dashes that mean "explicitly nothing" (catalogue §1.4). */
export const DASHES: readonly string[] = ['\u2014', '\uFF0D', '\u2015', '-'];

export function isDash(value: unknown): boolean {
  return typeof value === 'string' && DASHES.includes(value.trim());
}

/** A value that carries content: not missing, not null, not a dash, not blank. */
export function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '' && !isDash(value);
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('value' in v) return v.value !== null && v.value !== undefined;
    if ('iso' in v || 'raw' in v) return hasContent(v.raw);
    return Object.keys(v).length > 0;
  }
  return true;
}

export function isChoiceValue(value: unknown): value is ChoiceValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value;
}

export function isDateValue(value: unknown): value is DateValue {
  return typeof value === 'object' && value !== null && 'raw' in value && 'iso' in value;
}

export function isCheckBox(value: unknown): value is CheckBox {
  return typeof value === 'object' && value !== null && 'checked' in value;
}

/** An assessment document as JSON: keys are the segments of the canonical field ids (see field-id.ts). */
export interface Assessment {
  $schema?: string;
  meta: { kind: Kind; [key: string]: unknown };
  [section: string]: unknown;
}
