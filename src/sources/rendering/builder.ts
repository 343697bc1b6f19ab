/**
 * Collects what a reader recovers: the assessment JSON (keys are the id segments, field-id.ts), the
 * source range of every value and label, which strings are verbatim slices of the text, the
 * confidence per field, the fields that stay unknown, and the import notes.
 */
import { fieldIdToPointer } from '../../model/index.js';
import type { Assessment, CheckBox, Kind } from '../../model/index.js';
import type { SourceNote } from '../../engine/types.js';
import type { OffsetRange } from '../types.js';
import type { MappedText } from './mapped-text.js';
import { isVerbatim, rangeOf } from './mapped-text.js';
import type { NoteMessageId } from './notes.js';
import { formatNote } from './notes.js';

export type ImportNote = SourceNote;

export interface BoxValue {
  name: string;
  checked: boolean | null;
  text?: MappedText | undefined;
  /** Range of the box (mark + label) in the text. */
  range?: OffsetRange | undefined;
}

/** Upper bound on notes: a random or huge input must not produce millions of them. */
const MAX_NOTES = 2000;

export class AssessmentBuilder {
  readonly assessment: Assessment;
  readonly valueRanges = new Map<string, OffsetRange>();
  readonly labelRanges = new Map<string, OffsetRange>();
  readonly exactStrings = new Set<string>();
  readonly notes: ImportNote[] = [];
  readonly unknownFields = new Set<string>();
  readonly confidence = new Map<string, number>();
  private droppedNotes = 0;

  constructor(
    readonly source: string,
    kind: Kind,
  ) {
    this.assessment = { meta: { kind } };
  }

  get kind(): Kind {
    return this.assessment.meta.kind;
  }

  /** Whether a field (or container) already has a value. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get(id: string): unknown {
    let node: unknown = this.assessment;
    for (const token of id.split('.')) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[token];
    }
    return node;
  }

  private put(id: string, value: unknown): void {
    const tokens = id.split('.');
    let node = this.assessment as Record<string, unknown>;
    for (const token of tokens.slice(0, -1)) {
      const next = node[token];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) node[token] = {};
      node = node[token] as Record<string, unknown>;
    }
    node[tokens[tokens.length - 1]!] = value;
    this.unknownFields.delete(id);
    // A value set again forgets what was recorded for the old one.
    const pointer = fieldIdToPointer(id);
    this.exactStrings.delete(pointer);
    for (const key of this.owned.get(pointer) ?? []) this.exactStrings.delete(key);
    this.owned.delete(pointer);
  }

  /** Sub-pointers (`/raw`, a box's `/text`) recorded under a field pointer. */
  private readonly owned = new Map<string, Set<string>>();

  private own(owner: string, pointer: string): void {
    if (owner === pointer) return;
    let set = this.owned.get(owner);
    if (!set) this.owned.set(owner, (set = new Set()));
    set.add(pointer);
  }

  /** Removes a field (a value read in error, superseded by a better reading). */
  remove(id: string): void {
    const tokens = id.split('.');
    let node: unknown = this.assessment;
    for (const token of tokens.slice(0, -1)) {
      if (node === null || typeof node !== 'object') return;
      node = (node as Record<string, unknown>)[token];
    }
    if (node !== null && typeof node === 'object') delete (node as Record<string, unknown>)[tokens[tokens.length - 1]!];
    const pointer = fieldIdToPointer(id);
    for (const map of [this.valueRanges] as Map<string, unknown>[]) {
      for (const key of [...map.keys()]) if (key === pointer || key.startsWith(pointer + '/')) map.delete(key);
    }
    for (const key of [...this.exactStrings]) if (key === pointer || key.startsWith(pointer + '/')) this.exactStrings.delete(key);
  }

  /** Records where a value is; a value set again (a continued text) replaces what was recorded. */
  private record(pointer: string, m: MappedText | undefined, exact: boolean, owner = pointer): void {
    this.own(owner, pointer);
    const range = m ? rangeOf(m) : undefined;
    if (range) this.valueRanges.set(pointer, range);
    else this.valueRanges.delete(pointer);
    if (m && exact && isVerbatim(m, this.source)) this.exactStrings.add(pointer);
    else this.exactStrings.delete(pointer);
  }

  setLabel(id: string, range: OffsetRange | undefined): void {
    if (range && !this.labelRanges.has(id)) this.labelRanges.set(id, range);
  }

  setConfidence(id: string, confidence: number): void {
    this.confidence.set(id, Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)));
  }

  /** A text value (string, dash kept raw) or null for "printed empty". */
  setText(id: string, value: MappedText | null, emptyRange?: OffsetRange): void {
    if (value === null || value.text === '') {
      this.put(id, null);
      if (emptyRange) this.valueRanges.set(fieldIdToPointer(id), emptyRange);
      return;
    }
    this.put(id, value.text);
    this.record(fieldIdToPointer(id), value, true);
  }

  setTextList(id: string, values: MappedText[]): void {
    this.put(id, values.map((v) => v.text));
    const pointer = fieldIdToPointer(id);
    values.forEach((v, i) => this.record(`${pointer}/${i}`, v, true, pointer));
    const first = values[0];
    const last = values[values.length - 1];
    if (first && last) {
      const a = rangeOf(first);
      const b = rangeOf(last);
      if (a && b) this.valueRanges.set(pointer, { start: a.start, end: b.end });
    }
  }

  setChoice(id: string, value: string | null, raw: MappedText | null, emptyRange?: OffsetRange): void {
    const pointer = fieldIdToPointer(id);
    this.put(id, { value, raw: raw ? raw.text : null });
    if (raw) {
      this.record(pointer, raw, false);
      this.record(`${pointer}/raw`, raw, true, pointer);
    } else if (emptyRange) this.valueRanges.set(pointer, emptyRange);
  }

  setDate(id: string, raw: MappedText, iso: string | null): void {
    const pointer = fieldIdToPointer(id);
    this.put(id, { raw: raw.text, iso });
    this.record(pointer, raw, false);
    this.record(`${pointer}/raw`, raw, true, pointer);
  }

  setCount(id: string, value: number | null, digits?: MappedText): void {
    this.put(id, value);
    this.record(fieldIdToPointer(id), digits, false);
  }

  setCheck(id: string, value: boolean | null, range?: OffsetRange): void {
    this.put(id, value);
    if (range) this.valueRanges.set(fieldIdToPointer(id), range);
  }

  setChecks(id: string, boxes: BoxValue[], listRange?: OffsetRange): void {
    const pointer = fieldIdToPointer(id);
    const value: Record<string, CheckBox> = {};
    for (const box of boxes) {
      const entry: CheckBox = { checked: box.checked };
      if (box.text !== undefined) entry.text = box.text.text === '' ? null : box.text.text;
      value[box.name] = entry;
      if (box.range) this.valueRanges.set(`${pointer}/${box.name}`, box.range);
      if (box.text && box.text.text !== '') this.record(`${pointer}/${box.name}/text`, box.text, true, pointer);
    }
    this.put(id, value);
    if (listRange) this.valueRanges.set(pointer, listRange);
  }

  /** Sets a raw JSON value (used for derived facts). */
  setRaw(id: string, value: unknown, range?: OffsetRange): void {
    this.put(id, value);
    if (range) this.valueRanges.set(fieldIdToPointer(id), range);
  }

  markUnknown(id: string): void {
    if (!this.has(id)) this.unknownFields.add(id);
  }

  note(
    severity: 'info' | 'warning',
    messageId: NoteMessageId,
    fieldId: string | null,
    data: Record<string, string | number> = {},
    range?: OffsetRange,
  ): void {
    if (this.notes.length >= MAX_NOTES) {
      this.droppedNotes++;
      return;
    }
    const note: ImportNote = { fieldId, severity, messageId, message: formatNote(messageId, data) };
    if (range) note.range = range;
    this.notes.push(note);
  }

  get dropped(): number {
    return this.droppedNotes;
  }
}
