/**
 * The visible text of an HTML fragment (a TAB cell such as `<p>[ 実施する ]</p> <p>&lt;選択肢&gt; …</p>`),
 * parsed with hast-util-from-html, with every character mapped back to the rendering.
 *
 * - Block elements (`<p>`, `<li>`, `<div>`, `<br>`, table rows) become line breaks.
 * - `<input>` elements become private-use marker characters (markers.ts), so the checkbox and
 *   choice readers see the boxes in reading order among the labels.
 * - Japanese text in angle brackets (`<いわき市における措置>`) is text: the HTML tokenizer only opens
 *   a tag on `<` + ASCII letter, `/` or `!` (catalogue §7.8), and entities are decoded.
 */
import { fromHtml } from 'hast-util-from-html';
import type { MappedText } from './mapped-text.js';
import { MappedTextBuilder, sourceSlice } from './mapped-text.js';
import { BOX_CHECKED, BOX_UNCHECKED, RADIO_CHECKED, RADIO_UNCHECKED } from './markers.js';

interface HastPosition {
  start: { offset?: number };
  end: { offset?: number };
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  position?: HastPosition;
}

const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'dl', 'dt', 'dd', 'pre',
]);
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'template', 'head', 'title']);

/** A cheap test before paying for a parser: only `<` + letter, `/`, `!` opens markup; `&` may be an entity. */
export function hasMarkup(text: string): boolean {
  return /<[A-Za-z/!]|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/.test(text);
}

/** Visible text of source[start, end) with offsets into `source`. Never throws. */
export function htmlToMapped(source: string, start: number, end: number): MappedText {
  const fragment = source.slice(start, end);
  if (!hasMarkup(fragment)) return sourceSlice(source, start, end);
  let tree: HastNode;
  try {
    tree = fromHtml(fragment, { fragment: true }) as unknown as HastNode;
  } catch {
    return sourceSlice(source, start, end);
  }
  const out = new MappedTextBuilder();
  walk(tree, fragment, start, out);
  return out.build();
}

function offsets(node: HastNode): [number, number] | undefined {
  const a = node.position?.start.offset;
  const b = node.position?.end.offset;
  return a === undefined || b === undefined ? undefined : [a, b];
}

function lineBreak(out: MappedTextBuilder, at: number): void {
  if (out.length > 0 && !out.endsWith('\n')) out.pushSynthetic('\n', at, at);
}

function walk(node: HastNode, fragment: string, base: number, out: MappedTextBuilder): void {
  if (node.type === 'text') {
    // Whitespace between blocks (`</p> <p>`) is no content.
    if ((out.length === 0 || out.endsWith('\n')) && (node.value ?? '').trim() === '') return;
    pushText(node, fragment, base, out);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  const tag = node.tagName ?? '';
  if (SKIP.has(tag)) return;
  const pos = offsets(node);
  const at = pos ? base + pos[0] : base;
  if (tag === 'input') {
    const type = String(node.properties?.type ?? 'checkbox').toLowerCase();
    const checked = node.properties?.checked === true || node.properties?.checked === '';
    const marker = type === 'radio' ? (checked ? RADIO_CHECKED : RADIO_UNCHECKED) : checked ? BOX_CHECKED : BOX_UNCHECKED;
    out.pushSynthetic(marker, at, pos ? base + pos[1] : at);
    return;
  }
  if (tag === 'br') {
    out.pushSynthetic('\n', at, pos ? base + pos[1] : at);
    return;
  }
  if (tag === 'img') {
    const alt = node.properties?.alt;
    if (typeof alt === 'string' && alt.trim() !== '') out.pushSynthetic(alt, at, pos ? base + pos[1] : at);
    return;
  }
  const block = BLOCK.has(tag);
  if (block) lineBreak(out, at);
  if (CELL.has(tag) && out.length > 0 && !out.endsWith('\n')) out.pushSynthetic('\n', at, at);
  for (const child of node.children ?? []) walk(child, fragment, base, out);
  if (block) {
    const endAt = pos ? base + pos[1] : at;
    lineBreak(out, endAt);
  }
}

/** Maps a text node char by char: verbatim when it is, else by re-decoding its entities. */
function pushText(node: HastNode, fragment: string, base: number, out: MappedTextBuilder): void {
  const value = node.value ?? '';
  const pos = offsets(node);
  if (!pos) {
    out.pushSynthetic(value, base, base);
    return;
  }
  const [a, b] = pos;
  const raw = fragment.slice(a, b);
  if (raw === value) {
    out.pushSource(fragment, a, b, base);
    return;
  }
  const decoded = decodeWithOffsets(raw);
  if (decoded.text === value) {
    for (let i = 0; i < value.length; i++) {
      out.pushSynthetic(value[i]!, base + a + decoded.starts[i]!, base + a + decoded.ends[i]!);
    }
    return;
  }
  // The parser changed the text in a way we cannot replay (e.g. NUL): map it to the node as a whole.
  out.pushSynthetic(value, base + a, base + b);
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', copy: '©', reg: '®', yen: '¥', times: '×', divide: '÷', hellip: '…', mdash: '—',
  ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·', bull: '•', laquo: '«', raquo: '»',
};

function decodeWithOffsets(raw: string): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/y;
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '&') {
      re.lastIndex = i;
      const m = re.exec(raw);
      if (m) {
        let ch: string | undefined;
        if (m[1] !== undefined) ch = safeCodePoint(Number(m[1]));
        else if (m[2] !== undefined) ch = safeCodePoint(parseInt(m[2], 16));
        else ch = NAMED[m[3]!];
        if (ch !== undefined) {
          for (let k = 0; k < ch.length; k++) {
            starts.push(i);
            ends.push(i + m[0].length);
          }
          text += ch;
          i += m[0].length;
          continue;
        }
      }
    }
    text += raw[i];
    starts.push(i);
    ends.push(i + 1);
    i++;
  }
  return { text, starts, ends };
}

function safeCodePoint(n: number): string | undefined {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
  return String.fromCodePoint(n);
}
