/**
 * Text with a way back to the rendering: every character of a derived string (tags stripped,
 * entities decoded, lines joined) keeps the source range it came from. The rendering text itself is
 * never changed; only these copies are, so every imported value can point at its line and column.
 */
import type { OffsetRange } from '../types.js';

export interface MappedText {
  readonly text: string;
  /** starts[i] / ends[i]: the source range of text[i] (an entity `&amp;` maps one char to five). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export class MappedTextBuilder {
  private text = '';
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /**
   * Appends source[start, end) verbatim: each char maps to its own offset, plus `base` when `source`
   * is itself a slice of the rendering that starts at `base`.
   */
  pushSource(source: string, start: number, end: number, base = 0): void {
    this.text += source.slice(start, end);
    for (let i = start; i < end; i++) {
      this.starts.push(base + i);
      this.ends.push(base + i + 1);
    }
  }

  /** Appends synthetic text (a decoded entity, a line break for `</p>`) mapped to one source range. */
  pushSynthetic(value: string, start: number, end: number): void {
    this.text += value;
    for (let i = 0; i < value.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  pushMapped(m: MappedText, from = 0, to = m.text.length): void {
    this.text += m.text.slice(from, to);
    for (let i = from; i < to; i++) {
      this.starts.push(m.starts[i]!);
      this.ends.push(m.ends[i]!);
    }
  }

  get length(): number {
    return this.text.length;
  }

  endsWith(s: string): boolean {
    return this.text.endsWith(s);
  }

  build(): MappedText {
    return { text: this.text, starts: this.starts, ends: this.ends };
  }
}

/** A verbatim slice of the source. */
export function sourceSlice(source: string, start: number, end: number): MappedText {
  const b = new MappedTextBuilder();
  b.pushSource(source, start, end);
  return b.build();
}

export function emptyMapped(): MappedText {
  return { text: '', starts: [], ends: [] };
}

export function sliceMapped(m: MappedText, from: number, to = m.text.length): MappedText {
  return { text: m.text.slice(from, to), starts: m.starts.slice(from, to), ends: m.ends.slice(from, to) };
}

/** Whitespace for trimming: ASCII, NBSP, U+3000 and the other Unicode spaces. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /^[\s\u00a0\u3000\u200b\ufeff]$/.test(ch);
}

export function trimMapped(m: MappedText): MappedText {
  let a = 0;
  let b = m.text.length;
  while (a < b && isSpace(m.text[a])) a++;
  while (b > a && isSpace(m.text[b - 1])) b--;
  return a === 0 && b === m.text.length ? m : sliceMapped(m, a, b);
}

/** The source range covered by [from, to) of a mapped text; undefined for an empty span. */
export function rangeOf(m: MappedText, from = 0, to = m.text.length): OffsetRange | undefined {
  if (to <= from || from < 0 || to > m.text.length) return undefined;
  let start = Infinity;
  let end = -Infinity;
  // Synthetic characters may map out of order (a reordered option list); take the hull.
  for (let i = from; i < to; i++) {
    if (m.starts[i]! < start) start = m.starts[i]!;
    if (m.ends[i]! > end) end = m.ends[i]!;
  }
  return { start, end };
}

/** Whether the mapped text is a verbatim slice of the source (in-string offsets map 1:1). */
export function isVerbatim(m: MappedText, source: string): boolean {
  if (m.text.length === 0) return false;
  const start = m.starts[0]!;
  for (let i = 0; i < m.text.length; i++) {
    if (m.starts[i] !== start + i || m.ends[i] !== start + i + 1) return false;
  }
  return source.slice(start, start + m.text.length) === m.text;
}

/** Joins mapped pieces with a synthetic separator mapped to the end of the previous piece. */
export function joinMapped(parts: readonly MappedText[], separator: string): MappedText {
  const b = new MappedTextBuilder();
  parts.forEach((p, i) => {
    if (i > 0) {
      const prev = parts[i - 1]!;
      const at = prev.ends.length > 0 ? prev.ends[prev.ends.length - 1]! : (p.starts[0] ?? 0);
      b.pushSynthetic(separator, at, at);
    }
    b.pushMapped(p);
  });
  return b.build();
}

/** Splits on a regular expression (global flag added), keeping each piece's mapping. */
export function splitMapped(m: MappedText, separator: RegExp): MappedText[] {
  const re = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : separator.flags + 'g');
  const out: MappedText[] = [];
  let last = 0;
  for (const match of m.text.matchAll(re)) {
    if (match[0].length === 0) continue;
    out.push(sliceMapped(m, last, match.index));
    last = match.index + match[0].length;
  }
  out.push(sliceMapped(m, last));
  return out;
}

/** Collapses runs of blank lines and trims each line, keeping the mapping (for multi-line values). */
export function tidyLines(m: MappedText): MappedText {
  const lines = splitMapped(m, /\n/).map(trimMapped).filter((l) => l.text !== '');
  return joinMapped(lines, '\n');
}
