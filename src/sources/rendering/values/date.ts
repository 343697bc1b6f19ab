/**
 * Dates (catalogue §7.9): 和暦 (`令和6年2月5日`, `平成27年11月`, `元年`), full-width digits, slash dates
 * (`2020/3/30`), 西暦 with 年月日, and spreadsheet serial numbers from change logs (`42216`).
 * The raw string is always kept; `iso` is null when the text is no valid date.
 */
import { keyOf } from '../match-key.js';

export interface DateReading {
  iso: string | null;
  /** Index range of the date inside the input text (for the raw slice), when found. */
  from: number;
  to: number;
}

/** First and last day of each era (inclusive), as ISO dates. */
const ERAS: Record<string, { base: number; first: string; last: string }> = {
  明治: { base: 1867, first: '1868-01-25', last: '1912-07-29' },
  大正: { base: 1911, first: '1912-07-30', last: '1926-12-24' },
  昭和: { base: 1925, first: '1926-12-25', last: '1989-01-07' },
  平成: { base: 1988, first: '1989-01-08', last: '2019-04-30' },
  令和: { base: 2018, first: '2019-05-01', last: '9999-12-31' },
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOf(year: number, month: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 1868 || year > 9999 || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Era dates outside the era (平成31年5月, 令和1年4月) are impossible and rejected. */
function eraIso(era: string, yearText: string, month: number, day?: number): string | null {
  const e = ERAS[era];
  if (!e) return null;
  const n = yearText === '元' ? 1 : Number(yearText);
  if (!Number.isInteger(n) || n < 1) return null;
  const iso = isoOf(e.base + n, month, day);
  if (!iso) return null;
  const lo = day === undefined ? e.first.slice(0, 7) : e.first;
  const hi = day === undefined ? e.last.slice(0, 7) : e.last;
  return iso < lo || iso > hi ? null : iso;
}

/** Spreadsheet serial day numbers (1900 date system, epoch 1899-12-30) in a plausible range. */
export function serialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 20000 || serial > 80000) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Finds the first date in a text. Positions refer to the input text: the pattern runs on a
 * per-character NFKC copy that keeps the length (full-width digits are one char either way).
 */
export function findDate(text: string): DateReading | undefined {
  // Per-char NFKC keeps indexes aligned for the characters a date uses (digits, 年月日, slashes).
  const folded = Array.from(text, (ch) => {
    const n = ch.normalize('NFKC');
    return n.length === ch.length ? n : ch;
  }).join('');
  const era = /(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(folded);
  const west = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(folded);
  const slash = /(?<![\d/])(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?(?![\d/])/.exec(folded);
  const found = [era, west, slash].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index);
  const m = found[0];
  if (m) {
    let iso: string | null;
    if (m === era) iso = eraIso(m[1]!, m[2]!, Number(m[3]), m[4] === undefined ? undefined : Number(m[4]));
    else iso = isoOf(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
    return { iso, from: m.index, to: m.index + m[0].length };
  }
  const serial = /^\s*(\d{5})\s*$/.exec(folded);
  if (serial) {
    const at = folded.indexOf(serial[1]!);
    return { iso: serialToIso(Number(serial[1])), from: at, to: at + 5 };
  }
  return undefined;
}

/** The ISO date of a whole value (`{ raw, iso }` of the value model). */
export function parseDateValue(raw: string): string | null {
  return findDate(raw)?.iso ?? null;
}

/** Whether a text is nothing but a date (a PDF line of the detached 変更日 column). */
export function isDateOnly(text: string): boolean {
  const d = findDate(text);
  if (!d) return false;
  return keyOf(text.slice(0, d.from) + text.slice(d.to)) === '';
}
