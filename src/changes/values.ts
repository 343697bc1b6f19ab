/**
 * How a field's value compares across two versions and how it reads in a 変更箇所 row: choices by
 * their printed text, checkbox lists as `[○] label（text）` lines (the way real logs write them),
 * dates by their raw text, counts as `N件`.
 */
import { boxListFor, enumFor } from '../model/index.js';
import type { FieldDef } from '../model/catalogue-types.js';
import type { Kind, Locale } from '../model/kinds.js';
import { isCheckBox, isChoiceValue, isDash, isDateValue, type CheckBox } from '../model/values.js';
import { compactText } from './formal.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function checkedBoxes(def: FieldDef, value: unknown): { name: string; box: CheckBox }[] {
  if (!isObject(value)) return [];
  const order = boxListFor(def)?.boxes.map((b) => b.name) ?? [];
  const names = [...order.filter((n) => n in value), ...Object.keys(value).filter((n) => !order.includes(n))];
  return names.flatMap((name) => {
    const box = value[name];
    if (!isCheckBox(box)) return [];
    // A box with an unrecoverable state but a filled parenthesis is meant to be checked (DEP-16).
    const meant = box.checked === true || (box.checked === null && textOf(box.text) !== null);
    return meant ? [{ name, box }] : [];
  });
}

/**
 * The value as it would be printed, or null when nothing is printed (missing, null, blank, an empty
 * list, no box checked). A dash is kept: it is "explicitly nothing", which the form prints.
 */
export function displayValue(def: FieldDef, value: unknown, kind: Kind, locale: Locale): string | null {
  if (value === undefined || value === null) return null;
  switch (def.type) {
    case 'const':
    case 'group':
      return null;
    case 'text':
      return textOf(value);
    case 'text[]': {
      const lines = (Array.isArray(value) ? value : [value]).map(textOf).filter((l): l is string => l !== null);
      return lines.length === 0 ? null : lines.join('\n');
    }
    case 'choice': {
      if (!isChoiceValue(value)) return textOf(value);
      const raw = textOf(value.raw);
      if (raw !== null) return raw;
      if (value.value === null) return null;
      return enumFor(def, kind)?.options.find((o) => o.name === value.value)?.text ?? value.value;
    }
    case 'checks': {
      const boxes = boxListFor(def)?.boxes ?? [];
      const lines = checkedBoxes(def, value).map(({ name, box }) => {
        const label = boxes.find((b) => b.name === name)?.label ?? name;
        const text = textOf(box.text);
        return text === null ? `[○] ${label}` : `[○] ${label}（${text}）`;
      });
      return lines.length === 0 ? null : lines.join('\n');
    }
    case 'check':
      if (value === true) return locale === 'en' ? 'checked' : 'チェックあり';
      if (value === false) return locale === 'en' ? 'unchecked' : 'チェックなし';
      return null;
    case 'date':
      if (isDateValue(value)) return textOf(value.raw) ?? value.iso;
      return textOf(value);
    case 'count':
      if (typeof value !== 'number') return textOf(value);
      return locale === 'en' ? String(value) : `${value}件`;
  }
}

/** Whether the same boxes are checked in both values of a checks field (their texts aside). */
export function sameCheckedBoxes(def: FieldDef, before: unknown, after: unknown): boolean {
  const names = (v: unknown) => checkedBoxes(def, v).map((b) => b.name).join();
  return names(before) === names(after);
}

/** How two values of a field compare: the same, the same but written differently, or different. */
export type Comparison = 'same' | 'notation' | 'different';

function compareTexts(a: string | null, b: string | null): Comparison {
  if (a === b) return 'same';
  const ka = a === null || isDash(a) ? '' : compactText(a);
  const kb = b === null || isDash(b) ? '' : compactText(b);
  return ka === kb ? 'notation' : 'different';
}

/**
 * Compares one field across versions. A choice compares by option name (the same option printed
 * differently is no change); a date by its ISO value (a new way of writing the same date is a
 * notation change); a checkbox list by which boxes are checked, then by their texts.
 */
export function compareValues(def: FieldDef, before: unknown, after: unknown, kind: Kind): Comparison {
  const shownBefore = displayValue(def, before, kind, 'ja');
  const shownAfter = displayValue(def, after, kind, 'ja');
  switch (def.type) {
    case 'choice':
      if (isChoiceValue(before) && isChoiceValue(after) && before.value !== null && after.value !== null) {
        return before.value === after.value ? 'same' : 'different';
      }
      return compareTexts(shownBefore, shownAfter) === 'different' ? 'different' : 'same';
    case 'date':
      if (isDateValue(before) && isDateValue(after) && before.iso !== null && after.iso !== null) {
        if (before.iso !== after.iso) return 'different';
        return shownBefore === shownAfter ? 'same' : 'notation';
      }
      return compareTexts(shownBefore, shownAfter);
    case 'checks': {
      if (!sameCheckedBoxes(def, before, after)) return 'different';
      return compareTexts(shownBefore, shownAfter);
    }
    case 'count':
    case 'check':
      return shownBefore === shownAfter ? 'same' : 'different';
    default:
      return compareTexts(shownBefore, shownAfter);
  }
}
