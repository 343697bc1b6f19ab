import type { Assessment } from '../model/values.js';
import type { LintMessage, SourceNote } from '../engine/types.js';

export type SourceKind = 'json' | 'markdown' | 'pdf-text';

export interface DecodedText {
  text: string;
  encoding: 'utf8' | 'utf16le' | 'utf16be' | 'shift_jis';
  bom: boolean;
}

/** A half-open range of UTF-16 offsets into `SourceDocument.text`. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A comment the source found (JSONC `//`/`/* *\/`, or `<!-- -->` in renderings), for directives. */
export interface SourceComment {
  value: string;
  range: OffsetRange;
}

/**
 * What every source (JSON, rendering) hands to the engine: the decoded text, the typed assessment,
 * and the way back from a field to the text. Mirrors the data path of architecture.md.
 */
export interface SourceDocument {
  filePath: string;
  sourceKind: SourceKind;
  text: string;
  encoding: DecodedText['encoding'];
  bom: boolean;
  /** null when the text could not be read as an assessment (a fatal message says why). */
  assessment: Assessment | null;
  /** The range of the value at a field id, box reference or JSON pointer; undefined if not in the text. */
  locate(target: string): OffsetRange | undefined;
  /** The range of the key (JSON) or label (rendering) of a target, for fields that are missing a value. */
  locateLabel?(target: string): OffsetRange | undefined;
  /**
   * The text range of [start, end) of the string at a target (a string field, or the `raw` of a
   * choice/date), when it maps exactly to the text; undefined otherwise (then no fix is offered).
   */
  locateInString(target: string, start: number, end: number): OffsetRange | undefined;
  /** Set a whole JSON value (JSON sources only). */
  editValue?(target: string, value: unknown): { range: [number, number]; text: string } | undefined;
  /** Fatal messages from reading the file (syntax errors): when present, no rule runs. */
  parseMessages: LintMessage[];
  /** The importer's notes on a rendering (reported by the `import` rule); empty for JSON. */
  importNotes?: readonly SourceNote[];
  /** Fields the importer could not recover (silences required/count/conditional rules). */
  unknownFields: ReadonlySet<string>;
  comments: SourceComment[];
}
