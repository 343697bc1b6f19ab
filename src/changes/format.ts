/**
 * Prints proposed 変更箇所 rows: json (for tools), markdown (a table in the annex's column order, to
 * paste into a document or a pull request) and csv (to paste into the spreadsheet the annex is
 * usually kept in).
 */
import type { Locale } from '../model/kinds.js';
import type { ChangeRow } from './types.js';

export type ChangesFormat = 'json' | 'markdown' | 'csv';

const HEADERS: Record<Locale, readonly string[]> = {
  ja: ['変更日', '項目', '変更前の記載', '変更後の記載', '提出時期', '提出時期に係る説明'],
  en: ['Date', 'Item', 'Before', 'After', 'Timing', 'Explanation of the timing'],
};

/** Era starts: 令和 from 2019-05-01, 平成 from 1989-01-08 (catalogue §7.9). */
const ERAS = [
  { name: '令和', start: '2019-05-01', offset: 2018 },
  { name: '平成', start: '1989-01-08', offset: 1988 },
] as const;

/** `2024-02-05` → `令和6年2月5日` (the first year is `元年`), the way the annex writes 変更日. */
export function formatJapaneseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const era = ERAS.find((e) => iso >= e.start);
  if (!era) return iso;
  const year = Number(m[1]) - era.offset;
  return `${era.name}${year === 1 ? '元' : year}年${Number(m[2])}月${Number(m[3])}日`;
}

function dateCell(row: ChangeRow, locale: Locale): string {
  if (row.date === null) return '';
  return locale === 'en' ? row.date : formatJapaneseDate(row.date);
}

function cells(row: ChangeRow, locale: Locale): string[] {
  return [dateCell(row, locale), row.label, row.before, row.after, row.timing, row.reason];
}

/** The rows as JSON: `{date, fieldId, previousFieldId?, label, before, after, important, formalOnly, timing, reason}`. */
export function formatJson(rows: readonly ChangeRow[]): string {
  const out = rows.map((r) => ({
    date: r.date,
    fieldId: r.fieldId,
    ...(r.previousFieldId !== undefined ? { previousFieldId: r.previousFieldId } : {}),
    label: r.label,
    before: r.before,
    after: r.after,
    important: r.important,
    formalOnly: r.formalOnly,
    timing: r.timing,
    reason: r.reason,
  }));
  return JSON.stringify(out, null, 2) + '\n';
}

/**
 * A cell of a GitHub-flavoured Markdown table: `|` escaped, line breaks as `<br>`, and `<`, `>`, `&`
 * as entities so that the HTML fragments assessments carry (`<p>`, `<ul>`) show as text.
 */
function markdownCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

export function formatMarkdown(rows: readonly ChangeRow[], locale: Locale = 'ja'): string {
  const headers = HEADERS[locale];
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${cells(row, locale).map(markdownCell).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, and quotes are doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV per RFC 4180 (CRLF line ends), UTF-8 with a byte order mark: Excel, which is how the annex is
 * usually edited, reads a CSV without a BOM as the system code page (CP932 on Japanese Windows) and
 * garbles UTF-8 Japanese text; with the BOM it reads UTF-8.
 */
export function formatCsv(rows: readonly ChangeRow[], locale: Locale = 'ja'): string {
  const lines = [HEADERS[locale].map(csvField).join(',')];
  for (const row of rows) lines.push(cells(row, locale).map(csvField).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function formatRows(rows: readonly ChangeRow[], format: ChangesFormat, locale: Locale = 'ja'): string {
  switch (format) {
    case 'json':
      return formatJson(rows);
    case 'markdown':
      return formatMarkdown(rows, locale);
    case 'csv':
      return formatCsv(rows, locale);
  }
}
