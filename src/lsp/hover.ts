/**
 * Hover (pure over a lint snapshot): the field under the cursor in the form's words (field-info.ts),
 * and, on a law citation inside its text, what the citation meant on the document's as-of date.
 */
import type { Hover } from 'vscode-languageserver';
import { fieldLabelOptions } from '../model/index.js';
import { fieldInfo } from './field-info.js';
import { jsonFieldAt, renderingFieldAt, type FieldAt } from './field-at.js';
import { offsetToLspPosition } from './positions.js';
import type { LintSnapshot } from './snapshot.js';

/** One citation found in a string: [start, end) of the string's value, and markdown about it. */
export interface CitationNote {
  start: number;
  end: number;
  markdown: string;
}

/** The as-of date citations are judged at, and where it came from (the law module's ResolvedAsOf). */
export interface CitationAsOf {
  date: string;
  source: string;
  /** `YYYY-MM` when the document is dated only to the month. */
  month?: string;
}

/**
 * Describes the citations of a text as of a date (citation-hover.ts, over the law module). Kept as
 * a parameter so that hovers stay testable without the timeline.
 */
export type CitationDescriber = (text: string, asOf: CitationAsOf, locale: 'ja' | 'en') => CitationNote[];

function citationAt(snapshot: LintSnapshot, field: FieldAt, offset: number, describe: CitationDescriber | undefined): { markdown: string; start: number; end: number } | undefined {
  if (!describe || !field.stringTarget || !snapshot.source || !snapshot.asOf) return undefined;
  const { target, text } = field.stringTarget;
  for (const note of describe(text, snapshot.asOf, snapshot.locale)) {
    const range = snapshot.source.locateInString(target, note.start, note.end);
    if (range && range.start <= offset && offset <= range.end) return { markdown: note.markdown, ...range };
  }
  return undefined;
}

export function hover(snapshot: LintSnapshot, offset: number, describeCitations?: CitationDescriber): Hover | null {
  if (!snapshot.kind) return null;
  const field =
    snapshot.format === 'json'
      ? jsonFieldAt(snapshot.text, offset)
      : snapshot.source
        ? renderingFieldAt(snapshot.source, offset)
        : undefined;
  if (!field) return null;
  const info = fieldInfo({
    id: field.id,
    kind: snapshot.kind,
    locale: snapshot.locale,
    value: field.value,
    labelOptions: snapshot.source?.assessment ? fieldLabelOptions(snapshot.source.assessment) : {},
  });
  const citation = citationAt(snapshot, field, offset, describeCitations);
  if (!info && !citation) return null;
  const parts = citation ? [citation.markdown, ...(info ? ['---', info] : [])] : [info!];
  const range = citation ?? field.range;
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n') },
    range: { start: offsetToLspPosition(snapshot.lines, range.start), end: offsetToLspPosition(snapshot.lines, range.end) },
  };
}
