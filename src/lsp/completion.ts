/**
 * Completion in JSON assessments (pure): the keys the form of the document's kind has at the cursor
 * (field ids are key paths, so the catalogue gives the children of any object), the boxes of a
 * checklist, and the option names and printed texts of a choice.
 */
import { getLocation, type Node } from 'jsonc-parser';
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import {
  boxListFor,
  enumFor,
  fieldsForKind,
  getAtTokens,
  getFieldDef,
  isContainerTemplate,
  isKind,
  optionsForKind,
  pointerToField,
  toTemplateId,
  tokensToPointer,
  KINDS,
  type FieldDef,
  type Kind,
  type Locale,
} from '../model/index.js';
import type { LineIndex } from '../sources/line-index.js';
import { fieldInfo, kindName } from './field-info.js';
import { jsonValue, parseJsonTree } from './field-at.js';
import { offsetToLspPosition } from './positions.js';

interface Candidate {
  label: string;
  /** What replaces the typed text (a JSON key or value, quoted as needed). */
  insert: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The empty value a new key starts with, by field type: the shapes of the value model. */
function skeleton(def: FieldDef | undefined): string {
  switch (def?.type) {
    case 'choice':
      return def.id === 'meta.kind' ? '""' : '{ "value": null, "raw": null }';
    case 'date':
      return '{ "raw": "", "iso": null }';
    case 'checks':
    case 'group':
      return '{}';
    case 'check':
      return '{ "checked": null }';
    case 'text[]':
      return '[]';
    case undefined:
      return '{}';
    default:
      return 'null';
  }
}

const quote = (text: string) => JSON.stringify(text);

/** The value a new key starts with, from what the key is and what holds it. */
function newKeyValue(containerTokens: string[], key: string): string {
  if (containerTokens.length === 0 && key === '$schema') return '""';
  const parent = containerTokens.length > 0 ? pointerToField(tokensToPointer(containerTokens)) : undefined;
  const parentDef = parent ? getFieldDef(parent.fieldId) : undefined;
  if (parentDef && parentDef.type !== 'group') {
    // A box of a checklist, or a part of a value (`value`/`raw`, `raw`/`iso`, `checked`/`text`).
    if (parentDef.type === 'checks' && parent?.box === undefined) return '{ "checked": true }';
    return key === 'checked' ? 'true' : 'null';
  }
  return skeleton(getFieldDef(toTemplateId([...containerTokens, key].join('.'))));
}

/** Children of a container for a kind: `II[1].4` → `has`, `count`, `item[k]` (the next free slot). */
function childKeys(containerTokens: string[], existing: Record<string, unknown>, kind: Kind, locale: Locale): Candidate[] {
  const prefix = containerTokens.length === 0 ? '' : toTemplateId(containerTokens.join('.')) + '.';
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const def of fieldsForKind(kind)) {
    if (!def.id.startsWith(prefix)) continue;
    const segment = def.id.slice(prefix.length).split('.')[0]!;
    if (seen.has(segment)) continue;
    seen.add(segment);
    let key = segment;
    const slot = /^([A-Za-z][A-Za-z0-9]*)\[(f|n)\]$/.exec(segment);
    if (slot) {
      // The next slot after the ones already written (slot numbers are printed numbers, gaps allowed).
      const pattern = new RegExp(`^${slot[1]}\\[(\\d+)\\]$`);
      const used = Object.keys(existing).map((k) => pattern.exec(k)?.[1]).filter((n): n is string => n !== undefined).map(Number);
      key = `${slot[1]}[${used.length === 0 ? 1 : Math.max(...used) + 1}]`;
    } else if (Object.prototype.hasOwnProperty.call(existing, key)) {
      continue;
    }
    const childId = [...containerTokens, key].join('.');
    const childDef = getFieldDef(toTemplateId(childId));
    const documentation = fieldInfo({ id: childId, kind, locale });
    out.push({
      label: key,
      insert: key,
      kind: childDef && childDef.type !== 'group' ? CompletionItemKind.Field : CompletionItemKind.Module,
      ...(documentation ? { documentation } : {}),
      detail: childDef ? skeletonDetail(childDef, kind) : 'object',
    });
  }
  return out;
}

function skeletonDetail(def: FieldDef, kind: Kind): string {
  const label = def.labels[kind]?.label ?? Object.values(def.labels)[0]?.label ?? '';
  return `${label} (${def.type})`;
}

function keyCandidates(containerTokens: string[], root: unknown, kind: Kind | undefined, locale: Locale): Candidate[] {
  const container = getAtTokens(root, containerTokens);
  const existing = isObject(container) ? container : {};
  if (containerTokens.length === 0) {
    const base: Candidate[] = ['$schema', 'meta']
      .filter((k) => !(k in existing))
      .map((k) => ({ label: k, insert: k, kind: CompletionItemKind.Property }));
    return kind ? [...base, ...childKeys([], existing, kind, locale).filter((c) => c.label !== 'meta')] : base;
  }
  if (containerTokens.length === 1 && containerTokens[0] === 'meta' && !('kind' in existing)) {
    return [{ label: 'kind', insert: 'kind', kind: CompletionItemKind.Property, detail: 'kiso | juten | zenko' }];
  }
  if (!kind) return [];
  const field = pointerToField(tokensToPointer(containerTokens));
  const def = field ? getFieldDef(field.fieldId) : undefined;
  if (field && def && def.type !== 'group') {
    if (field.rest.length > 0) return [];
    const props = (names: string[]) =>
      names.filter((n) => !(n in existing)).map((n) => ({ label: n, insert: n, kind: CompletionItemKind.Property }));
    if (def.type === 'checks' && field.box === undefined) {
      return (boxListFor(def)?.boxes ?? [])
        .filter((b) => !(b.name in existing))
        .map((b) => ({ label: b.name, insert: b.name, kind: CompletionItemKind.EnumMember, detail: b.label }));
    }
    if (def.type === 'checks') {
      const box = boxListFor(def)?.boxes.find((b) => b.name === field.box);
      return props(box?.hasText ? ['checked', 'text'] : ['checked']);
    }
    if (def.type === 'choice') return props(['value', 'raw']);
    if (def.type === 'date') return props(['raw', 'iso']);
    if (def.type === 'check') return props(['checked']);
    return [];
  }
  if (!isContainerTemplate(toTemplateId(containerTokens.join('.')))) return [];
  return childKeys(containerTokens, existing, kind, locale);
}

function valueCandidates(tokens: string[], kind: Kind | undefined, locale: Locale): Candidate[] {
  if (tokens.length === 2 && tokens[0] === 'meta' && tokens[1] === 'kind') {
    return KINDS.map((k) => ({ label: k, insert: quote(k), kind: CompletionItemKind.EnumMember, detail: kindName(k, locale) }));
  }
  if (!kind) return [];
  const field = pointerToField(tokensToPointer(tokens));
  const def = field ? getFieldDef(field.fieldId) : undefined;
  if (!field || !def || def.type !== 'choice') return [];
  const enumDef = enumFor(def, kind);
  if (!enumDef) return [];
  const options = optionsForKind(enumDef, kind);
  const [part] = field.rest;
  if (field.rest.length === 1 && part === 'value') {
    return options.map((o) => ({ label: o.name, insert: quote(o.name), kind: CompletionItemKind.EnumMember, detail: o.text }));
  }
  if (field.rest.length === 1 && part === 'raw') {
    return options.map((o) => ({ label: o.text, insert: quote(o.text), kind: CompletionItemKind.EnumMember, detail: o.name }));
  }
  if (field.rest.length === 0) {
    // The whole choice value: both halves at once, so they cannot disagree.
    return options.map((o) => ({
      label: `${o.text} (${o.name})`,
      insert: `{ "value": ${quote(o.name)}, "raw": ${quote(o.text)} }`,
      kind: CompletionItemKind.Value,
    }));
  }
  return [];
}

/** The text the completion replaces: the string or literal being typed, else a bare word before the cursor. */
function replaceRange(text: string, offset: number, previous: Node | undefined): { start: number; end: number } {
  if (previous && previous.offset <= offset && offset <= previous.offset + previous.length && previous.type !== 'object' && previous.type !== 'array') {
    return { start: previous.offset, end: previous.offset + previous.length };
  }
  const word = /[A-Za-z0-9_$[\]]*$/.exec(text.slice(0, offset))![0];
  return { start: offset - word.length, end: offset };
}

export interface CompletionInput {
  text: string;
  lines: LineIndex;
  offset: number;
  locale: Locale;
}

export function complete({ text, lines, offset, locale }: CompletionInput): CompletionItem[] {
  const location = getLocation(text, offset);
  const root = jsonValue(parseJsonTree(text));
  const declared = getAtTokens(root, ['meta', 'kind']);
  const kind = isKind(declared) ? declared : undefined;
  const tokens = location.path.map(String);
  const range = replaceRange(text, offset, location.previousNode);
  let candidates: Candidate[];
  let isKey = false;
  if (location.isAtPropertyKey) {
    isKey = true;
    candidates = keyCandidates(tokens.slice(0, -1), root, kind, locale);
  } else {
    candidates = valueCandidates(tokens, kind, locale);
  }
  const lspRange: Range = { start: offsetToLspPosition(lines, range.start), end: offsetToLspPosition(lines, range.end) };
  // A new key gets its colon and an empty value of the right shape; an existing `"key": …` keeps its value.
  const hasColon = /^\s*:/.test(text.slice(range.end));
  return candidates.map((c, i): CompletionItem => {
    let newText = isKey ? quote(c.insert) : c.insert;
    if (isKey && !hasColon) {
      newText += `: ${newKeyValue(tokens.slice(0, -1), c.insert)}`;
    }
    const item: CompletionItem = {
      label: c.label,
      kind: c.kind,
      textEdit: { range: lspRange, newText },
      // Clients filter on the replaced text, which includes the opening quote.
      filterText: isKey ? quote(c.insert) : c.insert,
      sortText: String(i).padStart(4, '0'),
    };
    if (c.detail) item.detail = c.detail;
    if (c.documentation) item.documentation = { kind: 'markdown', value: c.documentation };
    return item;
  });
}
