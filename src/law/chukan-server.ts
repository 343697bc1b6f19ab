/**
 * law-and-rules.md §1.3 (P15): the J-LIS 中間サーバー template sentence about the
 * 「情報照会・提供許可用照合リスト」 cites its legal basis, and that basis changed with the law:
 * A 「番号法別表第2及び第19条第14号」, B 「…別表第二及び第19条第8号」, C 「…別表第二及び第19条第9号」,
 * D 「番号法第19条第8号に基づく主務省令第2条の表及び第19条第9号」. Real documents also carry
 * 「…第19条第15号」, wrong in every period. All of this is [S]+[I]: findings are unverified.
 */
import { dayRange } from './dates.js';
import { eraOn, isVerified, resolveEras } from './eras.js';
import { kanjiValue, toFullwidth } from './numerals.js';
import { renderNumbers } from './render.js';
import { CHUKAN_SENTENCE_ERAS, CHUKAN_SENTENCE_NEVER_VALID } from './timeline.js';
import type { ChukanSentenceText } from './timeline-types.js';

export type ChukanPeriod = ChukanSentenceText['period'];

export interface ChukanSentenceFinding {
  start: number;
  end: number;
  /** The basis phrase as written (up to, not including, 「に基づき」). */
  text: string;
  /** The phrase for the as-of date, in the digit style of the original. */
  expected: string;
  expectedPeriod: ChukanPeriod;
  /** The periods in which the written phrase was right (empty: never). */
  citedPeriods: ChukanPeriod[];
  reason: 'superseded' | 'notYetInForce' | 'neverValid';
  verified: boolean;
  evidence: string;
  source: string;
}

const N = '[0-9０-９〇一二三四五六七八九十百]{1,4}';
const W = '\\s{0,2}';
const PHRASE = new RegExp(
  [
    `番号法${W}第${W}${N}${W}条${W}第${W}${N}${W}号${W}に${W}基${W}づ${W}く${W}[（(]?${W}主${W}務${W}省${W}令${W}第${W}${N}${W}条${W}の${W}表${W}及${W}び${W}第${W}${N}${W}条${W}第${W}${N}${W}号`,
    `番号法${W}別${W}表${W}第${W}${N}${W}及${W}び${W}第${W}${N}${W}条${W}第${W}${N}${W}号`,
  ].join('|'),
  'g',
);
const FOLLOWED_BY = /^\s{0,2}に\s{0,2}基\s{0,2}づ\s{0,2}き/;
/** The sentence is the 照合リスト one: it lists 照会者・提供者 or says 「リスト化」. */
const LIST_SENTENCE = /リスト化|情報照会者、?\s{0,2}情報提供者|照合リスト/;

/** Canonical comparison form: half-width Arabic numbers, no blanks or brackets. */
export function canonicalPhrase(text: string): string {
  return text
    .replace(/[\s（）()]/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[〇一二三四五六七八九十百]+/g, (k) => String(kanjiValue(k) ?? k));
}

const ERAS = resolveEras(CHUKAN_SENTENCE_ERAS);

function styleOf(text: string): 'halfwidth' | 'fullwidth' | 'kanji' {
  const full = (text.match(/[０-９]/g) ?? []).length;
  const half = (text.match(/[0-9]/g) ?? []).length;
  const kanji = (text.match(/第[〇一二三四五六七八九十百]+[条号]/g) ?? []).length;
  if (kanji > full && kanji > half) return 'kanji';
  return full > half ? 'fullwidth' : 'halfwidth';
}

/** Renders a period's phrase like the original: digit style, and 別表第二 vs 別表第2. */
function renderLike(original: string, expected: string): string {
  const style = styleOf(original);
  const annexKanji = /別\s*表\s*第\s*[一二]/.test(original);
  let out = renderNumbers(expected, style);
  if (style !== 'kanji') {
    out = out.replace(/別表第([0-9０-９二])/, () => {
      if (annexKanji) return '別表第二';
      return style === 'fullwidth' ? `別表第${toFullwidth('2')}` : '別表第2';
    });
  }
  return out;
}

export function findStaleChukanServerSentence(text: string, asOf: string): ChukanSentenceFinding[] {
  const range = dayRange(asOf);
  if (typeof text !== 'string' || !range) return [];
  const atFirst = eraOn(ERAS, range.first);
  const at = eraOn(ERAS, range.last);
  // Outside the timeline, or a month with a change inside it: no answer.
  if (!at || !atFirst || at.index !== atFirst.index || at.era.value === null) return [];
  const expected = at.era.value;
  const findings: ChukanSentenceFinding[] = [];
  const re = new RegExp(PHRASE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (!FOLLOWED_BY.test(text.slice(end, end + 12))) continue;
    const context = text.slice(Math.max(0, start - 200), Math.min(text.length, end + 120));
    if (!LIST_SENTENCE.test(context)) continue;
    const written = canonicalPhrase(m[0]);
    if (written === canonicalPhrase(expected.text)) continue;
    const citedPeriods = ERAS.filter((e) => e.era.value !== null && canonicalPhrase(e.era.value.text) === written).map((e) => e.era.value!.period);
    const cited = ERAS.find((e) => e.era.value !== null && canonicalPhrase(e.era.value.text) === written);
    const reason = !cited ? 'neverValid' : cited.index > at.index ? 'notYetInForce' : 'superseded';
    const known = CHUKAN_SENTENCE_NEVER_VALID.find((n) => canonicalPhrase(n.text) === written);
    const evidence = [...at.era.evidence, ...(known?.evidence ?? [])];
    findings.push({
      start,
      end,
      text: m[0],
      expected: renderLike(m[0], expected.text),
      expectedPeriod: expected.period,
      citedPeriods,
      reason,
      verified: isVerified(evidence),
      evidence: [...new Set(evidence.map((e) => e.text))].join('; '),
      source: at.era.source,
    });
  }
  return findings;
}
