/**
 * Is a text change only formal (形式的な変更: 誤字脱字, a law's title, 条項ずれ; law-and-rules.md
 * §2.3)? Such a change to a ※ item is not a 重要な変更 and may be submitted 事後. The checks go from
 * the safest to the most heuristic, and each says no when in doubt: a wrong 事後 proposal hides a
 * change that needed prior submission, a wrong 事前 only costs a sentence of explanation.
 */
import { diffChars } from 'diff';
import { isDash } from '../model/values.js';
import { canonicalLawTitles, findCitations, isRenumbering, sameCitation, type Citation } from './citations.js';
import type { FormalReason } from './types.js';

const ASCII_TAG = /<[A-Za-z/!][^<>]*>/g;
const ENTITY: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&nbsp;': ' ', '&#39;': "'" };

/** NFKC with markup removed and entities decoded; whitespace is kept (citations need it to split numbers). */
export function foldText(text: string | null): string {
  if (text === null || isDash(text)) return '';
  return text
    .replace(ASCII_TAG, ' ')
    .replace(/&(?:lt|gt|amp|quot|nbsp|#39);/g, (m) => ENTITY[m] ?? m)
    .normalize('NFKC');
}

/** `foldText` without any whitespace: the comparison key for "the same text, written differently". */
export function compactText(text: string | null): string {
  return foldText(text).replace(/\s+/g, '');
}

/**
 * Whitespace goes except between two digits (`別表第2 93の項` must not become `別表第293の項`): PDF
 * text wraps lines inside names (`…識別するた めの番号…`), which would hide a law's title.
 */
function joinWrappedLines(text: string): string {
  return text.replace(/(?<!\d)\s+|\s+(?!\d)/g, '');
}

/**
 * The text with every citation replaced by a placeholder (a private-use character), the law's titles folded and whitespace
 * removed. 「第19条第8号に基づく主務省令第2条の表」 is the 2024 form of 「第19条第8号 別表第二」: the
 * joining 「に基づく」 goes so that the two compare citation by citation.
 */
function skeleton(text: string, citations: readonly Citation[]): string {
  let out = '';
  let cursor = 0;
  for (const c of citations) {
    out += canonicalLawTitles(text.slice(cursor, c.start)) + '\uE000';
    cursor = c.end;
  }
  return (out + canonicalLawTitles(text.slice(cursor))).replace(/\s+/g, '').replace(/\uE000に基づく(?=\uE000)/g, '\uE000');
}

/**
 * Law titles and citations: `renumbering` when citations differ only as an amendment renumbers
 * them, `lawTitle` when only the way the law is named differs, `notation` when only the numerals do
 * (十九 ↔ 19).
 */
function classifyCitations(foldedBefore: string, foldedAfter: string): FormalReason | undefined {
  const before = joinWrappedLines(foldedBefore);
  const after = joinWrappedLines(foldedAfter);
  const citesBefore = findCitations(before);
  const citesAfter = findCitations(after);
  if (citesBefore.length !== citesAfter.length) return undefined;
  if (skeleton(before, citesBefore) !== skeleton(after, citesAfter)) return undefined;
  let renumbered = false;
  let retitled = false;
  for (let i = 0; i < citesBefore.length; i++) {
    const b = citesBefore[i]!;
    const a = citesAfter[i]!;
    if ((b.lawName ?? '') !== (a.lawName ?? '')) retitled = true;
    if (sameCitation(b, a)) continue;
    if (!isRenumbering(b, a)) return undefined;
    renumbered = true;
  }
  if (renumbered) return 'renumbering';
  // Same citations: either the law is named differently, or only the numerals differ.
  const bare = (text: string, cites: readonly Citation[]) => {
    let out = '';
    let cursor = 0;
    for (const c of cites) {
      out += text.slice(cursor, c.start) + '\uE000';
      cursor = c.end;
    }
    return (out + text.slice(cursor)).replace(/\s+/g, '');
  };
  return retitled || bare(before, citesBefore) !== bare(after, citesAfter) ? 'lawTitle' : 'notation';
}

/**
 * Characters whose change is never a typo: numbers (amounts, dates, article numbers), ASCII letters
 * and digits (codes, URLs, names), and the kanji that flip a statement's meaning on their own
 * (有/無, 要/不要, 可/不可, 未, 非, 否, 事前/事後, 以上/以下, 内/外, 増/減, 新/旧, 許/禁, 全/一部).
 */
const MEANINGFUL = /[0-9A-Za-z〇一二三四五六七八九十百千万億有無不要可未非否前後上下内外増減新旧許禁止全部]/u;

/** Shorter texts are names, counts or short phrases, where one character is the whole change. */
const TYPO_MIN_LENGTH = 8;
/** At most this many characters changed in all, in at most this many places. */
const TYPO_MAX_CHARS = 2;
const TYPO_MAX_EDITS = 2;

/**
 * A typo-scale edit on the compacted texts: both at least 8 characters, at most 2 characters changed
 * in at most 2 places (a replaced character counts once), and no changed character is a number, an
 * ASCII letter or a meaning-bearing kanji (see MEANINGFUL). `実効` → `実現` qualifies;
 * `本間` → `本田` in a short name does not (too short); `第7号` → `第8号` does not (a number).
 */
export function isTypoEdit(before: string, after: string): boolean {
  if ([...before].length < TYPO_MIN_LENGTH || [...after].length < TYPO_MIN_LENGTH) return false;
  // A replaced character is one removal and one insertion: beyond this the diff gives up early
  // (long texts with large changes would otherwise cost O(N·D)).
  const parts = diffChars(before, after, { maxEditLength: TYPO_MAX_CHARS * 2 });
  if (!parts) return false;
  let edits = 0;
  let changed = 0;
  let removed = '';
  let added = '';
  const flush = (): boolean => {
    if (removed === '' && added === '') return true;
    edits++;
    changed += Math.max([...removed].length, [...added].length);
    const ok = !MEANINGFUL.test(removed) && !MEANINGFUL.test(added);
    removed = '';
    added = '';
    return ok;
  };
  for (const part of parts) {
    if (part.removed) removed += part.value;
    else if (part.added) added += part.value;
    else if (!flush()) return false;
  }
  if (!flush()) return false;
  return edits > 0 && edits <= TYPO_MAX_EDITS && changed <= TYPO_MAX_CHARS;
}

/** Why a text change is only formal, or undefined when it may change the substance. */
export function classifyFormal(before: string | null, after: string | null): FormalReason | undefined {
  const foldedBefore = foldText(before);
  const foldedAfter = foldText(after);
  const compactBefore = foldedBefore.replace(/\s+/g, '');
  const compactAfter = foldedAfter.replace(/\s+/g, '');
  if (compactBefore === compactAfter) return 'notation';
  // Nothing on one side is an addition or a deletion, never a formal change.
  if (compactBefore === '' || compactAfter === '') return undefined;
  const cited = classifyCitations(foldedBefore, foldedAfter);
  if (cited) return cited;
  return isTypoEdit(compactBefore, compactAfter) ? 'typo' : undefined;
}
