/**
 * Numerals as assessments write them in citations: half-width (19), full-width (１９) and
 * 漢数字 (十九, 百三十一, or digit by digit 一〇〇). Pure helpers shared by the parser and the
 * replacement renderer, so a replacement keeps the author's digit style.
 */

export type NumeralStyle = 'halfwidth' | 'fullwidth' | 'kanji';

export interface ReadNumeral {
  value: number;
  /** 'mixed' when half- and full-width digits share one number (「1０」). */
  style: NumeralStyle | 'mixed';
  /** Offset just after the numeral. */
  end: number;
}

const KANJI_DIGIT: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const KANJI_UNIT: Readonly<Record<string, number>> = { '十': 10, '百': 100, '千': 1000 };

/** Longer runs are not citation numbers (and would lose precision): the reader stops there. */
const MAX_RUN = 8;

export function isHalfDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isFullDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '０' && ch <= '９';
}

export function isKanjiNumeral(ch: string | undefined): boolean {
  return ch !== undefined && (ch in KANJI_DIGIT || ch in KANJI_UNIT);
}

export function isNumeralStart(ch: string | undefined): boolean {
  return isHalfDigit(ch) || isFullDigit(ch) || isKanjiNumeral(ch);
}

/** Reads one numeral at `pos`. Arabic and kanji numerals never mix inside one number. */
export function readNumeral(text: string, pos: number): ReadNumeral | undefined {
  const first = text[pos];
  if (isHalfDigit(first) || isFullDigit(first)) {
    let value = 0;
    let half = false;
    let full = false;
    let i = pos;
    while (i < text.length && i - pos < MAX_RUN) {
      const ch = text[i]!;
      if (isHalfDigit(ch)) {
        half = true;
        value = value * 10 + (ch.charCodeAt(0) - 48);
      } else if (isFullDigit(ch)) {
        full = true;
        value = value * 10 + (ch.charCodeAt(0) - 0xff10);
      } else break;
      i++;
    }
    if (isHalfDigit(text[i]) || isFullDigit(text[i])) return undefined;
    return { value, style: half && full ? 'mixed' : full ? 'fullwidth' : 'halfwidth', end: i };
  }
  if (isKanjiNumeral(first)) {
    let i = pos;
    while (i < text.length && i - pos < MAX_RUN && isKanjiNumeral(text[i])) i++;
    if (isKanjiNumeral(text[i])) return undefined;
    const value = kanjiValue(text.slice(pos, i));
    if (value === undefined) return undefined;
    return { value, style: 'kanji', end: i };
  }
  return undefined;
}

/**
 * 十九 → 19, 百三十一 → 131, 千 → 1000, and digit-by-digit 一〇〇 → 100.
 * A malformed run (「十十」) is read leniently; only an empty result is rejected.
 */
export function kanjiValue(run: string): number | undefined {
  if (run === '') return undefined;
  const positional = [...run].some((ch) => ch in KANJI_UNIT);
  if (!positional) {
    let v = 0;
    for (const ch of run) v = v * 10 + (KANJI_DIGIT[ch] ?? 0);
    return v;
  }
  let total = 0;
  let current = 0;
  for (const ch of run) {
    const d = KANJI_DIGIT[ch];
    if (d !== undefined) {
      current = current * 10 + d;
      continue;
    }
    const unit = KANJI_UNIT[ch]!;
    total += (current === 0 ? 1 : current) * unit;
    current = 0;
  }
  return total + current;
}

const KANJI_BY_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Law style: 十九, 百三十一, 千二十 (no 一 before 十/百/千). */
export function toKanji(value: number): string {
  if (!Number.isInteger(value) || value < 0) return String(value);
  if (value === 0) return '〇';
  if (value >= 10000) return [...String(value)].map((d) => KANJI_BY_DIGIT[Number(d)]).join('');
  let out = '';
  const units: [number, string][] = [[1000, '千'], [100, '百'], [10, '十']];
  let rest = value;
  for (const [unit, sign] of units) {
    const d = Math.floor(rest / unit);
    if (d > 0) out += (d === 1 ? '' : KANJI_BY_DIGIT[d]) + sign;
    rest %= unit;
  }
  if (rest > 0) out += KANJI_BY_DIGIT[rest];
  return out;
}

export function toFullwidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

export function toHalfwidth(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Renders a number in a style. 'mixed' has no single rendering: half-width is used. */
export function formatNumeral(value: number, style: NumeralStyle | 'mixed'): string {
  if (style === 'kanji') return toKanji(value);
  if (style === 'fullwidth') return toFullwidth(String(value));
  return String(value);
}

/** Rewrites every Arabic number of a text in one width (kanji untouched). */
export function convertDigitWidth(text: string, style: 'halfwidth' | 'fullwidth'): string {
  return style === 'fullwidth' ? toFullwidth(text) : toHalfwidth(text);
}
