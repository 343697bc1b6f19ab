/**
 * The rendering importer: a published rendering (Markdown with HTML fragments and TAB cells, or PDF
 * text) → an assessment JSON with the position of every value in the rendering, the fields that
 * stayed unknown, a confidence per field and import notes. Pure and synchronous; never throws.
 */
import type { Assessment, Kind } from '../../model/index.js';
import type { OffsetRange } from '../types.js';
import { AssessmentBuilder } from './builder.js';
import type { ImportNote } from './builder.js';
import { completeness } from './completeness.js';
import { formView } from './form-view.js';
import { detectKind } from './kind.js';
import { readRows, splitLines } from './lines.js';
import { looksLikePdfText, readPdfText } from './pdf-reader.js';
import { readTabRows } from './tab-reader.js';

export type { ImportNote } from './builder.js';
export { formatFields, listFields, compareIds } from './format-fields.js';

export interface ImportResult {
  sourceKind: 'markdown' | 'pdf-text';
  assessment: Assessment;
  /** JSON pointer of a value (a field, `/raw` of a choice or date, a box `/II[1]/3/sources/other`) → its range in the text. */
  valueRanges: Map<string, OffsetRange>;
  /** Field id → range of its label in the text. */
  labelRanges: Map<string, OffsetRange>;
  /** Pointers whose string value is a verbatim slice of the text at its range (in-string offsets map 1:1). */
  exactStrings: Set<string>;
  notes: ImportNote[];
  /** Field ids (instances) the rendering lost or the importer could not place. */
  unknownFields: Set<string>;
  /** Field id → 0..1. */
  confidence: Map<string, number>;
}

export interface ImportOptions {
  fileName?: string;
  /** Read as this kind instead of detecting it. */
  kind?: Kind;
}

/** Whether the text shows signs of an assessment form (a kind signal or several form labels). */
export function looksLikeRendering(text: string): boolean {
  try {
    if (detectKind(text.slice(0, 2_000_000)).kind !== null) return true;
    const sample = text.slice(0, 200_000).normalize('NFKC');
    const labels = ['特定個人情報ファイル名', '評価実施機関', '個人番号の利用', '委託の有無', '提供・移転の有無', 'リスクへの対策は十分か'];
    return labels.filter((l) => sample.includes(l)).length >= 2;
  } catch {
    return false;
  }
}

export function importRendering(text: string, options: ImportOptions = {}): ImportResult {
  const source = typeof text === 'string' ? text : '';
  const pdf = safe(() => looksLikePdfText(source), false);
  const sourceKind: ImportResult['sourceKind'] = pdf ? 'pdf-text' : 'markdown';
  const detection = safe(() => detectKind(source), undefined);
  const kind: Kind = options.kind ?? detection?.kind ?? 'juten';
  const b = new AssessmentBuilder(source, kind);
  if (!options.kind) {
    if (!detection || detection.kind === null) {
      b.note('warning', 'kindUndetected', 'meta.kind', { kind });
    } else if (detection.conflict) {
      const signals = (Object.entries(detection.scores) as [Kind, number][])
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k}:${v}`)
        .join(', ');
      b.note('warning', 'kindConflict', 'meta.kind', { kind, signals });
    } else {
      b.note('info', 'kindDetected', 'meta.kind', { kind, signal: detection.signal });
    }
  }
  const view = formView(kind);
  try {
    if (pdf) readPdfText(source, b, view);
    else readTabRows(source, readRows(source, splitLines(source)), b, view);
  } catch (error) {
    b.note('warning', 'importFailed', null, { error: error instanceof Error ? error.message : String(error) });
  }
  try {
    completeness(b, view);
  } catch (error) {
    b.note('warning', 'importFailed', null, { error: error instanceof Error ? error.message : String(error) });
  }
  return {
    sourceKind,
    assessment: b.assessment,
    valueRanges: b.valueRanges,
    labelRanges: b.labelRanges,
    exactStrings: b.exactStrings,
    notes: b.notes,
    unknownFields: b.unknownFields,
    confidence: b.confidence,
  };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
