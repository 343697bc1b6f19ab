import type { Locale } from '../model/kinds.js';
import type { Formatter, LintMessage, LintResult } from '../engine/types.js';
import { palette, type Palette } from './ansi.js';
import { displayPath, messageExtras, severityName, severityWord } from './common.js';
import { padEndToWidth, padStartToWidth, stringWidth } from './string-width.js';

/**
 * ESLint's stylish: a table per file with problems, then a summary. pialint adds the info level to the
 * summary, the field label when the message does not name it, and localised words.
 */

interface Row {
  line: string;
  column: string;
  severity: string;
  message: string;
  ruleId: string;
}

interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
}

function colorSeverity(message: LintMessage, word: string, c: Palette): string {
  const name = severityName(message);
  if (name === 'error') return c.red(word);
  if (name === 'warning') return c.yellow(word);
  return c.cyan(word);
}

function row(message: LintMessage, locale: Locale, c: Palette): Row {
  // ESLint drops a final "." (its messages are sentences without a full stop); 。 stays.
  const text = message.message.replace(/([^ ])\.$/u, '$1');
  const extras = messageExtras(message, locale);
  return {
    line: String(message.line || 0),
    column: String(message.column || 0),
    severity: colorSeverity(message, severityWord(message, locale), c),
    message: [text, ...extras.map((extra) => c.dim(extra))].join(' '),
    ruleId: c.dim(message.ruleId ?? ''),
  };
}

function widest(rows: Row[], key: keyof Row): number {
  return rows.reduce((max, r) => Math.max(max, stringWidth(r[key])), 0);
}

/** `  12:5   エラー  message  rule-id`, columns aligned in terminal cells, trailing blanks trimmed. */
function table(rows: Row[], c: Palette): string {
  const w = {
    line: widest(rows, 'line'),
    column: widest(rows, 'column'),
    severity: widest(rows, 'severity'),
    message: widest(rows, 'message'),
  };
  return rows
    .map((r) => {
      const position = c.dim(`${padStartToWidth(r.line, w.line)}:${r.column}`);
      const cells = [
        position + ' '.repeat(w.column - stringWidth(r.column)),
        padEndToWidth(r.severity, w.severity),
        padEndToWidth(r.message, w.message),
        r.ruleId,
      ];
      return `  ${cells.join('  ')}`.trimEnd();
    })
    .join('\n');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summary(t: Totals, locale: Locale): string[] {
  const total = t.errors + t.warnings + t.infos;
  if (locale === 'ja') {
    const lines = [`✖ ${total} 件の問題（エラー ${t.errors} 件、警告 ${t.warnings} 件、情報 ${t.infos} 件）`];
    if (t.fixableErrors > 0 || t.fixableWarnings > 0) {
      lines.push(`  エラー ${t.fixableErrors} 件と警告 ${t.fixableWarnings} 件は \`--fix\` オプションで自動修正できる可能性があります。`);
    }
    return lines;
  }
  const lines = [`✖ ${plural(total, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.infos} info)`];
  if (t.fixableErrors > 0 || t.fixableWarnings > 0) {
    lines.push(
      `  ${plural(t.fixableErrors, 'error')} and ${plural(t.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
    );
  }
  return lines;
}

function totals(results: LintResult[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const result of results) {
    t.errors += result.errorCount;
    t.warnings += result.warningCount;
    t.infos += result.infoCount;
    t.fixableErrors += result.fixableErrorCount;
    t.fixableWarnings += result.fixableWarningCount;
  }
  return t;
}

/** Empty output when there is nothing to report, as ESLint's stylish. */
export const stylish: Formatter = (results, context) => {
  const c = palette(context.color);
  const blocks: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((message) => row(message, context.locale, c));
    blocks.push(`${c.underline(displayPath(result.filePath, context.cwd))}\n${table(rows, c)}`);
  }
  const t = totals(results);
  if (blocks.length === 0) return '';
  const color = t.errors > 0 ? c.red : t.warnings > 0 ? c.yellow : c.cyan;
  const closing = summary(t, context.locale).map((line) => color(c.bold(line)));
  return `${blocks.join('\n\n')}\n\n${closing.join('\n')}\n`;
};

export default stylish;
