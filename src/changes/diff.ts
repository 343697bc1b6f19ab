/**
 * Field-by-field comparison of two versions of an assessment (pure). Fields are compared by
 * canonical id; repeated slots are first matched by title (slots.ts), so a reordered or renumbered
 * slot is no change, and an added or removed slot is one change. The change log (`annex.changes`)
 * is what records the changes, so it is not itself compared.
 */
import {
  compileFieldIdPattern,
  fieldLabel,
  fieldLabelOptions,
  getFieldDef,
  isImportant,
  iterateFields,
  labelFor,
  type FieldEntry,
  type FieldLabelOptions,
} from '../model/index.js';
import type { Kind, Locale } from '../model/kinds.js';
import type { Assessment } from '../model/values.js';
import { classifyFormal } from './formal.js';
import { identityMembers, matchSlots, slotOf, type SlotRef } from './slots.js';
import { compareValues, displayValue, sameCheckedBoxes } from './values.js';
import type { FieldChange } from './types.js';

/**
 * Fields whose change is never logged: the 公表日 and the 委員会 承認日 change with every revision
 * and are dates of the procedure, not content of the assessment.
 */
export const NOT_LOGGED_FIELDS: readonly string[] = ['cover.published', 'cover.approved'];

export interface DiffOptions {
  /** Language of labels and of the few generated value texts (`5件`, `チェックあり`). */
  locale?: Locale;
  /** Field-id patterns (`compileFieldIdPattern`) left out of the comparison; NOT_LOGGED_FIELDS by default. */
  ignore?: readonly string[];
}

/** Fields that are not the form's content (derived facts) or that record the changes themselves. */
function isCompared(fieldId: string): boolean {
  return !fieldId.startsWith('meta.') && !/^annex\.changes\[\d+\]/.test(fieldId);
}

interface Slot {
  ref: SlotRef;
  /** Member path → entry. */
  members: Map<string, FieldEntry>;
}

interface Side {
  entries: FieldEntry[];
  /** groupKey → slot number → slot. */
  groups: Map<string, Map<number, Slot>>;
}

function readSide(assessment: Assessment, ignored: readonly ((id: string) => boolean)[]): Side {
  const entries = [...iterateFields(assessment)].filter((e) => isCompared(e.fieldId) && !ignored.some((m) => m(e.fieldId)));
  const groups = new Map<string, Map<number, Slot>>();
  for (const entry of entries) {
    const ref = slotOf(entry.fieldId);
    if (!ref) continue;
    const slots = groups.get(ref.groupKey) ?? new Map<number, Slot>();
    groups.set(ref.groupKey, slots);
    const slot = slots.get(ref.number) ?? { ref, members: new Map<string, FieldEntry>() };
    slots.set(ref.number, slot);
    slot.members.set(ref.member, entry);
  }
  return { entries, groups };
}

/** What identifies a slot (its title or name), as printed; null when it has none. */
function slotTitle(slot: Slot, kind: Kind): string | null {
  for (const member of identityMembers(slot.ref.groupTemplate)) {
    const entry = slot.members.get(member);
    if (!entry) continue;
    const shown = displayValue(entry.def, entry.value, kind, 'ja');
    if (shown !== null) return shown;
  }
  return null;
}

/** The slot's printed name: `委託事項6` (ja) or `Outsourced task 6` (en). */
function slotName(ref: SlotRef, kind: Kind, locale: Locale): string {
  const def = getFieldDef(ref.groupTemplate);
  if (!def) return ref.slotId;
  const label = labelFor(def, kind);
  const text = locale === 'en' ? (label.en ?? label.label) : label.label;
  return text.replace(/(?<![A-Za-z])N(?![A-Za-z])/, String(ref.number));
}

/** A slot is ※ when a ※ field in it has a value: adding or removing it changes that field. */
function slotImportant(slot: Slot, kind: Kind): boolean {
  for (const entry of slot.members.values()) {
    if (isImportant(entry.fieldId, kind) && displayValue(entry.def, entry.value, kind, 'ja') !== null) return true;
  }
  return false;
}

/** Only texts (and the texts of the same checked boxes) can change formally; a new selection never does. */
function formalReasonFor(entry: FieldEntry, before: unknown, after: unknown, shownBefore: string | null, shownAfter: string | null) {
  const type = entry.def.type;
  if (type === 'text' || type === 'text[]' || (type === 'checks' && sameCheckedBoxes(entry.def, before, after))) {
    return classifyFormal(shownBefore, shownAfter);
  }
  return undefined;
}

interface Positioned {
  change: FieldChange;
  position: number;
}

/**
 * The changes from `before` to `after`, in the new document's order (a removed field or slot sits
 * where it was). `kind` gives the labels and the ※ marks (the new document's kind).
 */
export function diffAssessments(before: Assessment, after: Assessment, kind: Kind, options: DiffOptions = {}): FieldChange[] {
  const locale = options.locale ?? 'ja';
  const labelOptions: FieldLabelOptions = fieldLabelOptions(after);
  const label = (id: string) => fieldLabel(id, kind, locale, labelOptions);
  const ignored = (options.ignore ?? NOT_LOGGED_FIELDS).map(compileFieldIdPattern);
  const oldSide = readSide(before, ignored);
  const newSide = readSide(after, ignored);

  // Slots: old slot id → new slot id for the matched ones; the others are one change each.
  const renamed = new Map<string, string>();
  const removedSlots: Slot[] = [];
  const addedSlots = new Set<string>();
  const addedList: Slot[] = [];
  for (const groupKey of new Set([...oldSide.groups.keys(), ...newSide.groups.keys()])) {
    const oldSlots = oldSide.groups.get(groupKey) ?? new Map<number, Slot>();
    const newSlots = newSide.groups.get(groupKey) ?? new Map<number, Slot>();
    const titles = (slots: Map<number, Slot>) => new Map([...slots].map(([n, s]) => [n, slotTitle(s, kind)] as const));
    const match = matchSlots(titles(oldSlots), titles(newSlots));
    for (const [o, n] of match.pairs) renamed.set(oldSlots.get(o)!.ref.slotId, newSlots.get(n)!.ref.slotId);
    for (const o of match.removed) removedSlots.push(oldSlots.get(o)!);
    for (const n of match.added) {
      const slot = newSlots.get(n)!;
      addedSlots.add(slot.ref.slotId);
      addedList.push(slot);
    }
  }

  const newIndex = new Map(newSide.entries.map((e, i) => [e.fieldId, i] as const));
  /** Old entries under their new ids; entries of removed slots map to undefined. */
  const oldInNewIds: { entry: FieldEntry; newId: string | undefined }[] = oldSide.entries.map((entry) => {
    const ref = slotOf(entry.fieldId);
    if (!ref) return { entry, newId: entry.fieldId };
    const target = renamed.get(ref.slotId);
    if (target === undefined) return { entry, newId: undefined };
    return { entry, newId: ref.member === '' ? target : `${target}.${ref.member}` };
  });
  const oldById = new Map<string, FieldEntry>();
  for (const { entry, newId } of oldInNewIds) if (newId !== undefined) oldById.set(newId, entry);

  /** Where something that only the old version has goes: just after its nearest old predecessor that survived. */
  const positionFromOld = (oldPosition: number): number => {
    for (let i = oldPosition - 1; i >= 0; i--) {
      const newId = oldInNewIds[i]!.newId;
      const index = newId === undefined ? undefined : newIndex.get(newId);
      if (index !== undefined) return index + 0.5;
    }
    return -0.5;
  };

  const out: Positioned[] = [];
  const compare = (fieldId: string, oldEntry: FieldEntry | undefined, newEntry: FieldEntry | undefined, position: number) => {
    const entry = (newEntry ?? oldEntry)!;
    const beforeValue = oldEntry?.value;
    const afterValue = newEntry?.value;
    const comparison = compareValues(entry.def, beforeValue, afterValue, kind);
    if (comparison === 'same') return;
    const shownBefore = displayValue(entry.def, beforeValue, kind, locale);
    const shownAfter = displayValue(entry.def, afterValue, kind, locale);
    const formalReason =
      comparison === 'notation' ? 'notation' : formalReasonFor(entry, beforeValue, afterValue, shownBefore, shownAfter);
    const change: FieldChange = {
      change: 'modified',
      fieldId,
      label: label(fieldId),
      before: shownBefore,
      after: shownAfter,
      important: isImportant(fieldId, kind),
      formalOnly: formalReason !== undefined,
      ...(formalReason ? { formalReason } : {}),
    };
    if (oldEntry && oldEntry.fieldId !== fieldId) change.previousFieldId = oldEntry.fieldId;
    out.push({ change, position });
  };

  newSide.entries.forEach((entry, index) => {
    const ref = slotOf(entry.fieldId);
    if (ref && addedSlots.has(ref.slotId)) return;
    compare(entry.fieldId, oldById.get(entry.fieldId), entry, index);
  });
  oldInNewIds.forEach(({ entry, newId }, oldPosition) => {
    if (newId === undefined || newIndex.has(newId)) return;
    compare(newId, entry, undefined, positionFromOld(oldPosition));
  });

  for (const slot of addedList) {
    const first = [...slot.members.values()][0]!;
    const title = slotTitle(slot, kind);
    out.push({
      position: newIndex.get(first.fieldId)! - 0.25,
      change: {
        change: 'slotAdded',
        fieldId: slot.ref.slotId,
        label: label(slot.ref.slotId),
        before: null,
        after: title,
        important: slotImportant(slot, kind),
        formalOnly: false,
        slot: { name: slotName(slot.ref, kind, locale), title },
      },
    });
  }
  for (const slot of removedSlots) {
    const first = [...slot.members.values()][0]!;
    const title = slotTitle(slot, kind);
    out.push({
      position: positionFromOld(oldSide.entries.indexOf(first)),
      change: {
        change: 'slotRemoved',
        fieldId: slot.ref.slotId,
        previousFieldId: slot.ref.slotId,
        label: label(slot.ref.slotId),
        before: title,
        after: null,
        important: slotImportant(slot, kind),
        formalOnly: false,
        slot: { name: slotName(slot.ref, kind, locale), title },
      },
    });
  }

  // Array.prototype.sort is stable: equal positions keep the order above.
  return out.sort((a, b) => a.position - b.position).map((p) => p.change);
}
