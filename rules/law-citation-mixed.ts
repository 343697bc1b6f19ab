import { createRule } from '../src/engine/create-rule.js';
import { assess, parseCitations, type Citation } from '../src/law/index.js';
import { asOfNote } from './util/law-as-of.js';
import { isBodyText, lawTexts, oneLine, type LawText } from './util/law-texts.js';

/**
 * Old and new citation forms of the same thing in one document's body: 「別表第一」 and 「別表」,
 * 「別表第二」 and 「主務省令第2条の表」, 第19条第7号 and 第8号 for the 情報提供ネットワークシステム,
 * the old and new title of the 別表 主務省令 — forms whose periods of validity do not overlap, so at
 * most one of them can be right.
 *
 * When the document's date settles which one is right, law-citation reports the wrong ones (with the
 * fix), and this rule stays silent rather than say it twice. This rule speaks when the date cannot
 * settle it — a date known only to the month in which the law changed, or a date outside the
 * timeline — and then reports the less frequent form (on a tie, the older one). 変更箇所 rows are
 * not compared: each row speaks of its own day.
 */
interface Occurrence {
  text: LawText;
  citation: Citation;
  from?: string;
  until?: string;
  decided: boolean;
}

function seriesOf(c: Citation): string | undefined {
  if (c.historical) return undefined;
  if (c.law === 'bango') {
    if (c.annex === 'first' || c.annex === 'single') return 'utilisation';
    if (c.annex === 'second') return 'provision';
    if (c.article === 19 && c.articleBranch === undefined && c.item !== undefined && c.subject !== undefined && c.subject !== 'catchAll') return `art19:${c.subject}`;
  }
  if (c.law === 'bangoRules') {
    if (c.rules === 'ord19-8' && c.table) return 'provision';
    if ((c.rules === 'ordBetsu' || c.rules === 'ordBetsu1') && c.parts.some((p) => p.role === 'rulesName')) return 'ordBetsuName';
  }
  return undefined;
}

function disjoint(a: Occurrence, b: Occurrence): boolean {
  return (a.until !== undefined && b.from !== undefined && a.until < b.from) || (b.until !== undefined && a.from !== undefined && b.until < a.from);
}

function validity(o: Occurrence, en: boolean): string {
  if (o.from && o.until) return en ? `${o.from} to ${o.until}` : `${o.from}〜${o.until}`;
  if (o.from) return en ? `from ${o.from}` : `${o.from}から`;
  if (o.until) return en ? `until ${o.until}` : `${o.until}まで`;
  return '?';
}

export default createRule({
  meta: {
    id: 'law-citation-mixed',
    category: 'law',
    defaultSeverity: 'warn',
    dateDependent: true,
    description: {
      ja: '一つの評価書の本文で、同じ根拠の新旧の引用形式（別表第一と別表、別表第二と主務省令第2条の表 など）を混在させない。',
      en: "Do not mix old and new citation forms of the same basis in one assessment's body (別表第一 and 別表, 別表第二 and the 主務省令 table, …).",
    },
    messages: {
      mixed: {
        ja: '「{{text}}」（{{validity}}の形式）と「{{other}}」（{{otherValidity}}の形式）が同じ評価書に混在しています（{{count}}件と{{otherCount}}件）。基準日では法令の改正と重なるため、どちらが正しいか日付から決められません（{{asOfNote}}）。',
        en: '"{{text}}" (valid {{validity}}) and "{{other}}" (valid {{otherValidity}}) are both used ({{count}} and {{otherCount}}); the as-of date falls on a change of the law, so the date cannot tell which is right ({{asOfNote}}).',
      },
    },
  },
  check(context) {
    const en = context.locale === 'en';
    const series = new Map<string, Occurrence[]>();
    for (const text of lawTexts(context)) {
      if (!isBodyText(text) || !text.date) continue;
      for (const citation of parseCitations(text.text)) {
        const key = seriesOf(citation);
        if (!key) continue;
        // The validity of the cited form does not depend on the day asked about; the status does.
        const span = assess(citation, text.date.day);
        const judged = text.date.judge === text.date.day ? span : assess(citation, text.date.judge);
        const occurrence: Occurrence = { text, citation, decided: judged.status !== 'unknown' };
        if (span.validFrom) occurrence.from = span.validFrom;
        if (span.validUntil) occurrence.until = span.validUntil;
        if (!occurrence.from && !occurrence.until) continue;
        series.set(key, [...(series.get(key) ?? []), occurrence]);
      }
    }
    for (const occurrences of series.values()) {
      if (occurrences.some((o) => o.decided)) continue;
      const groups = new Map<string, Occurrence[]>();
      for (const o of occurrences) {
        const key = `${o.from ?? ''}..${o.until ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), o]);
      }
      const list = [...groups.values()].sort((a, b) => b.length - a.length || (b[0]!.from ?? '').localeCompare(a[0]!.from ?? ''));
      const majority = list[0]!;
      for (const minority of list.slice(1)) {
        if (!disjoint(majority[0]!, minority[0]!)) continue;
        for (const o of minority) {
          context.report({
            target: o.text.target,
            messageId: 'mixed',
            data: {
              text: oneLine(o.citation.text),
              validity: validity(o, en),
              other: oneLine(majority[0]!.citation.text),
              otherValidity: validity(majority[0]!, en),
              count: minority.length,
              otherCount: majority.length,
              asOfNote: asOfNote(o.text.date!, context.locale),
            },
            span: { start: o.citation.start, end: o.citation.end },
            asOf: o.text.date!.day,
          });
        }
      }
    }
  },
});
