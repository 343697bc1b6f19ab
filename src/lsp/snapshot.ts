/**
 * The result of linting one version of one open document, kept so that code actions, hovers and
 * completions answer from the same reading the diagnostics came from (pialint's fix ranges are
 * offsets into exactly that text).
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { Kind, Locale } from '../model/kinds.js';
import type { LintMessage } from '../engine/types.js';
import type { SourceFormat } from '../sources/read-source.js';
import type { LineIndex } from '../sources/line-index.js';
import type { SourceDocument } from '../sources/types.js';
import type { CitationAsOf } from './hover.js';

export interface LintSnapshot {
  uri: string;
  /** The document version that was linted. */
  version: number;
  text: string;
  lines: LineIndex;
  format: SourceFormat;
  locale: Locale;
  /** The document as read (null when the text could not be read at all). */
  source: SourceDocument | null;
  kind: Kind | undefined;
  /** The as-of date the rules used, when the document is an assessment. */
  asOf: CitationAsOf | undefined;
  messages: LintMessage[];
  /** The published diagnostics, parallel to `messages` (a config error adds one without a message). */
  diagnostics: Diagnostic[];
}
