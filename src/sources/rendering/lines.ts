/**
 * Lines and TAB cells of a rendering, with offsets. Markdown structure (ATX headings, bullet items,
 * thematic breaks) is read per line through unified + remark-parse: renderings use Markdown only at
 * the start of a line, and a per-line parse keeps one bad line from swallowing its neighbours.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { MappedText } from './mapped-text.js';
import { trimMapped } from './mapped-text.js';
import { htmlToMapped } from './html-text.js';

export interface Line {
  /** 0-based line number. */
  index: number;
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
}

export interface Cell {
  start: number;
  end: number;
  /** Visible text (tags stripped, entities decoded, inputs as markers), trimmed, mapped to the rendering. */
  plain: MappedText;
}

export interface Row {
  line: Line;
  /** Markdown heading depth (1–6) when the line is an ATX heading. */
  heading?: number;
  /** The line is a Markdown bullet item (`- …`). */
  bullet?: boolean;
  /** Cells split on TAB; trailing empty cells dropped (they are conversion noise, catalogue §7.1). */
  cells: Cell[];
  /** The line follows a blank line. */
  afterBlank: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lines.push({ index: index++, start, end: i });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ index, start, end: text.length });
  return lines;
}

type MdProcessor = { parse(text: string): unknown };
let processor: MdProcessor | undefined;
function markdown(): MdProcessor {
  processor ??= unified().use(remarkParse) as unknown as MdProcessor;
  return processor;
}

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Lines worth a Markdown parse: headings, bullets, thematic breaks. Everything else is form text. */
const MD_CANDIDATE = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-*+](?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)/;
/** Lines longer than this are never Markdown structure worth a parse (random input, huge cells). */
const MD_MAX = 20000;

interface MdLine {
  kind: 'heading' | 'bullet' | 'break';
  depth?: number;
  contentStart: number;
  contentEnd: number;
}

function readMarkdownLine(text: string, line: Line): MdLine | undefined {
  const raw = text.slice(line.start, line.end);
  if (raw.length > MD_MAX || !MD_CANDIDATE.test(raw)) return undefined;
  let root: MdNode;
  try {
    root = markdown().parse(raw) as MdNode;
  } catch {
    return undefined;
  }
  const first = root.children?.[0];
  if (!first) return undefined;
  if (first.type === 'thematicBreak') return { kind: 'break', contentStart: line.end, contentEnd: line.end };
  if (first.type === 'heading') {
    const span = childSpan(first);
    const [a, b] = span ?? [raw.length, raw.length];
    return { kind: 'heading', depth: first.depth ?? 1, contentStart: line.start + a, contentEnd: line.start + b };
  }
  if (first.type === 'list') {
    const item = first.children?.[0];
    const para = item?.children?.[0];
    const span = para ? [para.position?.start.offset, para.position?.end.offset] : undefined;
    if (span && span[0] !== undefined && span[1] !== undefined) {
      // The paragraph of a one-line item ends at the line end; keep any trailing TAB cells too.
      return { kind: 'bullet', contentStart: line.start + span[0], contentEnd: line.end };
    }
    return { kind: 'bullet', contentStart: line.end, contentEnd: line.end };
  }
  return undefined;
}

function childSpan(node: MdNode): [number, number] | undefined {
  const kids = node.children ?? [];
  const a = kids[0]?.position?.start.offset;
  const b = kids[kids.length - 1]?.position?.end.offset;
  return a === undefined || b === undefined ? undefined : [a, b];
}

/** A Markdown pipe-table row (`| a | b |`): its cells are split on unescaped `|` instead of TAB. */
function pipeRow(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const line = text.slice(start, end);
  const m = /^(\s*)\|(.*)\|\s*$/.exec(line);
  if (!m || line.includes('\t')) return undefined;
  const inner = start + m[1]!.length + 1;
  return { start: inner, end: inner + m[2]!.length };
}

/** `|---|:---:|` separates a pipe table's header from its body. */
function isPipeSeparator(text: string, start: number, end: number): boolean {
  return /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/.test(text.slice(start, end));
}

export function splitCells(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  const pipe = pipeRow(text, start, end);
  const sep = pipe ? 124 : 9;
  if (pipe) {
    start = pipe.start;
    end = pipe.end;
  }
  let cellStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || (text.charCodeAt(i) === sep && !(pipe && text.charCodeAt(i - 1) === 92))) {
      cells.push({ start: cellStart, end: i, plain: trimMapped(htmlToMapped(text, cellStart, i)) });
      cellStart = i + 1;
    }
  }
  while (cells.length > 0 && cells[cells.length - 1]!.plain.text === '') cells.pop();
  return cells;
}

/** Every line of the text as a row of cells. */
export function readRows(text: string, lines: Line[] = splitLines(text)): Row[] {
  const rows: Row[] = [];
  let afterBlank = true;
  for (const line of lines) {
    const md = readMarkdownLine(text, line);
    if (md?.kind === 'break' || isPipeSeparator(text, line.start, line.end)) {
      rows.push({ line, cells: [], afterBlank });
      afterBlank = true;
      continue;
    }
    const cells = splitCells(text, md?.contentStart ?? line.start, md?.contentEnd ?? line.end);
    const row: Row = { line, cells, afterBlank };
    if (md?.kind === 'heading') row.heading = md.depth ?? 1;
    if (md?.kind === 'bullet') row.bullet = true;
    rows.push(row);
    afterBlank = cells.length === 0;
  }
  return rows;
}

/** Whether a row has no visible text. */
export function isBlankRow(row: Row): boolean {
  return row.cells.every((c) => c.plain.text === '');
}
