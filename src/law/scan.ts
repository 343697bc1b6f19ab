/**
 * Low-level readers for citation syntax: whitespace, separators, article chains (第N条の2第N項第N号)
 * and table rows (30の項, 第5項, 項番30), single elements and lists of them. All readers are
 * bounded: each call looks at a constant number of characters beyond what it consumes.
 */
import { readNumeral, type NumeralStyle } from './numerals.js';

export type Unit = '条' | '項' | '号' | 'row';

export interface NumeralSpan {
  value: number;
  start: number;
  end: number;
  style: NumeralStyle | 'mixed';
}

export interface Segment {
  /** undefined while a compact list element waits for the unit written after the last element. */
  unit: Unit | undefined;
  num: NumeralSpan;
  branch?: NumeralSpan;
  /** Deeper branches: 「第21条の5の30」. */
  subBranches?: NumeralSpan[];
  start: number;
  end: number;
}

export interface Element {
  start: number;
  end: number;
  segs: Segment[];
  /** The unit was taken from a later element (「第1、2、3条」). */
  compact: boolean;
}

const WHITESPACE = new Set([' ', '\t', '\u3000', '\r', '\n', '\u00a0']);

export function isWs(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE.has(ch);
}

export function skipWs(text: string, pos: number, max: number): number {
  let p = pos;
  while (p < text.length && p - pos < max && isWs(text[p])) p++;
  return p;
}

export function skipWsBack(text: string, pos: number, max: number): number {
  let p = pos;
  while (p > 0 && pos - p < max && isWs(text[p - 1])) p--;
  return p;
}

const SEPARATORS = ['及び', '並びに', '若しくは', '又は', 'から', '、', '，', ',', '・', '～', '〜'];

/** Reads a list separator (「、」「及び」…) with surrounding blanks; undefined when there is none. */
export function readSeparator(text: string, pos: number): number | undefined {
  const p = skipWs(text, pos, 2);
  for (const s of SEPARATORS) if (text.startsWith(s, p)) return skipWs(text, p + s.length, 2);
  return undefined;
}

const LEVEL: Readonly<Record<Unit, number>> = { '条': 1, '項': 2, '号': 3, row: 1 };

function isIdeograph(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** A branch numeral (「の2」「の二」) may be followed only by citation syntax, not by a word (「の一部」). */
function readBranch(text: string, pos: number): NumeralSpan | undefined {
  if (text[pos] !== 'の') return undefined;
  const n = readNumeral(text, pos + 1);
  if (!n || n.value < 1) return undefined;
  const after = text[n.end];
  // 「第十九条の七に規定する」 is a branch; 「第1条の一部」 is not (a word follows the numeral).
  if (n.style === 'kanji' && isIdeograph(after) && !'第条項号及並又若'.includes(after!)) return undefined;
  if (after === '月' || after === '年' || after === '日' || after === '人' || after === '件') return undefined;
  return { value: n.value, start: pos + 1, end: n.end, style: n.style };
}

function numeralAt(text: string, pos: number): NumeralSpan | undefined {
  const n = readNumeral(text, pos);
  if (!n || n.value < 1) return undefined;
  return { value: n.value, start: pos, end: n.end, style: n.style };
}

/** 第N条(の2) / 第N項 / 第N号(の2), or a compact 「N」「Nの2」 without a unit when allowed. */
export function readArticleSegment(text: string, pos: number, allowCompact: boolean): Segment | undefined {
  const start = pos;
  let p = pos;
  const hasDai = text[p] === '第';
  if (hasDai) p = skipWs(text, p + 1, 1);
  const num = numeralAt(text, p);
  if (!num) return undefined;
  const r = skipWs(text, num.end, 1);
  const unitCh = text[r];
  if (unitCh === '条' || unitCh === '項' || unitCh === '号') {
    let end = r + 1;
    let branch: NumeralSpan | undefined;
    let subBranches: NumeralSpan[] | undefined;
    if (unitCh !== '項') {
      branch = readBranch(text, end);
      if (branch) {
        end = branch.end;
        if (unitCh === '条') {
          for (let b = readBranch(text, end); b && (subBranches?.length ?? 0) < 4; b = readBranch(text, end)) {
            (subBranches ??= []).push(b);
            end = b.end;
          }
        }
      }
    }
    return { unit: unitCh, num, branch, subBranches, start, end };
  }
  if (!allowCompact) return undefined;
  // Compact list element: 「10の2」, possibly with the unit right after (「59の3条」).
  const branch = readBranch(text, num.end);
  if (branch) {
    let last = branch;
    let subBranches: NumeralSpan[] | undefined;
    for (let b = readBranch(text, last.end); b && (subBranches?.length ?? 0) < 4; b = readBranch(text, last.end)) {
      (subBranches ??= []).push(b);
      last = b;
    }
    const r2 = skipWs(text, last.end, 1);
    const u2 = text[r2];
    if (u2 === '条' || u2 === '項' || u2 === '号') return { unit: u2, num, branch, subBranches, start, end: r2 + 1 };
    return { unit: undefined, num, branch, subBranches, start, end: last.end };
  }
  return { unit: undefined, num, start, end: num.end };
}

/** An element of an article list: a chain from its top unit down (第9条第1項第2号). */
export function readArticleElement(text: string, pos: number): Element | undefined {
  const top = readArticleSegment(text, pos, true);
  if (!top) return undefined;
  const segs = [top];
  let end = top.end;
  if (top.unit !== undefined) {
    let level = LEVEL[top.unit];
    for (;;) {
      const q = skipWs(text, end, 2);
      if (text[q] !== '第') break;
      const s = readArticleSegment(text, q, false);
      if (!s || s.unit === undefined || LEVEL[s.unit] <= level) break;
      segs.push(s);
      end = s.end;
      level = LEVEL[s.unit];
    }
  }
  return { start: pos, end, segs, compact: false };
}

/** A table row: 「30の項」「第5項」「56の2の項」「項番30」, or a compact 「16」 before 「及び30の項」. */
export function readRowElement(text: string, pos: number): Element | undefined {
  if (text.startsWith('項番', pos)) {
    const p = skipWs(text, pos + 2, 2);
    const num = numeralAt(text, p);
    if (!num) return undefined;
    const branch = readBranch(text, num.end);
    const end = branch ? branch.end : num.end;
    return { start: pos, end, segs: [{ unit: 'row', num, branch, start: pos, end }], compact: false };
  }
  let p = pos;
  if (text[p] === '第') p = skipWs(text, p + 1, 1);
  const num = numeralAt(text, p);
  if (!num) return undefined;
  const branch = readBranch(text, num.end);
  const q = branch ? branch.end : num.end;
  const r = skipWs(text, q, 1);
  if (text[r] === '項' && text[r + 1] !== '番') {
    return { start: pos, end: r + 1, segs: [{ unit: 'row', num, branch, start: pos, end: r + 1 }], compact: false };
  }
  if (text[r] === 'の') {
    const r2 = skipWs(text, r + 1, 1);
    if (text[r2] === '項' && text[r2 + 1] !== '番') {
      return { start: pos, end: r2 + 1, segs: [{ unit: 'row', num, branch, start: pos, end: r2 + 1 }], compact: false };
    }
  }
  return { start: pos, end: q, segs: [{ unit: undefined, num, branch, start: pos, end: q }], compact: false };
}

/** Lists longer than this are cut: no real citation list comes close. */
const MAX_LIST = 400;

export interface ListResult {
  elements: Element[];
  /** Where reading stopped; a caller that failed may skip to here (the tail cannot start a list either). */
  scannedTo: number;
}

/**
 * Reads `el (sep el)*` and resolves compact elements: an element without a unit takes the unit of
 * the next element that has one; trailing elements without a unit are dropped.
 */
export function readList(text: string, pos: number, readElement: (text: string, pos: number) => Element | undefined): ListResult {
  const first = readElement(text, pos);
  if (!first) return { elements: [], scannedTo: pos };
  const elements = [first];
  let last = first;
  while (elements.length < MAX_LIST) {
    const s = readSeparator(text, last.end);
    if (s === undefined) break;
    const next = readElement(text, s);
    if (!next) break;
    elements.push(next);
    last = next;
  }
  const scannedTo = last.end;
  let keep = elements.length;
  while (keep > 0 && elements[keep - 1]!.segs[0]!.unit === undefined) keep--;
  elements.length = keep;
  let unit: Unit | undefined;
  for (let i = keep - 1; i >= 0; i--) {
    const top = elements[i]!.segs[0]!;
    if (top.unit !== undefined) unit = top.unit;
    else {
      top.unit = unit;
      elements[i]!.compact = true;
    }
  }
  return { elements, scannedTo };
}
