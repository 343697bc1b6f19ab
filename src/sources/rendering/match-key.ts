/**
 * Matching keys (catalogue §8): NFKC, no whitespace, marks removed — computed on a copy, with an
 * index back to the characters of the text it came from, so a label found by its key can be cut out
 * of the rendering at the right offsets.
 */
import type { MappedText } from './mapped-text.js';

export interface MatchKey {
  key: string;
  /** index[k]: position in the input text of the character that produced key[k]; index[key.length] = input length. */
  index: number[];
}

export interface KeyOptions {
  /** Remove ※, 【任意】, 【行政機関等のみ】 (labels carry them as marks, catalogue §8.4). */
  dropMarks?: boolean;
}

const COMBINING = /[\p{M}\uff9e\uff9f]/u;
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;
const MARKS = ['※', '【任意】', '【行政機関等のみ】'];

/** Characters NFKC leaves apart that the renderings use interchangeably. */
const EXTRA: Record<string, string> = {
  '\u3007': '○', // 〇 ideographic zero, used as a check mark
  '\u25ef': '○',
  '\u301c': '~', // 〜 wave dash (NFKC turns ～ into ~ already)
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
};

/** Characters NFKC leaves as they are and that are no space: the bulk of Japanese text and ASCII. */
function stable(code: number): boolean {
  return (
    (code > 0x20 && code < 0x7f) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

function combining(code: number, ch: string): boolean {
  // Kana, kanji and ASCII hold no combining marks (checked over the ranges): no regex for them.
  if (code < 0x300 || stable(code)) return false;
  if (code === 0x3099 || code === 0x309a || code === 0xff9e || code === 0xff9f) return true;
  return COMBINING.test(ch);
}

/**
 * NFKC of a character (with its combining marks), memoised for single characters: punctuation,
 * full-width forms and the like recur on every line, and the normalizer is the costly step.
 */
const NFKC_MEMO = new Map<string, string>();

function normalizeGroup(group: string): string {
  if (group.length > 2) return group.normalize('NFKC');
  let norm = NFKC_MEMO.get(group);
  if (norm === undefined) {
    norm = group.normalize('NFKC');
    if (NFKC_MEMO.size < 65536) NFKC_MEMO.set(group, norm);
  }
  return norm;
}

export function matchKey(input: MappedText | string, options: KeyOptions = {}): MatchKey {
  const text = typeof input === 'string' ? input : input.text;
  let key = '';
  const index: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const nextCode = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (stable(code) && !combining(nextCode, text[i + 1] ?? '')) {
      key += text[i];
      index.push(i);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < text.length && combining(text.charCodeAt(j), text[j]!)) j++;
    const group = text.slice(i, j);
    let norm = EXTRA[group] ?? normalizeGroup(group);
    if (norm.length === 1 && EXTRA[norm] !== undefined) norm = EXTRA[norm]!;
    for (const ch of norm) {
      if (SPACE.test(ch)) continue;
      key += ch;
      for (let k = 0; k < ch.length; k++) index.push(i);
    }
    i = j;
  }
  index.push(text.length);
  const out = { key, index };
  return options.dropMarks ? dropMarks(out) : out;
}

const MARKS_RE = new RegExp(MARKS.map((m) => m.replace(/[[\]]/g, '\\$&')).join('|'), 'g');

function dropMarks(k: MatchKey): MatchKey {
  if (!k.key.includes('※') && !k.key.includes('【')) return k;
  let key = '';
  const index: number[] = [];
  let last = 0;
  const copy = (from: number, to: number): void => {
    key += k.key.slice(from, to);
    for (let i = from; i < to; i++) index.push(k.index[i]!);
  };
  for (const m of k.key.matchAll(MARKS_RE)) {
    copy(last, m.index);
    last = m.index + m[0].length;
  }
  copy(last, k.key.length);
  index.push(k.index[k.key.length]!);
  return { key, index };
}

/** The key alone (for tables built from catalogue strings). */
export function keyOf(text: string, options: KeyOptions = { dropMarks: true }): string {
  return matchKey(text, options).key;
}

/** Leading numbering of a label: circled digits (NFKC turns ① into 1), `1.`, `(1)`, Roman numerals. */
const NUMBERING = /^(?:(?:\d{1,2}|[IVX]{1,4})\.|\(\d{1,2}\)|\d{1,2}(?=[^\d.,万人件年月日項~]))/;

/** Strips the printed number of a label key (`1.特定個人情報ファイル名`, `1事務の名称` from ①). */
export function stripNumbering(key: string): { number: string | null; rest: string; length: number } {
  const m = NUMBERING.exec(key);
  if (!m) return { number: null, rest: key, length: 0 };
  return { number: m[0].replace(/[^\dIVX]/g, ''), rest: key.slice(m[0].length), length: m[0].length };
}

/**
 * Similarity of two keys (Dice coefficient over character bigrams): the tolerance for corrupted or
 * re-worded labels (catalogue §8: `入手した特定個人情報 that 不正確であるリスク`, `必要な` for `必要のない`).
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g, n - 1);
    }
  }
  return (2 * common) / (a.length - 1 + b.length - 1);
}
