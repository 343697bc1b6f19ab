/**
 * pialint positions ↔ LSP positions. pialint speaks ESLint's convention (1-based line, 1-based UTF-16
 * column, end exclusive); LSP is 0-based with UTF-16 character offsets (its default
 * `positionEncoding`). Both count a line break as \n, \r\n or a lone \r, so only the bases differ.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { LineIndex } from '../sources/line-index.js';

/** 1-based line/column → LSP position. */
export function toLspPosition(line: number, column: number): Position {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
}

/** A message's span; a message with no end is an empty range at its start (never a guessed width). */
export function toLspRange(place: { line: number; column: number; endLine?: number; endColumn?: number }): Range {
  const start = toLspPosition(place.line, place.column);
  const end = place.endLine !== undefined && place.endColumn !== undefined ? toLspPosition(place.endLine, place.endColumn) : start;
  return { start, end };
}

/** A UTF-16 offset into the linted text → LSP position. */
export function offsetToLspPosition(lines: LineIndex, offset: number): Position {
  const { line, column } = lines.offsetToPosition(offset);
  return toLspPosition(line, column);
}

/** An LSP position → UTF-16 offset into the text (clamped to the line, as LSP asks). */
export function lspPositionToOffset(lines: LineIndex, position: Position): number {
  const lineStart = lines.lineStart(position.line + 1);
  const nextLine = position.line + 1 < lines.lineCount ? lines.lineStart(position.line + 2) : lines.text.length;
  // The line's content ends before its line break.
  let contentEnd = nextLine;
  if (position.line + 1 < lines.lineCount) {
    contentEnd = nextLine - 1;
    if (lines.text.charCodeAt(contentEnd) === 10 && lines.text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
  }
  return Math.min(lineStart + position.character, Math.max(lineStart, contentEnd));
}

export function rangesIntersect(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  // Touching counts: a cursor at the end of a diagnostic still gets its quick fixes.
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
