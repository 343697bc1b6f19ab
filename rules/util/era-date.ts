/**
 * Dates as assessments print them (catalogue §7.9, law-and-rules §4.4): 和暦 (`令和6年2月5日`,
 * `平成27年11月`, `令和元年`), 西暦 with 年月日 (`2020年3月30日`), slash dates (`2020/3/30`) and spreadsheet
 * serial numbers (`42216`, change logs only). Unlike the importer, which drops what is impossible,
 * this reader keeps every written date with its parts, so that the date rules can say *why* a date
 * cannot exist and what was probably meant. Pure; offsets refer to the text given.
 */

export type EraName = '明治' | '大正' | '昭和' | '平成' | '令和';

interface EraDef {
  /** Gregorian year = offset + era year. */
  offset: number;
  /** First and last day of the era (inclusive); `last` is null for the current era. */
  first: string;
  last: string | null;
  /** The last year number the era reached. */
  lastYear: number | null;
}

/** Era boundaries (令和 from 2019-05-01, 平成 until 2019-04-30, …). */
export const ERAS: Readonly<Record<EraName, EraDef>> = {
  明治: { offset: 1867, first: '1868-01-25', last: '1912-07-29', lastYear: 45 },
  大正: { offset: 1911, first: '1912-07-30', last: '1926-12-24', lastYear: 15 },
  昭和: { offset: 1925, first: '1926-12-25', last: '1989-01-07', lastYear: 64 },
  平成: { offset: 1988, first: '1989-01-08', last: '2019-04-30', lastYear: 31 },
  令和: { offset: 2018, first: '2019-05-01', last: null, lastYear: null },
};

const ERA_ORDER: readonly EraName[] = ['令和', '平成', '昭和', '大正', '明治'];

export type DateStyle = 'era' | 'western' | 'slash' | 'serial';

export interface DateToken {
  /** Offsets of the date in the text it was found in. */
  start: number;
  end: number;
  text: string;
  style: DateStyle;
  era?: EraName;
  eraYear?: number;
  /** Gregorian year (for an era date: offset + era year, even when the era never reached it). */
  year: number;
  month?: number;
  day?: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(token: DateToken): DatePrecision {
  return token.day !== undefined ? 'day' : token.month !== undefined ? 'month' : 'year';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Code points that NFKC maps to themselves (checked over each whole range): ASCII, 、。「」『』, kana, CJK. */
function nfkcStable(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fc) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3001 && code <= 0x3002) ||
    (code >= 0x300c && code <= 0x300f)
  );
}

/**
 * A copy of the text where each character that NFKC folds to one character is folded (full-width
 * digits, `／`), so that the patterns run on ASCII digits while offsets stay those of the original.
 */
function foldKeepingOffsets(text: string): string {
  let out = '';
  for (const ch of text) {
    // Most characters of an assessment are their own NFKC form: skip the normalizer for them.
    if (nfkcStable(ch.charCodeAt(0))) {
      out += ch;
      continue;
    }
    const folded = ch.normalize('NFKC');
    // Characters outside the BMP take two code units: keep them as they are so offsets still match.
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

const ERA_DATE = /(明治|大正|昭和|平成|令和)[ \u3000]*(元|\d{1,3})[ \u3000]*年(?:[ \u3000]*(\d{1,3})[ \u3000]*月(?:[ \u3000]*(\d{1,3})[ \u3000]*日)?)?/g;
const WESTERN_DATE = /(?<![\d.])(\d{4})[ \u3000]*年[ \u3000]*(\d{1,3})[ \u3000]*月(?:[ \u3000]*(\d{1,3})[ \u3000]*日)?/g;
const SLASH_DATE = /(?<![\d/.])(\d{4})([/.])(\d{1,2})(?:\2(\d{1,2}))?(?![\d/.])/g;
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g;
const SERIAL = /^[ \u3000]*(\d{5})[ \u3000]*$/;

/** Spreadsheet serial day numbers in a plausible range (1954–2119), 1900 date system (epoch 1899-12-30). */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 20000 || serial > 80000) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/**
 * Every date written in a text, in text order. With `serial`, a text that is nothing but a five-digit
 * number in the serial range is read as a spreadsheet date (only sensible for date cells).
 */
export function findDates(text: string, options: { serial?: boolean } = {}): DateToken[] {
  const folded = foldKeepingOffsets(text);
  const tokens: DateToken[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (token: DateToken) => {
    if (!free(token.start, token.end)) return;
    taken.push([token.start, token.end]);
    tokens.push(token);
  };
  for (const m of folded.matchAll(ERA_DATE)) {
    const era = m[1] as EraName;
    const eraYear = m[2] === '元' ? 1 : Number(m[2]);
    const month = num(m[3]);
    const day = num(m[4]);
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: text.slice(m.index, m.index + m[0].length),
      style: 'era',
      era,
      eraYear,
      year: ERAS[era].offset + eraYear,
      ...(month !== undefined ? { month } : {}),
      ...(day !== undefined ? { day } : {}),
    });
  }
  const western = (m: RegExpMatchArray, style: DateStyle, y: number, mo: number | undefined, d: number | undefined) =>
    add({
      start: m.index!,
      end: m.index! + m[0].length,
      text: text.slice(m.index!, m.index! + m[0].length),
      style,
      year: y,
      ...(mo !== undefined ? { month: mo } : {}),
      ...(d !== undefined ? { day: d } : {}),
    });
  for (const m of folded.matchAll(WESTERN_DATE)) western(m, 'western', Number(m[1]), num(m[2]), num(m[3]));
  for (const m of folded.matchAll(SLASH_DATE)) western(m, 'slash', Number(m[1]), num(m[3]), num(m[4]));
  for (const m of folded.matchAll(ISO_DATE)) western(m, 'slash', Number(m[1]), num(m[2]), num(m[3]));
  if (options.serial) {
    const m = SERIAL.exec(folded);
    const iso = m ? serialToIso(Number(m[1])) : undefined;
    if (m && iso) {
      const start = folded.indexOf(m[1]!);
      const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
      add({ start, end: start + 5, text: text.slice(start, start + 5), style: 'serial', year: y, month: mo, day: d });
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

export type DateProblem =
  /** 13月, 0月. */
  | { reason: 'month' }
  /** 2月30日, 4月31日. */
  | { reason: 'day'; days: number }
  /** 平成32年: the era never reached that year. */
  | { reason: 'yearBeyondEra'; lastYear: number }
  /** 平成31年5月: the era had ended. */
  | { reason: 'afterEraEnd'; last: string }
  /** 令和元年4月: the era had not begun. */
  | { reason: 'beforeEraStart'; first: string };

/** Why a written date cannot exist, or undefined when it can. */
export function dateProblem(token: DateToken): DateProblem | undefined {
  if (token.month !== undefined && (token.month < 1 || token.month > 12)) return { reason: 'month' };
  if (token.day !== undefined && token.month !== undefined) {
    const days = daysInMonth(token.year, token.month);
    if (token.day < 1 || token.day > days) return { reason: 'day', days };
  }
  if (token.style !== 'era' || token.era === undefined || token.eraYear === undefined) return undefined;
  const era = ERAS[token.era];
  if (token.eraYear < 1) return { reason: 'beforeEraStart', first: era.first };
  if (era.lastYear !== null && token.eraYear > era.lastYear) return { reason: 'yearBeyondEra', lastYear: era.lastYear };
  const range = tokenRange(token);
  if (!range) return undefined;
  if (range.last < era.first) return { reason: 'beforeEraStart', first: era.first };
  if (era.last !== null && range.first > era.last) return { reason: 'afterEraEnd', last: era.last };
  return undefined;
}

/** The closed range of days a valid date stands for (a month stands for all its days), or undefined. */
export function tokenRange(token: DateToken): { first: string; last: string } | undefined {
  const y = pad(token.year, 4);
  if (token.month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  if (token.month < 1 || token.month > 12) return undefined;
  const m = pad(token.month);
  if (token.day === undefined) return { first: `${y}-${m}-01`, last: `${y}-${m}-${pad(daysInMonth(token.year, token.month))}` };
  if (token.day < 1 || token.day > daysInMonth(token.year, token.month)) return undefined;
  const d = `${y}-${m}-${pad(token.day)}`;
  return { first: d, last: d };
}

/** The `iso` of the value model (`YYYY-MM-DD` or `YYYY-MM`) for a valid date with a month, else undefined. */
export function tokenIso(token: DateToken): string | undefined {
  if (token.month === undefined || dateProblem(token)) return undefined;
  const ym = `${pad(token.year, 4)}-${pad(token.month)}`;
  return token.day === undefined ? ym : `${ym}-${pad(token.day)}`;
}

/** An `iso` of the value model as a range of days, or undefined when it is malformed. */
export function isoRange(iso: unknown): { first: string; last: string } | undefined {
  if (typeof iso !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  const token: DateToken = { start: 0, end: 0, text: iso, style: 'slash', year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) };
  return tokenRange(token);
}

/** The era in force on a day (`YYYY-MM-DD`), or undefined before 明治. */
export function eraOn(day: string): EraName | undefined {
  return ERA_ORDER.find((name) => day >= ERAS[name].first);
}

/**
 * A gregorian year, year-month or day written in 和暦, the way assessments write it (`令和元年5月1日`,
 * `平成27年11月`). A bare year is ambiguous in the year an era changed and gets no answer then.
 */
export function formatEraDate(year: number, month?: number, day?: number): string | undefined {
  let era: EraName | undefined;
  if (month === undefined) {
    const candidates = ERA_ORDER.filter((name) => {
      const e = ERAS[name];
      return Number(e.first.slice(0, 4)) <= year && (e.last === null || Number(e.last.slice(0, 4)) >= year);
    });
    if (candidates.length !== 1) return undefined;
    era = candidates[0];
  } else {
    // A month that straddles an era change (2019-05 is 令和元年5月, 2019-04 is 平成31年4月) takes the era of its first day.
    era = eraOn(`${pad(year, 4)}-${pad(month)}-${pad(day ?? 1)}`);
  }
  if (!era) return undefined;
  const n = year - ERAS[era].offset;
  let out = `${era}${n === 1 ? '元' : n}年`;
  if (month !== undefined) out += `${month}月`;
  if (day !== undefined) out += `${day}日`;
  return out;
}

/** The date as the era in force at it would write it (for a Western date, or an era date in the wrong era). */
export function asEraDate(token: DateToken): string | undefined {
  if (token.month !== undefined && (token.month < 1 || token.month > 12)) return undefined;
  if (token.day !== undefined && token.month !== undefined && (token.day < 1 || token.day > daysInMonth(token.year, token.month))) return undefined;
  return formatEraDate(token.year, token.month, token.day);
}

/**
 * The one date a date cell holds: the first date written in it. Leftover text (`（予定）`, `時点`) is
 * allowed; a cell with two dates (a range) still reads as its first.
 */
export function readDateCell(raw: unknown): DateToken | undefined {
  if (typeof raw !== 'string') return undefined;
  return findDates(raw, { serial: true })[0];
}

/**
 * A period in prose (`令和8年6月4日から7月3日までの30日間`, `令和7年6月2日～令和7年7月2日`): its first and
 * last day. An end written without its year (`7月3日`) takes the start's year, or the next year when
 * it would otherwise come before the start. A single date is a period of one day.
 */
export function readPeriod(text: unknown): { first: string; last: string } | undefined {
  if (typeof text !== 'string') return undefined;
  const dates = findDates(text);
  const start = dates[0];
  if (!start || start.day === undefined || dateProblem(start)) return undefined;
  const from = tokenRange(start)!.first;
  const rest = foldKeepingOffsets(text.slice(start.end));
  const separator = /^[ \u3000]*(?:から|より|～|~|〜|-|－|—|乃至)[ \u3000]*/.exec(rest);
  if (!separator) return { first: from, last: from };
  const at = start.end + separator[0].length;
  const next = dates[1];
  if (next && next.start === at) {
    const range = dateProblem(next) ? undefined : tokenRange(next);
    return range && range.last >= from ? { first: from, last: range.last } : undefined;
  }
  const bare = /^(\d{1,2})[ \u3000]*月[ \u3000]*(\d{1,2})[ \u3000]*日/.exec(rest.slice(separator[0].length));
  if (!bare) return undefined;
  const month = Number(bare[1]);
  const day = Number(bare[2]);
  if (month < 1 || month > 12) return undefined;
  let year = start.year;
  if (month < start.month! || (month === start.month && day < start.day)) year += 1;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { first: from, last: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}
