/**
 * The repeated parts of a document: the per-file blocks `II[f]` / `III[f]` and the printed slots of a
 * group (`I.2.system[n]`, `II[f].4.item[n]`, `II[f].5.provide[n]`, `II[f].5.transfer[n]`). Slot numbers
 * are the numbers the form prints, so gaps are kept (catalogue §1.1, §7.7).
 */
import { getFieldValue, normalizeForMatch } from '../../src/model/index.js';
import { valueState } from './read.js';

export interface Slot {
  /** The printed slot number. */
  n: number;
  /** Instance id of the slot (`II[1].4.item[3]`). */
  id: string;
  value: Record<string, unknown>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file positions of a document: every `II[f]` and `III[f]` block, and one per name in `I.3.fileNames`. */
export function fileIndexes(assessment: unknown): number[] {
  const found = new Set<number>();
  if (isObject(assessment)) {
    for (const key of Object.keys(assessment)) {
      const m = /^(?:II|III)\[(\d+)\]$/.exec(key);
      if (m) found.add(Number(m[1]));
    }
  }
  const names = getFieldValue(assessment, 'I.3.fileNames');
  if (Array.isArray(names)) names.forEach((_name, i) => found.add(i + 1));
  return [...found].filter((f) => f >= 1).sort((a, b) => a - b);
}

/** The slots `name[n]` under a container, in slot order. */
export function slotsOf(assessment: unknown, containerId: string, name: string): Slot[] {
  const container = getFieldValue(assessment, containerId);
  if (!isObject(container)) return [];
  const pattern = new RegExp(`^${name}\\[(\\d+)\\]$`);
  const out: Slot[] = [];
  for (const [key, value] of Object.entries(container)) {
    const m = pattern.exec(key);
    if (m && isObject(value)) out.push({ n: Number(m[1]), id: `${containerId}.${key}`, value });
  }
  return out.sort((a, b) => a.n - b.n);
}

/**
 * Whether a slot carries anything: a text, an option, a date, a ticked box or box text. A slot of
 * empty values or dashes is an unused slot (renderings print unused slots and range headers, §7.2).
 */
export function isSlotFilled(slot: Slot): boolean {
  return Object.values(slot.value).some((v) => valueState(v) === 'filled');
}

export function filledSlots(assessment: unknown, containerId: string, name: string): Slot[] {
  return slotsOf(assessment, containerId, name).filter(isSlotFilled);
}

/** The first field of a slot that holds something, as the place to report the slot at. */
export function slotAnchor(slot: Slot): string {
  for (const [key, value] of Object.entries(slot.value)) if (valueState(value) === 'filled') return `${slot.id}.${key}`;
  return slot.id;
}

/**
 * A pointer to material outside the slots: `別添3「特定個人情報の提供先一覧」参照`, `別紙１を参照`,
 * `提供先1～27を参照`. The form has 20 slots; beyond them (or instead of listing each recipient) a slot
 * points to a list elsewhere, so the count may exceed the slots (DEP-01, DEP-06).
 */
const REFERENCE = /(別添|別紙|一覧|[~～]\d+).*参照|参照.*(別添|別紙|一覧)/;

export function referencesList(text: unknown): boolean {
  return typeof text === 'string' && REFERENCE.test(text.normalize('NFKC'));
}

/** Whether any text of a slot points to an annex or a list. */
export function slotReferencesList(slot: Slot): boolean {
  return Object.values(slot.value).some((v) => referencesList(v));
}

/** Whether normalised text mentions a word (after NFKC and whitespace folding). */
export function mentions(text: unknown, word: string): boolean {
  return typeof text === 'string' && normalizeForMatch(text).includes(normalizeForMatch(word));
}
