/**
 * Building replacement texts by editing a citation's own text: only the parts that change are
 * rewritten, each number in the style it was written in, so 「第１９条第７号」 becomes 「第１９条第８号」
 * and 「別表第一の三十の項」 becomes 「別表の四十四の項」.
 */
import type { Citation, CitationPart, PartRole } from './citation.js';
import { formatNumeral, type NumeralStyle } from './numerals.js';

/** An edit in absolute offsets of the parsed text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The style for numbers the citation did not have: its own style, or half-width when mixed or absent. */
export function styleFor(c: Citation): NumeralStyle {
  return c.digitStyle === 'fullwidth' || c.digitStyle === 'kanji' || c.digitStyle === 'halfwidth' ? c.digitStyle : 'halfwidth';
}

export function partOf(c: Citation, role: PartRole): CitationPart | undefined {
  return c.parts.find((p) => p.role === role);
}

/** Renders 「第2条の表」「第19条第8号」… with every number in one style. */
export function renderNumbers(template: string, style: NumeralStyle): string {
  return template.replace(/\d+/g, (d) => formatNumeral(Number(d), style));
}

/** Replaces the numeral of `role` by `value`, in the style that numeral was written in. */
export function numeralEdit(c: Citation, role: PartRole, value: number): Edit | undefined {
  const part = partOf(c, role);
  if (!part) return undefined;
  const style = part.style === undefined || part.style === 'mixed' ? styleFor(c) : part.style;
  return { start: part.start, end: part.end, text: formatNumeral(value, style) };
}

/** A row written 「30の2」: sets the row and adds, changes or removes the branch. */
export function rowEdits(c: Citation, rowRole: 'annexItem' | 'tableRow', row: string): Edit[] {
  const [main, branch] = row.split('の').map(Number) as [number, number | undefined];
  const edits: Edit[] = [];
  const mainEdit = numeralEdit(c, rowRole, main);
  if (!mainEdit) return edits;
  const branchPart = partOf(c, rowRole === 'annexItem' ? 'annexItemBranch' : 'tableRowBranch');
  const style = partOf(c, rowRole)?.style;
  const numStyle = style === undefined || style === 'mixed' ? styleFor(c) : style;
  if (branchPart) {
    // The 「の」 before the branch numeral goes with it.
    if (branch === undefined) edits.push({ start: branchPart.start - 1, end: branchPart.end, text: '' });
    else edits.push({ start: branchPart.start, end: branchPart.end, text: formatNumeral(branch, numStyle) });
    edits.push(mainEdit);
  } else if (branch !== undefined) {
    edits.push({ ...mainEdit, text: `${mainEdit.text}の${formatNumeral(branch, numStyle)}` });
  } else edits.push(mainEdit);
  return edits;
}

/** Applies non-overlapping edits to the citation's text. */
export function applyEdits(c: Citation, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = c.text;
  for (const e of sorted) {
    const s = e.start - c.start;
    const t = e.end - c.start;
    if (s < 0 || t > c.text.length || s > t) continue;
    out = out.slice(0, s) + e.text + out.slice(t);
  }
  return out;
}

/** 1 → 「第一」 (kanji), 「第1」 (half-width), 「第１」 (full-width). */
export function ordinalText(value: 1 | 2, style: NumeralStyle): string {
  return `第${formatNumeral(value, style)}`;
}
