/**
 * Code actions from a lint snapshot (pure): a rule's fix and its suggestions as quick fixes,
 * "disable for this line" (a `pialint-disable-next-line` directive above the line), "fix all of this
 * rule in the file", and `source.fixAll.pialint` for fix-on-save.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Locale } from '../model/kinds.js';
import type { LintMessage, TextEdit as PialintEdit } from '../engine/types.js';
import type { LineIndex } from '../sources/line-index.js';
import type { SourceFormat } from '../sources/read-source.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import { offsetToLspPosition, rangesIntersect, sameRange } from './positions.js';
import type { LintSnapshot } from './snapshot.js';

/** The kind clients ask for on save (`editor.codeActionsOnSave: { "source.fixAll.pialint": … }`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.pialint`;

export interface CodeActionOptions {
  /** The client applies `documentChanges` (versioned edits): stale edits are then refused, not misapplied. */
  documentChanges: boolean;
}

const TITLES = {
  fix: { ja: (rule: string) => `「${rule}」の問題を修正する`, en: (rule: string) => `Fix this ${rule} problem` },
  disable: { ja: (rule: string) => `この行の「${rule}」を無効にする`, en: (rule: string) => `Disable ${rule} for this line` },
  fixRule: {
    ja: (rule: string) => `このファイルの「${rule}」の問題をすべて修正する`,
    en: (rule: string) => `Fix all ${rule} problems in this file`,
  },
  fixAll: { ja: () => 'pialint で自動修正できる問題をすべて修正する', en: () => 'Fix all auto-fixable pialint problems' },
} as const;

function title(which: keyof typeof TITLES, locale: Locale, rule = ''): string {
  return TITLES[which][locale](rule);
}

function toLspEdit(lines: LineIndex, edit: PialintEdit): TextEdit {
  return { range: { start: offsetToLspPosition(lines, edit.range[0]), end: offsetToLspPosition(lines, edit.range[1]) }, newText: edit.text };
}

function workspaceEdit(snapshot: LintSnapshot, edits: TextEdit[], options: CodeActionOptions): WorkspaceEdit {
  if (options.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: snapshot.uri, version: snapshot.version }, edits }] };
  }
  return { changes: { [snapshot.uri]: edits } };
}

/**
 * The non-overlapping fixes among `messages`, in text order (the first pass of ESLint's fixer: an
 * overlapping fix waits for the next run, which re-lints the fixed text).
 */
export function nonOverlappingFixes(messages: readonly LintMessage[]): PialintEdit[] {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is PialintEdit => f !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const out: PialintEdit[] = [];
  let lastEnd = -1;
  for (const fix of fixes) {
    if (fix.range[0] < lastEnd) continue;
    out.push(fix);
    lastEnd = fix.range[1];
  }
  return out;
}

/** Where a directive lives in each format. */
const DIRECTIVE = 'pialint-disable-next-line';
const EXISTING_DIRECTIVE: Record<SourceFormat, RegExp> = {
  // `// pialint-disable-next-line a, b -- why` or `/* pialint-disable-next-line a */`
  json: /^(\s*)(?:\/\/|\/\*)\s*pialint-disable-next-line\b/,
  rendering: /^(\s*)<!--\s*pialint-disable-next-line\b/,
};

/** The document's own line break, so an inserted line does not mix styles. */
function lineBreakOf(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  if (text.includes('\n')) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

function lineText(lines: LineIndex, line: number): { start: number; text: string } {
  const start = lines.lineStart(line);
  const end = line < lines.lineCount ? lines.lineStart(line + 1) : lines.text.length;
  return { start, text: lines.text.slice(start, end).replace(/\r?\n$|\r$/, '') };
}

/** The end of a directive's rule list on its line: before ` -- reason`, `*\/`, `-->` or trailing space. */
function ruleListEnd(text: string): number {
  let end = text.length;
  for (const closer of [/\s--\s/, /\*\//, /-->/]) {
    const m = closer.exec(text);
    if (m && m.index < end) end = m.index;
  }
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The edit that disables `ruleId` on `line` (1-based): extend a directive already on the line above
 * (two stacked directives would make the first one target the second), else insert one there with the
 * line's indentation.
 */
export function disableDirectiveEdit(lines: LineIndex, format: SourceFormat, line: number, ruleId: string): TextEdit | undefined {
  const eol = lineBreakOf(lines.text);
  if (line > 1) {
    const above = lineText(lines, line - 1);
    if (EXISTING_DIRECTIVE[format].test(above.text)) {
      const listStart = above.text.indexOf(DIRECTIVE) + DIRECTIVE.length;
      const listEnd = ruleListEnd(above.text);
      const listed = above.text.slice(listStart, Math.max(listStart, listEnd)).split(',').map((s) => s.trim());
      if (listed.includes(ruleId)) return undefined;
      const at = offsetToLspPosition(lines, above.start + Math.max(listStart, listEnd));
      const separator = listed.some((s) => s !== '') ? ', ' : ' ';
      return { range: { start: at, end: at }, newText: `${separator}${ruleId}` };
    }
  }
  const current = lineText(lines, line);
  const indent = /^[ \t\u3000]*/.exec(current.text)![0];
  const comment = format === 'json' ? `// ${DIRECTIVE} ${ruleId}` : `<!-- ${DIRECTIVE} ${ruleId} -->`;
  const at = offsetToLspPosition(lines, current.start);
  return { range: { start: at, end: at }, newText: `${indent}${comment}${eol}` };
}

/** The snapshot's messages that the client's diagnostics stand for (matched by code, range and text). */
function messagesFor(snapshot: LintSnapshot, diagnostics: readonly Diagnostic[], range: Range): number[] {
  const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const indexes: number[] = [];
  snapshot.diagnostics.forEach((published, i) => {
    if (i >= snapshot.messages.length) return;
    const matched =
      ours.length > 0
        ? ours.some((d) => d.code === published.code && d.message === published.message && sameRange(d.range, published.range))
        : // A client that sends no diagnostics (or none of ours) gets the actions at the requested range.
          rangesIntersect(published.range, range);
    if (matched) indexes.push(i);
  });
  return indexes;
}

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(snapshot: LintSnapshot, range: Range, context: CodeActionContext, options: CodeActionOptions): CodeAction[] {
  const { lines, locale } = snapshot;
  const only = context.only;
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix, only)) {
    const disabled = new Set<string>();
    const fixedRules = new Set<string>();
    for (const i of messagesFor(snapshot, context.diagnostics, range)) {
      const message = snapshot.messages[i]!;
      const diagnostic = snapshot.diagnostics[i]!;
      const rule = message.ruleId;
      if (message.fix) {
        actions.push({
          title: rule ? title('fix', locale, rule) : message.message,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: workspaceEdit(snapshot, [toLspEdit(lines, message.fix)], options),
        });
      }
      for (const suggestion of message.suggestions ?? []) {
        actions.push({
          title: suggestion.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(snapshot, [toLspEdit(lines, suggestion.fix)], options),
        });
      }
      if (rule && !fixedRules.has(rule)) {
        fixedRules.add(rule);
        const fixes = nonOverlappingFixes(snapshot.messages.filter((m) => m.ruleId === rule));
        // Offered when it does more than the single fix above.
        if (fixes.length > 1) {
          actions.push({
            title: title('fixRule', locale, rule),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(snapshot, fixes.map((f) => toLspEdit(lines, f)), options),
          });
        }
      }
      // A fatal message (a syntax error) has no rule and cannot be disabled.
      const key = `${rule}:${message.line}`;
      if (rule && !message.fatal && !disabled.has(key)) {
        disabled.add(key);
        const edit = disableDirectiveEdit(lines, snapshot.format, message.line, rule);
        if (edit) {
          actions.push({
            title: title('disable', locale, rule),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(snapshot, [edit], options),
          });
        }
      }
    }
  }
  // Asked for by kind (on save, or the source action menu); without `only`, offered beside the quick
  // fixes of a problem so that clients without a source action menu (Neovim, Emacs) reach it too.
  const asked = only && only.length > 0 ? wanted(FIX_ALL_KIND, only) : actions.length > 0;
  if (asked) {
    const all = fixAllAction(snapshot, options);
    if (all) actions.push(all);
  }
  return actions;
}

/** Every non-overlapping fix in the file, as one action (`source.fixAll.pialint`, for fix-on-save). */
export function fixAllAction(snapshot: LintSnapshot, options: CodeActionOptions): CodeAction | undefined {
  const fixes = nonOverlappingFixes(snapshot.messages);
  if (fixes.length === 0) return undefined;
  return {
    title: title('fixAll', snapshot.locale),
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(snapshot, fixes.map((f) => toLspEdit(snapshot.lines, f)), options),
  };
}
