/**
 * Field selection for declarative rules (pure): parsing a field-id pattern, expanding it against a
 * document into concrete field ids, and resolving a reference to another field (a sibling in the
 * same slot, or a pattern whose `[*]` take the checked field's indexes). The catalogue tells a field
 * from a container, so that a pattern naming a slot (`II[*].4.item[*]`) selects every field in it.
 */
import { FIELD_DEFS } from '../model/catalogue/index.js';
import { getFieldDef, isContainerTemplate } from '../model/catalogue.js';
import type { FieldDef } from '../model/catalogue-types.js';
import { compileFieldIdPattern, getFieldValue, parseFieldId, splitBoxReference, toTemplateId } from '../model/field-id.js';
import { iterateFields } from '../model/walk.js';

export interface PatternSegment {
  /** The key's name; may hold `*` (any text within the segment). */
  name: string;
  /** A fixed slot number, `*` for any slot, or none. */
  index?: number | '*';
}

export interface FieldPattern {
  source: string;
  segments: PatternSegment[];
  /** A trailing `.**`: every field below. */
  deep: boolean;
  /** A box of a checks field (`#otherDept`), for references only. */
  box?: string;
}

const SEGMENT = /^([A-Za-z0-9*]+)(?:\[(\d+|\*)\])?$/;

/** Parses `II[*].4.item[*].contractor` (and `….**`, `…#box`); undefined when it is not a pattern. */
export function parseFieldPattern(source: string): FieldPattern | undefined {
  const { fieldId, box } = splitBoxReference(source);
  const deep = fieldId.endsWith('.**');
  const body = deep ? fieldId.slice(0, -3) : fieldId;
  if (body === '' || (box !== undefined && (deep || !/^[A-Za-z][A-Za-z0-9]*$/.test(box)))) return undefined;
  const segments: PatternSegment[] = [];
  for (const part of body.split('.')) {
    const m = SEGMENT.exec(part);
    if (!m) return undefined;
    const [, name, index] = m;
    if (name!.includes('*') && index !== undefined) return undefined;
    segments.push(index === undefined ? { name: name! } : { name: name!, index: index === '*' ? '*' : Number(index) });
  }
  return { source, segments, deep, ...(box !== undefined ? { box } : {}) };
}

function hasWildcard(segment: PatternSegment): boolean {
  return segment.index === '*' || segment.name.includes('*');
}

function segmentKey(segment: PatternSegment): string {
  return segment.index === undefined ? segment.name : `${segment.name}[${segment.index}]`;
}

function segmentMatcher(segment: PatternSegment): RegExp {
  const name = segment.name.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[A-Za-z0-9]*');
  const index = segment.index === '*' ? '\\[[1-9]\\d*\\]' : segment.index === undefined ? '' : `\\[${segment.index}\\]`;
  return new RegExp(`^${name}${index}$`);
}

/** The pattern as a catalogue template (`[*]` → `[f]`/`[n]`); `*` inside names stays a wildcard. */
function templateSource(pattern: FieldPattern): string {
  return toTemplateId(pattern.segments.map((s) => (s.index === undefined ? s.name : `${s.name}[${s.index}]`)).join('.'));
}

/** Catalogue fields (templates) the pattern names, itself or below it. */
export function catalogueFieldsOf(pattern: FieldPattern): FieldDef[] {
  const template = templateSource(pattern);
  const match = compileFieldIdPattern(template);
  return FIELD_DEFS.filter((def) => def.type !== 'group' && match(def.id));
}

/** Whether the pattern names one leaf field (not a container, no `*` in a name, no `.**`). */
export function isLeafPattern(pattern: FieldPattern): boolean {
  if (pattern.deep || pattern.segments.some((s) => s.name.includes('*'))) return false;
  const def = getFieldDef(templateSource(pattern));
  return def !== undefined && def.type !== 'group';
}

/** Whether the pattern (without a box) names a container of the form. */
export function isContainerPattern(pattern: FieldPattern): boolean {
  const template = templateSource(pattern);
  return isContainerTemplate(template) || getFieldDef(template)?.type === 'group';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The concrete ids a pattern stands for in a document: `[*]` and `*` take the keys present, plain
 * segments are kept even when absent (so `required` can see a missing field of a slot that exists).
 */
export function expandPattern(assessment: unknown, pattern: FieldPattern): string[] {
  let level: { id: string; node: unknown }[] = [{ id: '', node: assessment }];
  for (const segment of pattern.segments) {
    const next: { id: string; node: unknown }[] = [];
    for (const { id, node } of level) {
      if (!hasWildcard(segment)) {
        const key = segmentKey(segment);
        next.push({ id: id ? `${id}.${key}` : key, node: isObject(node) ? node[key] : undefined });
        continue;
      }
      if (!isObject(node)) continue;
      const matcher = segmentMatcher(segment);
      for (const [key, child] of Object.entries(node)) if (matcher.test(key)) next.push({ id: id ? `${id}.${key}` : key, node: child });
    }
    level = next;
  }
  return level.map((l) => l.id);
}

export interface SelectedField {
  fieldId: string;
  def: FieldDef;
  value: unknown;
}

/**
 * The fields a pattern selects in a document, in document order: a leaf id as is (present or not),
 * a container's fields that are present.
 */
export function selectFields(assessment: unknown, pattern: FieldPattern): SelectedField[] {
  const out: SelectedField[] = [];
  const containers: string[] = [];
  for (const id of expandPattern(assessment, pattern)) {
    const def = pattern.deep ? undefined : getFieldDef(toTemplateId(id));
    if (def && def.type !== 'group') out.push({ fieldId: id, def, value: getFieldValue(assessment, id) });
    else containers.push(id);
  }
  if (containers.length > 0) {
    for (const entry of iterateFields(assessment)) {
      if (containers.some((c) => entry.fieldId.startsWith(`${c}.`))) out.push({ fieldId: entry.fieldId, def: entry.def, value: entry.value });
    }
  }
  return out;
}

/** Whether a reference names a sibling in the checked field's slot (one segment, maybe with a box). */
export function isSiblingReference(reference: string): boolean {
  return !splitBoxReference(reference).fieldId.includes('.');
}

/**
 * The concrete id a reference stands for, seen from the checked field `fieldId`: a sibling in the
 * same slot, or the pattern with each `[*]` taking the index of the checked field's segment there.
 * Undefined when a `[*]` has nothing to take (config validation rules that out for valid configs).
 */
export function resolveReference(reference: FieldPattern, fieldId: string): string | undefined {
  const box = reference.box !== undefined ? `#${reference.box}` : '';
  if (isSiblingReference(reference.source)) {
    const dot = splitBoxReference(fieldId).fieldId.lastIndexOf('.');
    return `${dot < 0 ? '' : fieldId.slice(0, dot + 1)}${segmentKey(reference.segments[0]!)}${box}`;
  }
  const own = parseFieldId(fieldId);
  if (!own) return undefined;
  const parts: string[] = [];
  for (const [i, segment] of reference.segments.entries()) {
    if (segment.index !== '*') {
      parts.push(segmentKey(segment));
      continue;
    }
    const mine = own[i];
    if (!mine || mine.name !== segment.name || typeof mine.index !== 'number') return undefined;
    parts.push(`${segment.name}[${mine.index}]`);
  }
  return `${parts.join('.')}${box}`;
}

/**
 * Why a reference's `[*]` cannot take the indexes of fields selected by `field` (for config
 * validation), or undefined when it can: each `[*]` must sit where the field pattern has the same
 * segments up to it and a slot index.
 */
export function bindingProblem(reference: FieldPattern, field: FieldPattern): string | undefined {
  for (const [i, segment] of reference.segments.entries()) {
    if (segment.index !== '*') continue;
    const prefixAgrees = reference.segments.slice(0, i + 1).every((s, j) => field.segments[j]?.name === s.name);
    const target = field.segments[i];
    if (!prefixAgrees || !target || target.index === undefined) {
      return `「${reference.source}」の ${segment.name}[*] を「${field.source}」の番号に対応づけられません / the ${segment.name}[*] of "${reference.source}" has no slot of "${field.source}" to take its index from`;
    }
  }
  return undefined;
}

/** The catalogue template of a resolved reference from a field pattern (for validating references). */
export function referenceTemplate(reference: FieldPattern, field: FieldPattern): string | undefined {
  if (isSiblingReference(reference.source)) {
    if (field.deep || !isLeafPattern(field)) return undefined;
    const parent = field.segments.slice(0, -1).map(segmentKey).join('.');
    const sibling = segmentKey(reference.segments[0]!);
    return toTemplateId(parent ? `${parent}.${sibling}` : sibling) + (reference.box !== undefined ? `#${reference.box}` : '');
  }
  return templateSource(reference) + (reference.box !== undefined ? `#${reference.box}` : '');
}
