/**
 * Counts against the printed slots (DEP-01, DEP-06). The form has 20 slots per group; a count above
 * 20 needs the 20 slots and a pointer to the rest, and a slot that points to a list elsewhere
 * (`別添3「特定個人情報の提供先一覧」参照`) stands for any number of entries.
 */
import type { Slot } from './slots.js';
import { slotReferencesList } from './slots.js';

/** Slots per group on the form. */
export const FORM_SLOTS = 20;

export interface SlotComparison {
  /** Slot numbers 1…min(count, 20) with nothing in them. */
  missing: number[];
  /** Filled slots numbered above the count. */
  beyond: Slot[];
}

/**
 * Which slots disagree with a count. A pointer to a list makes the count open-ended: no slot is then
 * "missing". A filled slot numbered above the count disagrees with it in every case.
 */
export function compareSlots(count: number, filled: readonly Slot[]): SlotComparison {
  const numbers = new Set(filled.map((s) => s.n));
  const pointsToList = filled.some(slotReferencesList);
  const missing: number[] = [];
  if (!pointsToList) {
    for (let n = 1; n <= Math.min(count, FORM_SLOTS); n++) if (!numbers.has(n)) missing.push(n);
  }
  const beyond = filled.filter((s) => s.n > count);
  return { missing, beyond };
}

/** `1, 2, 5` → `1、2、5` (ja) / `1, 2, 5` (en). */
export function listNumbers(numbers: readonly number[], locale: 'ja' | 'en'): string {
  return numbers.join(locale === 'en' ? ', ' : '、');
}
