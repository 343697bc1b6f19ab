import type { SourceComment } from '../sources/types.js';
import type { LineIndex } from '../sources/line-index.js';
import type { LintMessage, MessageSeverity } from './types.js';

/**
 * Inline directives, as ESLint's: in JSONC comments (`// pialint-disable-next-line rule-id`) and in
 * renderings (`<!-- pialint-disable rule-id -->`). Kinds: disable / enable (a region, by position),
 * disable-line, disable-next-line. No rule list means every rule; `-- reason` documents why.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means all rules. */
  rules: string[];
  justification: string;
  comment: SourceComment;
  /** 1-based line of the comment's start and end. */
  line: number;
  endLine: number;
}

const DIRECTIVE = /^\s*pialint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

function commentBody(value: string): string {
  if (value.startsWith('//')) return value.slice(2);
  if (value.startsWith('/*')) return value.slice(2, value.endsWith('*/') ? -2 : undefined);
  if (value.startsWith('<!--')) return value.slice(4, value.endsWith('-->') ? -3 : undefined);
  return value;
}

export function parseDirectives(comments: readonly SourceComment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(commentBody(comment.value));
    if (!match) continue;
    const [ruleText = '', justification = ''] = match[2]!.split(/\s--\s?/, 2);
    const rules = ruleText
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    directives.push({
      kind: match[1] as DirectiveKind,
      rules,
      justification: justification.trim(),
      comment,
      line: lines.offsetToPosition(comment.range.start).line,
      endLine: lines.offsetToPosition(comment.range.end).line,
    });
  }
  return directives;
}

function covers(directive: Directive, ruleId: string | null): boolean {
  return directive.rules.length === 0 || (ruleId !== null && directive.rules.includes(ruleId));
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  suppressed: (LintMessage & { suppressions: { kind: 'directive'; justification: string }[] })[];
  unused: Directive[];
}

/** Splits messages into kept and suppressed; fatal messages are never suppressed. */
export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[], lines: LineIndex): DirectiveOutcome {
  const used = new Set<Directive>();
  const kept: LintMessage[] = [];
  const suppressed: DirectiveOutcome['suppressed'] = [];
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.comment.range.start - b.comment.range.start);
  for (const message of messages) {
    if (message.fatal || message.ruleId === null) {
      kept.push(message);
      continue;
    }
    const offset = lines.positionToOffset({ line: message.line, column: message.column });
    let by: Directive | undefined;
    for (const d of directives) {
      if (d.kind === 'disable-line' && d.line <= message.line && message.line <= d.endLine && covers(d, message.ruleId)) by = d;
      if (d.kind === 'disable-next-line' && message.line === d.endLine + 1 && covers(d, message.ruleId)) by = d;
    }
    if (!by) {
      // The last region directive before the message that concerns its rule decides.
      let state: Directive | undefined;
      for (const d of regions) {
        if (d.comment.range.start > offset) break;
        if (covers(d, message.ruleId)) state = d.kind === 'disable' ? d : undefined;
      }
      by = state;
    }
    if (by) {
      used.add(by);
      suppressed.push({ ...message, suppressions: [{ kind: 'directive', justification: by.justification }] });
    } else {
      kept.push(message);
    }
  }
  const unused = directives.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { messages: kept, suppressed, unused };
}

export function unusedDirectiveMessage(directive: Directive, lines: LineIndex, severity: MessageSeverity, locale: 'ja' | 'en'): LintMessage {
  const start = lines.offsetToPosition(directive.comment.range.start);
  const end = lines.offsetToPosition(directive.comment.range.end);
  const which = directive.rules.length > 0 ? directive.rules.join(', ') : locale === 'en' ? 'any rule' : 'すべてのルール';
  return {
    ruleId: null,
    severity,
    message:
      locale === 'en'
        ? `Unused pialint-${directive.kind} directive (no problem from ${which} was reported here).`
        : `使われていない pialint-${directive.kind} ディレクティブです（${which} の指摘はここにありません）。`,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fieldId: null,
    fix: { range: [directive.comment.range.start, directive.comment.range.end], text: '' },
  };
}
