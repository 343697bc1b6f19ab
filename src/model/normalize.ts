/**
 * Normalisation for matching labels and option texts (catalogue §8 steps 1–4). It is for comparing
 * only: documents keep their raw text.
 */
import type { FieldLabel } from './catalogue-types.js';

/** An ASCII HTML tag. `<いわき市における措置>` and `<1 申請管理システム関係>` are content, not tags (§7.8). */
const ASCII_TAG = /<[A-Za-z/!][^<>]*>/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9A-Fa-f]{1,6})|(lt|gt|amp|quot|apos|nbsp));/g;
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00A0' };
/** Marks recorded apart from the label (§8 step 4). `【任意】` survives NFKC unchanged. */
const MARKS = /※|【任意】|【行政機関等のみ】/g;
/** JavaScript's `\s` covers NBSP, U+3000 and the other Unicode spaces. */
const WHITESPACE = /\s+/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? _m;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : _m;
  });
}

/**
 * Folds a label or option text for comparison:
 * 1. NFKC: full-width digits, brackets, colons and `～`, Roman numerals U+2160… (`Ⅲ` → `III`) and
 *    circled numbers (`⑤` → `5`) fold to ASCII;
 * 2. all whitespace is removed (NBSP, U+3000 included);
 * 3. ASCII HTML tags and leading Markdown `#` are stripped; entities are decoded after the tags are
 *    gone, so an escaped `&lt;選択肢&gt;` stays text;
 * 4. `※`, `【任意】` and `【行政機関等のみ】` are removed.
 */
export function normalizeForMatch(text: string): string {
  let s = text.normalize('NFKC').replace(ASCII_TAG, '');
  if (s.includes('&')) s = decodeEntities(s).normalize('NFKC');
  s = s.replace(WHITESPACE, '').replace(MARKS, '');
  return s.replace(/^#+/, '');
}

/** Whether printed text names the given label (its own wording or an alias), after normalisation. */
export function labelMatches(label: FieldLabel | string, candidate: string): boolean {
  const target = normalizeForMatch(candidate);
  if (target === '') return false;
  if (typeof label === 'string') return normalizeForMatch(label) === target;
  if (normalizeForMatch(label.label) === target) return true;
  return (label.aliases ?? []).some((alias) => normalizeForMatch(alias) === target);
}
