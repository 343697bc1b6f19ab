/**
 * Which field is under the cursor (pure). In JSON the key path is the field id (its keys are the id
 * segments); in a rendering, the field whose located value or label contains the offset.
 */
import { findNodeAtOffset, getNodePath, parseTree, type Node } from 'jsonc-parser';
import {
  boxListFor,
  getAtTokens,
  getFieldDef,
  isContainerTemplate,
  iterateFields,
  parseFieldId,
  pointerToField,
  toTemplateId,
  tokensToPointer,
} from '../model/index.js';
import type { OffsetRange, SourceDocument } from '../sources/types.js';

export interface FieldAt {
  /** Instance id, box reference or container id. */
  id: string;
  /** The field id without a box, for value lookups. */
  fieldId: string;
  /** The hovered key or value. */
  range: OffsetRange;
  /** The field's value in the document (undefined when missing). */
  value: unknown;
  /**
   * The string under the cursor inside the field (a text field, or one entry of a text list), as a
   * target `SourceDocument.locateInString` accepts: for citations.
   */
  stringTarget?: { target: string; text: string };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Tolerant parse of the document: an editor's text is often mid-edit. */
export function parseJsonTree(text: string): Node | undefined {
  return parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
}

/** The key path of the node under the cursor (a key counts as its property's value). */
function pathAt(root: Node, offset: number): { tokens: string[]; node: Node } | undefined {
  const node = findNodeAtOffset(root, offset, true);
  if (!node) return undefined;
  const parent = node.parent;
  if (parent?.type === 'property' && parent.children?.[0] === node) {
    const value = parent.children[1];
    if (value) return { tokens: getNodePath(value).map(String), node };
    const object = parent.parent;
    return { tokens: [...(object ? getNodePath(object).map(String) : []), String(node.value)], node };
  }
  return { tokens: getNodePath(node).map(String), node };
}

export function jsonFieldAt(text: string, offset: number, root: Node | undefined = parseJsonTree(text)): FieldAt | undefined {
  if (!root) return undefined;
  const at = pathAt(root, offset);
  if (!at || at.tokens.length === 0) return undefined;
  const document = jsonValue(root);
  const range = { start: at.node.offset, end: at.node.offset + at.node.length };
  const field = pointerToField(tokensToPointer(at.tokens));
  const def = field ? getFieldDef(field.fieldId) : undefined;
  // A key a group slot does not have resolves to the group: that is no field to describe.
  if (field && def?.type === 'group' && field.rest.length > 0) return undefined;
  if (field) {
    const id = field.box !== undefined ? `${field.fieldId}#${field.box}` : field.fieldId;
    const value = getAtTokens(document, field.fieldId.split('.'));
    const result: FieldAt = { id, fieldId: field.fieldId, range, value };
    if (at.node.type === 'string' && field.box === undefined && (field.rest.length === 0 || /^\d+$/.test(field.rest[0] ?? ''))) {
      // The field's own string, or one entry of a text list (`/I/3/fileNames/0`).
      result.stringTarget = { target: tokensToPointer(at.tokens), text: String(at.node.value) };
    }
    return result;
  }
  // A section, risk or group that holds fields (`II[1].4`, `II[1].4.item[2]`).
  for (let i = at.tokens.length; i > 0; i--) {
    const id = at.tokens.slice(0, i).join('.');
    if (parseFieldId(id) && isContainerTemplate(toTemplateId(id))) {
      return { id, fieldId: id, range, value: getAtTokens(document, at.tokens.slice(0, i)) };
    }
  }
  return undefined;
}

/** jsonc-parser's getNodeValue, keeping keys such as `__proto__` as own properties. */
export function jsonValue(node: Node | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) Object.defineProperty(out, String(key.value), { value: jsonValue(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((child) => jsonValue(child));
    default:
      return node.value;
  }
}

function contains(range: OffsetRange | undefined, offset: number): range is OffsetRange {
  return range !== undefined && range.start <= offset && offset <= range.end;
}

interface LocatedField {
  id: string;
  fieldId: string;
  range: OffsetRange;
  value: unknown;
  isValue: boolean;
}

/** Every located value and label of a rendering, computed once per document (hovers repeat). */
const locatedCache = new WeakMap<SourceDocument, LocatedField[]>();

function locatedFields(source: SourceDocument): LocatedField[] {
  const cached = locatedCache.get(source);
  if (cached) return cached;
  const out: LocatedField[] = [];
  const add = (id: string, fieldId: string, range: OffsetRange | undefined, value: unknown, isValue: boolean) => {
    if (range) out.push({ id, fieldId, range, value, isValue });
  };
  for (const { fieldId, def, value } of iterateFields(source.assessment)) {
    add(fieldId, fieldId, source.locate(fieldId), value, true);
    add(fieldId, fieldId, source.locateLabel?.(fieldId), value, false);
    if (def.type === 'checks' && isObject(value)) {
      for (const box of boxListFor(def)?.boxes ?? []) {
        if (box.name in value) add(`${fieldId}#${box.name}`, fieldId, source.locate(`${fieldId}#${box.name}`), value, false);
      }
    }
  }
  locatedCache.set(source, out);
  return out;
}

/** The narrowest field (or box) of a rendering whose value or label contains the offset. */
export function renderingFieldAt(source: SourceDocument, offset: number): FieldAt | undefined {
  if (!source.assessment) return undefined;
  let best: LocatedField | undefined;
  for (const candidate of locatedFields(source)) {
    const { range } = candidate;
    if (!contains(range, offset)) continue;
    if (best && best.range.end - best.range.start <= range.end - range.start) continue;
    best = candidate;
  }
  if (!best) return undefined;
  const result: FieldAt = { id: best.id, fieldId: best.fieldId, range: best.range, value: best.value };
  if (best.isValue && typeof best.value === 'string') result.stringTarget = { target: best.fieldId, text: best.value };
  return result;
}
