/**
 * Repeated slots (委託事項N, 提供先N, 移転先N, システムN, 記録項目 groups, attachments) are matched
 * across versions by what they are — their title or name — and not by their printed number, so that
 * a renumbering or a reordering is no change and a removed slot is one change, not a cascade.
 */
import { getFieldDef } from '../model/index.js';
import { parseFieldId, toTemplateId } from '../model/field-id.js';
import { compactText } from './formal.js';

/** Segments whose index is a file position, not a slot (kept in step with field-id.ts). */
const FILE_SEGMENTS = new Set(['II', 'III', 'records']);

/**
 * The member fields that say which slot is which, in order of preference. A 委託事項 whose title a
 * rendering merged into ①委託内容 (catalogue §7.7) falls back to its content.
 */
const IDENTITY: Readonly<Record<string, readonly string[]>> = {
  'I.2.system[n]': ['name'],
  'II[f].4.item[n]': ['title', 'content'],
  'II[f].5.provide[n]': ['name'],
  'II[f].5.transfer[n]': ['name'],
  'annex.records[f].group[n]': ['name'],
  'attachments[n]': ['title'],
};

export interface SlotRef {
  /** The slot's instance id (`II[1].4.item[2]`). */
  slotId: string;
  /** The group's template id (`II[f].4.item[n]`). */
  groupTemplate: string;
  /** The slots of one group in one container share this key (`II[1].4.item`). */
  groupKey: string;
  /** The container that holds the slots (`II[1].4`); empty for a root-level group (`attachments`). */
  parentId: string;
  /** The printed slot number. */
  number: number;
  /** The field's path inside the slot (`subcontract`), empty for the slot itself. */
  member: string;
}

/** The (outermost) slot a field id lies in, if any. */
export function slotOf(fieldId: string): SlotRef | undefined {
  const segments = parseFieldId(fieldId);
  if (!segments) return undefined;
  const parts = fieldId.split('.');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (typeof segment.index !== 'number' || FILE_SEGMENTS.has(segment.name)) continue;
    const slotId = parts.slice(0, i + 1).join('.');
    const groupTemplate = toTemplateId(slotId);
    if (getFieldDef(groupTemplate)?.type !== 'group') continue;
    const parentId = parts.slice(0, i).join('.');
    return {
      slotId,
      groupTemplate,
      groupKey: parentId === '' ? segment.name : `${parentId}.${segment.name}`,
      parentId,
      number: segment.index,
      member: parts.slice(i + 1).join('.'),
    };
  }
  return undefined;
}

/** The member names whose value identifies a slot of this group (empty: match by number only). */
export function identityMembers(groupTemplate: string): readonly string[] {
  return IDENTITY[groupTemplate] ?? [];
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient on character bigrams (1 = the same text): tolerant of a word added to a title. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [gram, n] of y) {
    total += n;
    shared += Math.min(n, x.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Titles at least this similar name the same slot (a renamed 委託 rather than a new one). */
const SAME_SLOT = 0.5;

export interface SlotMatch {
  /** [old number, new number] pairs. */
  pairs: [number, number][];
  removed: number[];
  added: number[];
}

/**
 * Matches the slots of one group: first by equal titles (normalised), then by similar titles, then
 * by number where a slot has no title to go by. What remains was removed or added. Titles are the
 * slots' identity texts (null when the slot has none).
 */
export function matchSlots(before: ReadonlyMap<number, string | null>, after: ReadonlyMap<number, string | null>): SlotMatch {
  const key = (t: string | null) => (t === null ? '' : compactText(t));
  const oldLeft = new Map([...before].map(([n, t]) => [n, key(t)]));
  const newLeft = new Map([...after].map(([n, t]) => [n, key(t)]));
  const pairs: [number, number][] = [];
  const take = (o: number, n: number) => {
    pairs.push([o, n]);
    oldLeft.delete(o);
    newLeft.delete(n);
  };

  // 1. Equal titles; among duplicates, the same number first, then document order.
  for (const [n, title] of [...newLeft].sort((a, b) => a[0] - b[0])) {
    if (title === '') continue;
    const candidates = [...oldLeft].filter(([, t]) => t === title).map(([o]) => o).sort((a, b) => a - b);
    if (candidates.length === 0) continue;
    take(candidates.includes(n) ? n : candidates[0]!, n);
  }

  // 2. Similar titles, best first (ties: the same number first).
  const scored: { o: number; n: number; score: number }[] = [];
  for (const [o, ot] of oldLeft) {
    for (const [n, nt] of newLeft) {
      if (ot === '' || nt === '') continue;
      const score = similarity(ot, nt);
      if (score >= SAME_SLOT) scored.push({ o, n, score });
    }
  }
  scored.sort((a, b) => b.score - a.score || Number(b.o === b.n) - Number(a.o === a.n) || a.n - b.n);
  for (const { o, n } of scored) if (oldLeft.has(o) && newLeft.has(n)) take(o, n);

  // 3. No title to go by: the same number is the same slot.
  for (const [n, nt] of [...newLeft]) {
    const ot = oldLeft.get(n);
    if (ot !== undefined && (ot === '' || nt === '')) take(n, n);
  }

  return {
    pairs: pairs.sort((a, b) => a[1] - b[1]),
    removed: [...oldLeft.keys()].sort((a, b) => a - b),
    added: [...newLeft.keys()].sort((a, b) => a - b),
  };
}
