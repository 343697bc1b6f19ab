/**
 * ISO calendar dates as plain strings. `YYYY-MM-DD` strings compare correctly as strings, so the law
 * core never needs Date objects (and never reads the clock).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isIsoMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = MONTH.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(daysInMonth(y, m), 2)}`;
}

/** The day before an ISO date (the last valid day of something superseded on `iso`). */
export function dayBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (d > 1) return `${pad(y, 4)}-${pad(m, 2)}-${pad(d - 1, 2)}`;
  if (m > 1) return `${pad(y, 4)}-${pad(m - 1, 2)}-${pad(daysInMonth(y, m - 1), 2)}`;
  return `${pad(y - 1, 4)}-12-31`;
}

export function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (d < daysInMonth(y, m)) return `${pad(y, 4)}-${pad(m, 2)}-${pad(d + 1, 2)}`;
  if (m < 12) return `${pad(y, 4)}-${pad(m + 1, 2)}-01`;
  return `${pad(y + 1, 4)}-01-01`;
}

/**
 * A day or a month as the closed range of days it covers, or undefined when malformed.
 * A month stands for every day in it (see as-of.ts for why that matters).
 */
export function dayRange(value: string): { first: string; last: string } | undefined {
  if (isIsoDate(value)) return { first: value, last: value };
  if (isIsoMonth(value)) return { first: firstDayOfMonth(value), last: lastDayOfMonth(value) };
  return undefined;
}
