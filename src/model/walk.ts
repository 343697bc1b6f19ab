/**
 * Walks an assessment's JSON by the catalogue: the fields it holds (with concrete instance ids) and
 * the keys the catalogue does not know. The JSON keys are id segments (field-id.ts), so a walk needs
 * no document lookup, only the catalogue's leaves and containers.
 */
import { boxListFor, containerHasKind, getFieldDef, isContainerTemplate } from './catalogue.js';
import type { FieldDef } from './catalogue-types.js';
import { parseFieldId, toTemplateId, tokensToPointer } from './field-id.js';
import type { Kind } from './kinds.js';

export interface FieldEntry {
  /** Instance id (`II[1].4.item[2].subcontract`). */
  fieldId: string;
  def: FieldDef;
  /** The value as stored: `null` for empty; never `undefined` (missing fields are not visited). */
  value: unknown;
  /** JSON pointer of the value (`/II[1]/4/item[2]/subcontract`). */
  pointer: string;
}

/** Root keys that are not form content: the schema reference, derived facts, the importer's leftovers. */
export const RESERVED_ROOT_KEYS: ReadonlySet<string> = new Set(['$schema', 'meta', 'unknownFields']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a JSON key is one concrete id segment: a word or number with an optional 1-based index.
 * Template letters (`item[n]`) and dotted keys (`4.has`) are not: a key is never several segments.
 */
function isConcreteSegment(key: string): boolean {
  const segments = parseFieldId(key);
  if (!segments || segments.length !== 1 || key.includes('#')) return false;
  const index = segments[0]!.index;
  return index === undefined || (typeof index === 'number' && index >= 1);
}

/**
 * Every leaf field present in a document, in document order: missing keys are skipped, `null` and
 * dash values are visited. Group slots are walked into. `meta.kind` is visited too; its value is the
 * plain kind string (`"juten"`), not a `{value, raw}` choice object.
 */
export function* iterateFields(assessment: unknown): Iterable<FieldEntry> {
  if (!isObject(assessment)) return;
  if (walkCache && walkCache.root === assessment) {
    walkCache.entries ??= [...walkFields(assessment)];
    yield* walkCache.entries;
    return;
  }
  yield* walkFields(assessment);
}

/**
 * The walk of one document, kept while `run` lints it: a dozen rules walk the same document, and the
 * walk (id parsing, catalogue look-ups, pointers) was a third of the lint time (bench, docs/performance.md).
 * Only valid while nothing mutates the document, which holds for rules (they are pure). Entries are
 * frozen so that no caller can change what the next one sees.
 */
let walkCache: { root: object; entries?: readonly FieldEntry[] } | undefined;

export function withWalkCache<T>(assessment: unknown, run: () => T): T {
  const previous = walkCache;
  walkCache = isObject(assessment) ? { root: assessment } : undefined;
  try {
    return run();
  } finally {
    walkCache = previous;
  }
}

/**
 * A token for the lint run that holds `assessment` (see withWalkCache), or undefined outside one:
 * helpers that derive something from the whole document for several rules key their memo on it.
 */
export function walkScope(assessment: unknown): object | undefined {
  return walkCache && walkCache.root === assessment ? walkCache : undefined;
}

function* walkFields(assessment: Record<string, unknown>): Iterable<FieldEntry> {
  for (const [key, value] of Object.entries(assessment)) {
    if (key === '$schema' || key === 'unknownFields') continue;
    yield* visit([key], value);
  }
}

function* visit(tokens: string[], node: unknown): Iterable<FieldEntry> {
  const key = tokens[tokens.length - 1]!;
  if (!isConcreteSegment(key)) return;
  const fieldId = tokens.join('.');
  const template = toTemplateId(fieldId);
  const def = getFieldDef(template);
  if (def && def.type !== 'group') {
    yield Object.freeze({ fieldId, def, value: node, pointer: tokensToPointer(tokens) });
    return;
  }
  if (!isContainerTemplate(template) || !isObject(node)) return;
  for (const [child, value] of Object.entries(node)) yield* visit([...tokens, child], value);
}

export type UnknownKeyReason =
  /** The catalogue has no such field or container. */
  | 'unknownField'
  /** The field exists, but in another kind's form. */
  | 'fieldNotInKind'
  /** The box is not in the field's checkbox list. */
  | 'unknownBox';

export interface UnknownKey {
  pointer: string;
  key: string;
  reason: UnknownKeyReason;
  /** The field (or container) id the key names, when it parses as one. */
  fieldId?: string;
  /** For `fieldNotInKind`: the kinds whose form has it. */
  kinds?: readonly Kind[];
}

/**
 * Keys the catalogue does not know for this kind: new items of a later form revision, misspelt keys,
 * another kind's fields, unknown boxes. They are kept in the document and reported at info level
 * (catalogue §9). Without `kind`, only keys no kind knows are reported. `meta` is not walked: it
 * holds derived facts, open to producers.
 */
export function* findUnknownKeys(assessment: unknown, kind?: Kind): Iterable<UnknownKey> {
  if (!isObject(assessment)) return;
  for (const [key, value] of Object.entries(assessment)) {
    if (RESERVED_ROOT_KEYS.has(key)) continue;
    yield* visitUnknown([key], value, kind);
  }
}

function* visitUnknown(tokens: string[], node: unknown, kind: Kind | undefined): Iterable<UnknownKey> {
  const key = tokens[tokens.length - 1]!;
  const pointer = tokensToPointer(tokens);
  if (!isConcreteSegment(key)) {
    yield { pointer, key, reason: 'unknownField' };
    return;
  }
  const fieldId = tokens.join('.');
  const template = toTemplateId(fieldId);
  const def = getFieldDef(template);
  const container = isContainerTemplate(template);
  if (!def && !container) {
    yield { pointer, key, reason: 'unknownField', fieldId };
    return;
  }
  if (kind !== undefined && !(def ? def.kinds.includes(kind) : containerHasKind(template, kind))) {
    yield { pointer, key, reason: 'fieldNotInKind', fieldId, kinds: def?.kinds ?? kindsBelow(template) };
    return;
  }
  if (def && def.type !== 'group') {
    if (def.type === 'checks' && isObject(node)) {
      const boxes = new Set(boxListFor(def)?.boxes.map((b) => b.name));
      for (const box of Object.keys(node)) {
        if (!boxes.has(box)) yield { pointer: tokensToPointer([...tokens, box]), key: box, reason: 'unknownBox', fieldId };
      }
    }
    return;
  }
  if (!isObject(node)) return;
  for (const [child, value] of Object.entries(node)) yield* visitUnknown([...tokens, child], value, kind);
}

function kindsBelow(template: string): Kind[] {
  return (['kiso', 'juten', 'zenko'] as const).filter((k) => containerHasKind(template, k));
}
