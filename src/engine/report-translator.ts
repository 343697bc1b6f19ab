import type { Kind, Locale } from '../model/kinds.js';
import { fieldLabel, pointerToField, type FieldLabelOptions } from '../model/index.js';
import { splitBoxReference } from '../model/field-id.js';
import type { SourceDocument, OffsetRange } from '../sources/types.js';
import type { LineIndex } from '../sources/line-index.js';
import { interpolate, localize } from './message-text.js';
import type {
  AnyRuleModule,
  LintMessage,
  MessageSeverity,
  RelatedLocation,
  ReportDescriptor,
  TextEdit,
  ValueEdit,
} from './types.js';

/** Resolves a report target (field id, box reference or pointer) to the canonical field id it is about. */
export function targetFieldId(target: string): string | null {
  if (!target.startsWith('/')) return target;
  const field = pointerToField(target);
  if (!field) return null;
  return field.box !== undefined ? `${field.fieldId}#${field.box}` : field.fieldId;
}

/** The range of a target: its value, else its key/label, else the file start (never a guess from text). */
export function targetRange(doc: SourceDocument, target: string): OffsetRange {
  const value = doc.locate(target);
  if (value) return value;
  const { fieldId, box } = splitBoxReference(target.startsWith('/') ? target : target);
  if (box !== undefined) {
    const field = doc.locate(fieldId);
    if (field) return field;
  }
  return doc.locateLabel?.(target) ?? doc.locateLabel?.(fieldId) ?? { start: 0, end: 0 };
}

/** Several value edits become one text edit (ESLint's fix shape); undefined if any cannot be placed. */
export function valueEditsToTextEdit(doc: SourceDocument, edits: ValueEdit | ValueEdit[]): TextEdit | undefined {
  const list = Array.isArray(edits) ? edits : [edits];
  const textEdits: TextEdit[] = [];
  for (const edit of list) {
    if (edit.type === 'replaceInString') {
      const range = doc.locateInString(edit.target, edit.start, edit.end);
      if (!range) return undefined;
      // Inside a JSON string literal the new text must be escaped (a quote, backslash or newline in
      // a replacement would otherwise break the file); a rendering takes it as it is.
      const text = doc.sourceKind === 'json' ? JSON.stringify(edit.text).slice(1, -1) : edit.text;
      textEdits.push({ range: [range.start, range.end], text });
    } else {
      const textEdit = doc.editValue?.(edit.target, edit.value);
      if (!textEdit) return undefined;
      textEdits.push(textEdit);
    }
  }
  return mergeTextEdits(doc.text, textEdits);
}

export function mergeTextEdits(text: string, edits: TextEdit[]): TextEdit | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.range[0] < sorted[i - 1]!.range[1]) return undefined;
  const start = sorted[0]!.range[0];
  const end = sorted[sorted.length - 1]!.range[1];
  let out = '';
  let cursor = start;
  for (const edit of sorted) {
    out += text.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  out += text.slice(cursor, end);
  return { range: [start, end], text: out };
}

export interface TranslateContext {
  doc: SourceDocument;
  lines: LineIndex;
  kind: Kind;
  locale: Locale;
  rule: AnyRuleModule;
  ruleId: string;
  severity: MessageSeverity;
  /** The document's file names, so that labels of multi-file documents name the file. */
  labelOptions: FieldLabelOptions;
}

function labelOf(fieldId: string | null, kind: Kind, locale: Locale, options: FieldLabelOptions): string | undefined {
  if (!fieldId) return undefined;
  try {
    return fieldLabel(fieldId, kind, locale, options);
  } catch {
    return undefined;
  }
}

function messageText(ctx: TranslateContext, messageId: string, data: Record<string, string | number> | undefined, label: string | undefined): string {
  const template = ctx.rule.meta.messages[messageId];
  if (!template) throw new Error(`rule ${ctx.ruleId} reported unknown messageId "${messageId}"`);
  return interpolate(localize(template, ctx.locale), { label: label ?? '', ...data });
}

/** Turns what a rule reported on the assessment into a message on the file the user opened. */
export function translateReport(ctx: TranslateContext, report: ReportDescriptor): LintMessage {
  const fieldId = targetFieldId(report.target);
  const label = labelOf(fieldId, ctx.kind, ctx.locale, ctx.labelOptions);
  let range: OffsetRange = report.at ?? targetRange(ctx.doc, report.target);
  if (report.span && !report.at) {
    const narrowed = ctx.doc.locateInString(report.target, report.span.start, report.span.end);
    if (narrowed) range = narrowed;
  }
  const start = ctx.lines.offsetToPosition(range.start);
  const end = ctx.lines.offsetToPosition(range.end);
  const severity = report.severity !== undefined ? (Math.min(report.severity, ctx.severity) as MessageSeverity) : ctx.severity;
  const message: LintMessage = {
    ruleId: ctx.ruleId,
    severity,
    message: messageText(ctx, report.messageId, report.data, label),
    messageId: report.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fieldId,
  };
  if (label) message.fieldLabel = label;
  if (report.asOf) message.asOf = report.asOf;
  if (report.fix && ctx.rule.meta.fixable) {
    const fix = valueEditsToTextEdit(ctx.doc, report.fix);
    if (fix) message.fix = fix;
  }
  if (report.suggest && report.suggest.length > 0) {
    const suggestions = [];
    for (const suggestion of report.suggest) {
      const fix = valueEditsToTextEdit(ctx.doc, suggestion.fix);
      if (fix) suggestions.push({ messageId: suggestion.messageId, desc: messageText(ctx, suggestion.messageId, suggestion.data, label), fix });
    }
    if (suggestions.length > 0) message.suggestions = suggestions;
  }
  if (report.related && report.related.length > 0) {
    message.relatedInformation = report.related.map((related): RelatedLocation => {
      const relatedId = targetFieldId(related.target);
      const relatedLabel = labelOf(relatedId, ctx.kind, ctx.locale, ctx.labelOptions);
      const relatedRange = targetRange(ctx.doc, related.target);
      const a = ctx.lines.offsetToPosition(relatedRange.start);
      const b = ctx.lines.offsetToPosition(relatedRange.end);
      const text = related.messageId ? messageText(ctx, related.messageId, related.data, relatedLabel) : (relatedLabel ?? relatedId ?? '');
      const location: RelatedLocation = { message: text, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      if (relatedId) location.fieldId = relatedId;
      return location;
    });
  }
  return message;
}
