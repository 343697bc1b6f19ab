/**
 * Offsets ↔ 1-based line / UTF-16 column, like ESLint. Line starts are computed once per text and
 * looked up by binary search. A line ends at \n, \r\n or a lone \r (CRLF files keep their CRLF).
 */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based UTF-16 column. */
  column: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) starts.push(i + 1);
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  offsetToPosition(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.starts[lo]! + 1 };
  }

  positionToOffset(position: Position): number {
    const lineStart = this.starts[Math.max(0, Math.min(position.line - 1, this.starts.length - 1))]!;
    return Math.min(this.text.length, lineStart + Math.max(0, position.column - 1));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }
}

const cache = new WeakMap<object, LineIndex>();

/** Convenience for one-off lookups; prefer a LineIndex held by the caller on hot paths. */
export function offsetToPosition(text: string, offset: number): Position {
  return new LineIndex(text).offsetToPosition(offset);
}

export function positionToOffset(text: string, position: Position): number {
  return new LineIndex(text).positionToOffset(position);
}

/** A LineIndex memoised per owner object (e.g. a SourceDocument). */
export function lineIndexFor(owner: object, text: string): LineIndex {
  let index = cache.get(owner);
  if (!index || index.text !== text) {
    index = new LineIndex(text);
    cache.set(owner, index);
  }
  return index;
}
