/**
 * Reading field values for the form rules, with the three states of catalogue §1.4 kept apart and
 * with what a rendering could not recover kept apart from what it printed.
 *
 * The one principle: a required, count or conditional finding never rests on an unknown. A field is
 * unknown when the importer says so (`isUnknown`, on the field or an enclosing container), when the
 * importer left a note on it, or when a rendering lost it (missing key). In a JSON document a missing
 * key is the author's omission and counts as empty (a missing box counts as unchecked).
 */
import type { RuleContext } from '../../src/engine/types.js';
import { fieldLabel, fieldLabelOptions, getFieldValue, isDash, splitBoxReference } from '../../src/model/index.js';

type Context = Pick<RuleContext<never>, 'assessment' | 'kind' | 'locale' | 'isUnknown' | 'source'>;

/** What a field holds, as far as the document lets us know. */
export type FieldState =
  /** The importer could not recover it (or left a note on it): say nothing. */
  | 'unknown'
  /** The key is absent: in JSON the author left it out; in a rendering the block was lost. */
  | 'missing'
  /** `null`, blank, a choice with no option, a date with no text. */
  | 'empty'
  /** Explicitly nothing: `—`, `－`, `―`, `-`. */
  | 'dash'
  | 'filled';

export function isJson(context: Context): boolean {
  return context.source.kind === 'json';
}

/** Ids that carry an import note, with every enclosing container (a note on `II[1].4` covers its fields). */
const notedCache = new WeakMap<object, ReadonlySet<string>>();

function notedIds(context: Context): ReadonlySet<string> {
  const notes = context.source.importNotes;
  let set = notedCache.get(notes);
  if (!set) {
    const ids = new Set<string>();
    for (const note of notes) if (note.fieldId) ids.add(note.fieldId);
    set = ids;
    notedCache.set(notes, set);
  }
  return set;
}

/** `II[1].4.item[2].title#x` → `II[1]`, `II[1].4`, `II[1].4.item[2]`, `II[1].4.item[2].title`, then the box reference. */
function selfAndAncestors(id: string): string[] {
  const { fieldId, box } = splitBoxReference(id);
  const out: string[] = [];
  // Prefixes up to each dot (no split/join per level: this runs for every field of every rule).
  for (let dot = fieldId.indexOf('.'); dot >= 0; dot = fieldId.indexOf('.', dot + 1)) out.push(fieldId.slice(0, dot));
  out.push(fieldId);
  if (box !== undefined) out.push(id);
  return out;
}

/**
 * Whether the value of a field (or box) cannot be trusted: the importer marked it or an enclosing
 * container unknown, or left a note on it (the importer's notes tell the user; the rules stay silent).
 */
export function isUnknownDeep(context: Context, id: string): boolean {
  const noted = notedIds(context);
  for (const candidate of selfAndAncestors(id)) {
    if (context.isUnknown(candidate)) return true;
    if (!isJson(context) && noted.has(candidate)) return true;
  }
  return false;
}

function textState(text: unknown): FieldState {
  if (typeof text !== 'string' || text.trim() === '') return 'empty';
  return isDash(text) ? 'dash' : 'filled';
}

/** The state of any field value (text, text[], choice, date, count, check, checks). */
export function valueState(value: unknown): FieldState {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (typeof value === 'string') return textState(value);
  if (typeof value === 'number' || typeof value === 'boolean') return 'filled';
  if (Array.isArray(value)) {
    const states = value.map(valueState);
    if (states.includes('filled')) return 'filled';
    return states.includes('dash') ? 'dash' : 'empty';
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A choice: an option name, or printed text that is no option (choice-value reports that one).
    if ('value' in record) {
      if (record.value !== null && record.value !== undefined) return 'filled';
      return textState(record.raw);
    }
    // A date.
    if ('iso' in record || 'raw' in record) return textState(record.raw);
    // A checks list: filled when a box is ticked or carries text.
    const boxes = Object.values(record);
    if (boxes.some((b) => typeof b === 'object' && b !== null && ((b as { checked?: unknown }).checked === true || textState((b as { text?: unknown }).text) === 'filled'))) {
      return 'filled';
    }
    return 'empty';
  }
  return 'filled';
}

export function fieldState(context: Context, id: string): FieldState {
  if (isUnknownDeep(context, id)) return 'unknown';
  return valueState(getFieldValue(context.assessment, id));
}

/** Something is written (not a dash): trustworthy in every source, since no importer invents text. */
export function hasValue(context: Context, id: string): boolean {
  return fieldState(context, id) === 'filled';
}

/**
 * Known to be blank: in JSON missing or null; in a rendering printed empty (a lost block, an unknown
 * field and a noted field are not blank, they are unknown). With `dashIsBlank`, a dash counts too: for
 * a detail that the form needs when a choice is positive, 「—」 is no answer.
 */
export function isKnownBlank(context: Context, id: string, options: { dashIsBlank?: boolean } = {}): boolean {
  const state = fieldState(context, id);
  if (state === 'empty') return true;
  if (state === 'dash') return options.dashIsBlank === true;
  return state === 'missing' && isJson(context);
}

/** A box's state: true, false, or null when the document does not say. */
export type Tri = boolean | null;

/**
 * A single box (`III[1].4.optOut`) or a box of a list (`II[1].5.has#none`). A missing box is unchecked
 * in JSON (authors write the boxes they tick) and unknown in a rendering (the block may be lost).
 */
export function readCheck(context: Context, id: string): Tri {
  if (isUnknownDeep(context, id)) return null;
  const value = getFieldValue(context.assessment, id);
  if (value === undefined) return isJson(context) ? false : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'object' && value !== null && 'checked' in value) {
    const checked = (value as { checked: unknown }).checked;
    return typeof checked === 'boolean' ? checked : null;
  }
  return null;
}

/** The free text of a box's parenthesis, if any. */
export function readBoxText(context: Context, id: string): unknown {
  const value = getFieldValue(context.assessment, id);
  return typeof value === 'object' && value !== null ? (value as { text?: unknown }).text : undefined;
}

/** The option name of a choice, or null when it is empty, missing or unknown. */
export function readChoice(context: Context, id: string): string | null {
  if (isUnknownDeep(context, id)) return null;
  const value = getFieldValue(context.assessment, id);
  if (typeof value !== 'object' || value === null || !('value' in value)) return null;
  const name = (value as { value: unknown }).value;
  return typeof name === 'string' && name !== '' ? name : null;
}

/** A count, or null when it is empty, missing or unknown. */
export function readCount(context: Context, id: string): number | null {
  if (isUnknownDeep(context, id)) return null;
  const value = getFieldValue(context.assessment, id);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A string value as written (dashes included), or undefined. */
export function readText(context: Context, id: string): string | undefined {
  if (isUnknownDeep(context, id)) return undefined;
  const value = getFieldValue(context.assessment, id);
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { raw?: unknown }).raw === 'string') return (value as { raw: string }).raw;
  return undefined;
}

/** A field's label for message data, as `{{label}}` gets it (with the file named when there are several). */
export function labelOf(context: Context, id: string): string {
  return fieldLabel(id, context.kind, context.locale, fieldLabelOptions(context.assessment));
}
