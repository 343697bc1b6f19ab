/**
 * A rendering (.md / .txt) as a SourceDocument: the importer's assessment plus the way back from a
 * field, box or JSON pointer to its line and column in the rendering the user opened. The text is
 * kept exactly as decoded; only the importer's copies are normalised.
 */
import { fieldIdToPointer, pointerToField, pointerToTokens, tokensToPointer } from '../model/index.js';
import type { LintMessage, SourceNote } from '../engine/types.js';
import { lineIndexFor } from './line-index.js';
import { importRendering, looksLikeRendering } from './rendering/index.js';
import type { ImportResult } from './rendering/index.js';
import type { DecodedText, OffsetRange, SourceComment, SourceDocument } from './types.js';

export interface RenderingSource extends SourceDocument {
  /** The full importer result (confidences, exact strings), for tools that want more than the contract. */
  readonly importResult: ImportResult;
  /** Whether the text looks like an assessment at all (a README.md does not). */
  readonly isAssessment: boolean;
}

function toPointer(target: string): string {
  return target.startsWith('/') ? target : fieldIdToPointer(target);
}

/** The field (instance id) a target belongs to: `II[1].3.sources#other` → `II[1].3.sources`. */
function fieldOf(target: string): string | undefined {
  const pointer = toPointer(target);
  const found = pointerToField(pointer);
  if (found) return found.fieldId;
  const tokens = pointerToTokens(pointer);
  return tokens.length > 0 ? tokens.join('.') : undefined;
}

/** Every `<!-- … -->` with its range (for `<!-- pialint-disable rule-id -->` directives). */
export function findHtmlComments(text: string): SourceComment[] {
  const out: SourceComment[] = [];
  const re = /<!--([\s\S]*?)-->/g;
  for (const m of text.matchAll(re)) {
    out.push({ value: (m[1] ?? '').trim(), range: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

export function createRenderingSource(filePath: string, decoded: DecodedText): RenderingSource {
  const text = decoded.text;
  const result = importRendering(text, { fileName: filePath });
  const { valueRanges, labelRanges, exactStrings } = result;

  const locateLabel = (target: string): OffsetRange | undefined => {
    const field = fieldOf(target);
    if (field === undefined) return undefined;
    const direct = labelRanges.get(field);
    if (direct) return direct;
    // A slot field with no label of its own points at its slot header (`委託事項3`).
    const slot = /^(.*\[\d+\])\.[^.]+$/.exec(field)?.[1];
    return slot ? labelRanges.get(slot) : undefined;
  };

  const locate = (target: string): OffsetRange | undefined => {
    const pointer = toPointer(target);
    const exact = valueRanges.get(pointer);
    if (exact) return exact;
    // A deeper part of a value (`/raw`, a box's `/text`) falls back to the enclosing value.
    const tokens = pointerToTokens(pointer);
    for (let i = tokens.length - 1; i > 0; i--) {
      const up = valueRanges.get(tokensToPointer(tokens.slice(0, i)));
      if (up) return up;
    }
    return locateLabel(target);
  };

  const locateInString = (target: string, start: number, end: number): OffsetRange | undefined => {
    let pointer = toPointer(target);
    if (!exactStrings.has(pointer) && exactStrings.has(`${pointer}/raw`)) pointer = `${pointer}/raw`;
    if (!exactStrings.has(pointer)) return undefined;
    const range = valueRanges.get(pointer);
    if (!range || start < 0 || end < start || range.start + end > range.end) return undefined;
    return { start: range.start + start, end: range.start + end };
  };

  return {
    filePath,
    sourceKind: result.sourceKind,
    text,
    encoding: decoded.encoding,
    bom: decoded.bom,
    assessment: result.assessment,
    locate,
    locateLabel,
    locateInString,
    parseMessages: [],
    importNotes: result.notes,
    unknownFields: result.unknownFields,
    comments: findHtmlComments(text),
    importResult: result,
    // The importer has just detected the kind over the whole text: a kind found (or two in conflict)
    // is looksLikeRendering's first test, so the second scan of the text is only needed without one.
    isAssessment: (text.length <= 2_000_000 && result.notes.some((n) => n.messageId === 'kindDetected' || n.messageId === 'kindConflict')) || looksLikeRendering(text),
  };
}

/**
 * An import note as a LintMessage (`ruleId: 'import'`, severity 0 for info and 1 for warning),
 * positioned by its range, else by its field's value or label, else at the top of the file.
 */
export function importNoteToMessage(note: SourceNote, doc: SourceDocument, locale: 'ja' | 'en' = 'ja'): LintMessage {
  const range = note.range ?? (note.fieldId ? (doc.locate(note.fieldId) ?? doc.locateLabel?.(note.fieldId)) : undefined);
  const index = lineIndexFor(doc, doc.text);
  const start = index.offsetToPosition(range?.start ?? 0);
  const end = index.offsetToPosition(range?.end ?? 0);
  return {
    ruleId: 'import',
    severity: note.severity === 'warning' ? 1 : 0,
    message: locale === 'en' ? note.message.en : note.message.ja,
    messageId: note.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fieldId: note.fieldId,
  };
}
