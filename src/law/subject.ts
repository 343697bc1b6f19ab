/**
 * What a 番号法 第19条 item (or 第26–28条) is cited for. The item numbers moved over time
 * (law-and-rules.md §1.2), so a number alone says nothing; the context does:
 * - annex: 「第19条第7号 別表第二」「第19条第8号に基づく主務省令第2条の表」 → 情報提供NWS;
 * - pattern: 「第19条第7号、8号及び別表第二」 (NWS item, then 独自利用 item) and
 *   「第9条第2項及び第19条第N号に基づく条例」 (同一団体の他の機関, §1.4 P10–P12);
 * - keyword: the nearest subject keyword in the same sentence (±40 characters), counted only when
 *   the cited number was that subject's item in some period (a 「委託」 near 第19条第8号 says nothing).
 */
import type { CitationSubject } from './citation.js';
import type { DraftCitation } from './draft.js';
import { ART19_ITEMS, PIA_ARTICLE_ERAS } from './timeline.js';
import type { Art19Subject } from './timeline-types.js';

const WINDOW = 40;

const ART19_KEYWORDS: readonly [Art19Subject, readonly string[]][] = [
  ['dokuji', ['条例事務関係情報照会者', '独自利用事務', '独自利用']],
  ['joreiOther', ['同一地方公共団体', '地方公共団体の他の機関', '他の執行機関', '庁内連携']],
  ['nws', ['情報提供ネットワークシステム', '情報提供NWS', '情報連携']],
  ['juki', ['住民基本台帳ネットワーク', '住民基本台帳法', '住基ネット', '住基法']],
  ['kiko', ['機構保存本人確認情報', '地方公共団体情報システム機構']],
  ['itaku', ['委託', '合併']],
  ['tenshoku', ['従業者等の同意', '転職']],
];

/** Kinds of 情報連携 that outrank the generic NWS words. */
const SPECIFIC_19: ReadonlySet<Art19Subject> = new Set(['dokuji', 'joreiOther']);

const PIA_KEYWORDS: readonly ['shishin' | 'hyoka', readonly string[]][] = [
  ['shishin', ['特定個人情報保護評価指針', '評価指針', '指針']],
  ['hyoka', ['特定個人情報保護評価', '保護評価', '評価書']],
];

function keywordMatcher<S extends string>(table: readonly [S, readonly string[]][]): { re: RegExp; subjectOf: Map<string, S> } {
  const subjectOf = new Map<string, S>();
  for (const [subject, words] of table) for (const w of words) subjectOf.set(w, subject);
  const words = [...subjectOf.keys()].sort((a, b) => b.length - a.length);
  return { re: new RegExp(words.join('|'), 'g'), subjectOf };
}

const ART19_MATCHER = keywordMatcher(ART19_KEYWORDS);
const PIA_MATCHER = keywordMatcher(PIA_KEYWORDS);

function itemsOf(subject: Art19Subject): Set<number> {
  const row = ART19_ITEMS[subject];
  const items = new Set<number>();
  for (const fact of [row.A, row.B, row.C]) {
    if (fact.item === null) continue;
    if (typeof fact.item === 'number') items.add(fact.item);
    else fact.item.forEach((n) => items.add(n));
  }
  return items;
}

const PLAUSIBLE_19 = new Map<Art19Subject, Set<number>>(
  (Object.keys(ART19_ITEMS) as Art19Subject[]).map((s) => [s, itemsOf(s)]),
);

const PLAUSIBLE_PIA = new Map<'shishin' | 'hyoka', Set<number>>(
  (['shishin', 'hyoka'] as const).map((s) => [s, new Set(PIA_ARTICLE_ERAS[s].map((e) => e.value).filter((v): v is number => v !== null))]),
);

const SENTENCE_END = /[。\n\t]/;

function sentenceWindow(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < WINDOW && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && !SENTENCE_END.test(text[to]!)) to++;
  return { from, to };
}

/**
 * The nearest plausible keyword's subject. Subjects in `specific` win over the others wherever they
 * stand in the window: 「独自利用事務の情報連携」 is about the 独自利用 item even though 「情報連携」 is nearer.
 */
function nearestKeyword<S extends string>(
  text: string,
  c: DraftCitation,
  matcher: { re: RegExp; subjectOf: Map<string, S> },
  plausible: (subject: S) => boolean,
  specific: ReadonlySet<S> = new Set(),
): S | undefined {
  const { from, to } = sentenceWindow(text, c.start, c.end);
  const re = new RegExp(matcher.re.source, 'g');
  const slice = text.slice(from, to);
  let best: S | undefined;
  let bestDistance = Infinity;
  let tie = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const s = from + m.index;
    const e = s + m[0].length;
    const subject = matcher.subjectOf.get(m[0]);
    if (subject === undefined || !plausible(subject)) continue;
    const distance = (e <= c.start ? c.start - e : s >= c.end ? s - c.end : 0) + (specific.has(subject) ? 0 : WINDOW * 4);
    if (distance < bestDistance) {
      best = subject;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && subject !== best) tie = true;
  }
  return tie ? undefined : best;
}

const LIST_TO_TABLE = /^\s{0,2}(?:及び|並びに|、)\s{0,2}$/;
const GAP_TO_TABLE = /^\s{0,2}(?:に基づく|及び|、)?\s{0,2}$/;
const JOREI_AFTER = /^\s{0,2}(?:の規定)?に基づく(?:条例|条項)/;

function isArt19(c: DraftCitation | undefined): c is DraftCitation & { item: number } {
  return c !== undefined && c.law === 'bango' && !c.supplementary && c.article === 19 && c.articleBranch === undefined && c.item !== undefined;
}

function setSubject(c: DraftCitation, subject: CitationSubject, by: DraftCitation['subjectBy']): void {
  c.subject = subject;
  c.subjectBy = by;
}

export function inferSubjects(text: string, cs: DraftCitation[]): void {
  cs.forEach((c, i) => {
    if (c.subject !== undefined || c.law !== 'bango' || c.supplementary) return;
    if (isArt19(c)) inferArt19(text, cs, c, i);
    else if (c.article !== undefined && c.articleBranch === undefined && c.paragraph === undefined && c.item === undefined && c.annex === undefined) {
      const subject = nearestKeyword(text, c, PIA_MATCHER, (s) => PLAUSIBLE_PIA.get(s)!.has(c.article!));
      if (subject) setSubject(c, subject, 'keyword');
    }
  });
}

function inferArt19(text: string, cs: DraftCitation[], c: DraftCitation & { item: number }, i: number): void {
  const list = c.list;
  // 「第19条第N号、N+1号及び別表第二」: the NWS item and the 独自利用 item.
  if (list && list.size === 2) {
    const a = cs[list.head];
    const b = cs[list.head + 1];
    const after = cs[list.head + 2];
    const tableFollows = after !== undefined && after.annex === 'second' && after.attachedTo === list.head + 1;
    const ordFollows = after !== undefined && after.rules === 'ord19-8' && after.table === true && b !== undefined && LIST_TO_TABLE.test(text.slice(b.end, after.start));
    if (isArt19(a) && isArt19(b) && b.item === a.item + 1 && (tableFollows || ordFollows)) {
      setSubject(c, list.position === 0 ? 'nws' : 'dokuji', 'pattern');
      return;
    }
  }
  // 「第9条第2項及び第19条第N号に基づく条例」: 同一地方公共団体の他の機関.
  if (list && list.position > 0) {
    const before = cs[i - 1];
    if (before?.law === 'bango' && before.article === 9 && before.paragraph === 2 && before.item === undefined && JOREI_AFTER.test(text.slice(c.end, c.end + 20))) {
      setSubject(c, 'joreiOther', 'pattern');
      return;
    }
  }
  // The annex or the 主務省令 table right after it.
  const next = cs[i + 1];
  if (!list && next) {
    if (next.annex === 'second' && next.attachedTo === i) {
      setSubject(c, 'nws', 'annex');
      return;
    }
    if (next.rules === 'ord19-8' && next.table && GAP_TO_TABLE.test(text.slice(c.end, next.start))) {
      setSubject(c, 'nws', 'annex');
      return;
    }
  }
  const subject = nearestKeyword(text, c, ART19_MATCHER, (s) => PLAUSIBLE_19.get(s)!.has(c.item), SPECIFIC_19);
  if (subject) setSubject(c, subject, 'keyword');
}
