/**
 * Single choices (catalogue §4.1, §7.3): the selected value is the bracketed text, or the text before
 * the option marker `<選択肢>`; it is matched exactly (after normalisation) against the enum's option
 * texts — never by substring, since `委託する` ⊂ `再委託する`.
 */
import type { MappedText } from '../mapped-text.js';
import { sliceMapped, trimMapped } from '../mapped-text.js';
import { keyOf, matchKey } from '../match-key.js';
import { ANY_MARKER_G } from '../markers.js';

export interface OptionLike {
  name: string;
  text: string;
  aliases?: readonly string[];
}

export interface ChoiceReading {
  /** Option name, or null when no option matched. */
  value: string | null;
  /** The printed value (without brackets), when one was found. */
  raw: MappedText | null;
  confidence: number;
  /** Distinct option names seen as candidates (for notes when they disagree). */
  candidates: string[];
  /** An option list was printed (the field's row was found even if no value was). */
  hasOptionList: boolean;
}

export const OPTION_MARKER = /[<＜]\s*選\s*択\s*肢\s*[>＞]/;
/** A numbered option entry: `1) …`, `1） …`, `１）…`. */
export const OPTION_ENTRY = /(?:^|[\s\]］])[0-9０-９]{1,2}\s*[)）]/;

export function optionKey(text: string): string {
  return keyOf(text, { dropMarks: false }).replace(/[[\]［］]/g, '');
}

/** Index of options by normalised text (aliases included). */
export function optionIndex(options: readonly OptionLike[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const o of options) {
    for (const t of [o.text, ...(o.aliases ?? [])]) {
      const k = optionKey(t);
      if (k && !index.has(k)) index.set(k, o.name);
    }
  }
  return index;
}

function cleanPiece(piece: MappedText): MappedText {
  // Markers and stray brackets around a value: `<input/> 100人以上500人未満 ]`.
  let m = trimMapped(piece);
  let a = 0;
  let b = m.text.length;
  const strip = /[\s\u00a0\u3000[\]［］\ue000-\ue003]/;
  while (a < b && strip.test(m.text[a]!)) a++;
  while (b > a && strip.test(m.text[b - 1]!)) b--;
  m = sliceMapped(m, a, b);
  return m;
}

function lookup(piece: MappedText, index: Map<string, string>): string | undefined {
  const key = matchKey(piece.text.replace(ANY_MARKER_G, '')).key.replace(/[[\]［］]/g, '');
  return key ? index.get(key) : undefined;
}

/** Bracketed texts `[ … ]` with their content range. */
function bracketed(plain: MappedText): { inner: MappedText; at: number }[] {
  const out: { inner: MappedText; at: number }[] = [];
  const re = /[[［]([^[\]［］]*)[\]］]/g;
  for (const m of plain.text.matchAll(re)) {
    const inner = cleanPiece(sliceMapped(plain, m.index + 1, m.index + m[0].length - 1));
    if (inner.text !== '') out.push({ inner, at: m.index });
  }
  return out;
}

/** Splits a region into pieces at markers, brackets and numbered entries. */
function pieces(region: MappedText): MappedText[] {
  const out: MappedText[] = [];
  const cut = /[\ue000-\ue003[\]［］\n]|(?:^|\s)[0-9０-９]{1,2}\s*[)）]/g;
  let last = 0;
  for (const m of region.text.matchAll(cut)) {
    out.push(cleanPiece(sliceMapped(region, last, m.index)));
    last = m.index + m[0].length;
  }
  out.push(cleanPiece(sliceMapped(region, last)));
  return out.filter((p) => p.text !== '');
}

export function readChoice(plain: MappedText, options: readonly OptionLike[]): ChoiceReading {
  const index = optionIndex(options);
  const markerAt = plain.text.search(OPTION_MARKER);
  const hasOptionList = markerAt >= 0 || OPTION_ENTRY.test(plain.text);
  const candidates: { name: string; raw: MappedText; weight: number }[] = [];

  for (const b of bracketed(plain)) {
    const name = lookup(b.inner, index);
    if (name) candidates.push({ name, raw: b.inner, weight: 2 });
  }
  // The region before the option marker (or the whole text when there is none, minus numbered entries).
  const region = markerAt >= 0 ? sliceMapped(plain, 0, markerAt) : plain;
  const firstEntry = markerAt >= 0 ? -1 : plain.text.search(OPTION_ENTRY);
  const head = firstEntry > 0 ? sliceMapped(region, 0, firstEntry) : firstEntry === 0 ? sliceMapped(region, 0, 0) : region;
  for (const p of pieces(head)) {
    const name = lookup(p, index);
    if (name) {
      candidates.push({ name, raw: p, weight: 1 });
      break; // options printed as boxes repeat the list after the value: the first one is the value
    }
  }
  // A value written after the marker but outside the numbered entries: `<選択肢> [十分に行っている] 1) …`
  // is covered by the bracket pass; a bare value glued after the marker is not guessed.

  if (candidates.length === 0) {
    // A bracketed text that is no option (a typo, a corrupted value): keep it raw, value unknown.
    const unknown = bracketed(plain).find((b) => !/^[\ue000-\ue003○〇O]?$/.test(b.inner.text));
    return { value: null, raw: unknown?.inner ?? null, confidence: unknown ? 0.5 : 0, candidates: [], hasOptionList };
  }
  const best = candidates.reduce((a, b) => (b.weight > a.weight ? b : a));
  const names = [...new Set(candidates.map((c) => c.name))];
  return {
    value: best.name,
    raw: best.raw,
    confidence: names.length === 1 ? 1 : 0.7,
    candidates: names,
    hasOptionList,
  };
}

/** The option named by a whole text (a PDF line `100項目以上`, a change-log cell), or undefined. */
export function exactOption(text: string, options: readonly OptionLike[]): string | undefined {
  const key = optionKey(text.replace(ANY_MARKER_G, ''));
  return key ? optionIndex(options).get(key) : undefined;
}
