/**
 * Canonical field ids (catalogue §1.1) and their JSON pointers.
 *
 * An assessment's JSON uses the id's segments verbatim as object keys, so the mapping is a pure
 * bijection with no document lookup: `II[1].4.item[2].contractor` ↔ `/II[1]/4/item[2]/contractor`.
 * Keys like `II[1]` keep slot numbers as printed (gaps allowed) and keep file blocks (`III[1]`)
 * apart from the document-level items (`III.8`) that share the Roman numeral.
 */

export interface FieldIdSegment {
  /** The word or number of the segment (`item`, `4`, `II`). */
  name: string;
  /** The concrete 1-based index, the template letter, or undefined for a plain segment. */
  index?: number | 'f' | 'n';
}

const SEGMENT = /^([A-Za-z][A-Za-z0-9]*|\d{1,2})(?:\[(\d+|f|n|\*)\])?$/;

/** Segments whose index is a file position rather than a printed slot number. */
const FILE_INDEXED = new Set(['II', 'III', 'records']);

export function parseFieldId(id: string): FieldIdSegment[] | undefined {
  const hash = id.indexOf('#');
  const body = hash >= 0 ? id.slice(0, hash) : id;
  if (body === '') return undefined;
  const segments: FieldIdSegment[] = [];
  for (const part of body.split('.')) {
    const m = SEGMENT.exec(part);
    if (!m) return undefined;
    const [, name, index] = m;
    if (index === undefined) segments.push({ name: name! });
    else if (index === 'f' || index === 'n') segments.push({ name: name!, index });
    else if (index === '*') return undefined;
    else segments.push({ name: name!, index: Number(index) });
  }
  return segments;
}

export function formatFieldId(segments: readonly FieldIdSegment[]): string {
  return segments.map((s) => (s.index === undefined ? s.name : `${s.name}[${s.index}]`)).join('.');
}

/** `II[1].4.item[3].contractor` → `II[f].4.item[n].contractor`. A box reference loses its box. */
export function toTemplateId(id: string): string {
  const hash = id.indexOf('#');
  const body = hash >= 0 ? id.slice(0, hash) : id;
  return body.replace(/([A-Za-z][A-Za-z0-9]*)\[(\d+|f|n|\*)\]/g, (_m, name: string) =>
    `${name}[${FILE_INDEXED.has(name) ? 'f' : 'n'}]`,
  );
}

/** Splits `id#box` into the field id and the box name. */
export function splitBoxReference(id: string): { fieldId: string; box?: string } {
  const hash = id.indexOf('#');
  return hash >= 0 ? { fieldId: id.slice(0, hash), box: id.slice(hash + 1) } : { fieldId: id };
}

function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerToTokens(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.replace(/^\//, '').split('/').map(unescapePointerToken);
}

export function tokensToPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => '/' + escapePointerToken(String(t))).join('');
}

/** The JSON pointer of a field id or box reference (`II[1].3.sources#otherDept` → `/II[1]/3/sources/otherDept`). */
export function fieldIdToPointer(id: string): string {
  const { fieldId, box } = splitBoxReference(id);
  const tokens = fieldId.split('.');
  if (box !== undefined) tokens.push(box);
  return tokensToPointer(tokens);
}

/**
 * The field that contains a JSON pointer: the longest prefix of the pointer that `isField` accepts
 * (given the template id). Deeper tokens are the value's inner parts (`/raw`, `/value`, a box).
 */
export function pointerToFieldId(
  pointer: string,
  isField: (templateId: string) => 'checks' | boolean,
): { fieldId: string; box?: string; rest: string[] } | undefined {
  const tokens = pointerToTokens(pointer);
  for (let i = tokens.length; i > 0; i--) {
    const candidate = tokens.slice(0, i).join('.');
    if (!parseFieldId(candidate)) continue;
    const kind = isField(toTemplateId(candidate));
    if (!kind) continue;
    const rest = tokens.slice(i);
    if (kind === 'checks' && rest.length > 0) return { fieldId: candidate, box: rest[0]!, rest: rest.slice(1) };
    return { fieldId: candidate, rest };
  }
  return undefined;
}

/** Reads the value at a field id (or pointer tokens); `undefined` means missing. */
export function getAtTokens(root: unknown, tokens: readonly string[]): unknown {
  let node: unknown = root;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(token)) return undefined;
      node = node[Number(token)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
      node = (node as Record<string, unknown>)[token];
    }
  }
  return node;
}

export function getFieldValue(root: unknown, id: string): unknown {
  return getAtTokens(root, pointerToTokens(fieldIdToPointer(id)));
}

/**
 * Field-id patterns for config overrides and declarative rules: `*` in an index matches any index
 * (`II[*].5.provide[*]`), a trailing `.**` or a bare prefix matches every field below.
 */
export function compileFieldIdPattern(pattern: string): (id: string) => boolean {
  const deep = pattern.endsWith('.**');
  const body = deep ? pattern.slice(0, -3) : pattern;
  let source = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (body.startsWith('[*]', i)) {
      source += '\\[\\d+\\]';
      i += 2;
    } else if (ch === '*') source += '[^.#\\[]*';
    else source += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern names a field or a container: it also matches everything below it.
  const re = new RegExp(`^${source}(?:[.#].*)?$`);
  return (id) => re.test(id);
}
