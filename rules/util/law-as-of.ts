/**
 * The date a law rule judges a text at, and how a message names it.
 *
 * The document's own text is judged at the document's as-of date (context.asOf: 公表日, else the
 * latest 変更日, else the 基礎項目評価 実施日, else today, unless config or --as-of overrides it).
 * A 変更箇所 row's cells (other than 変更前, which is history and never checked) describe the
 * document as it became on that row's 変更日, so they are judged at that day instead.
 *
 * A date known only to the month (「令和6年5月」) is passed to the law core as the month: the core
 * then answers "unknown" when a change of the law falls inside it, rather than guess (as-of.ts).
 */
import type { Locale } from '../../src/model/kinds.js';
import type { RuleContext } from '../../src/engine/types.js';
import { getFieldValue, isDateValue } from '../../src/model/index.js';
import { resolveAsOf } from '../../src/law/index.js';
import { isIsoDate, isIsoMonth, lastDayOfMonth } from '../../src/law/dates.js';

export type LawDateSource = RuleContext['asOf']['source'] | 'changeRow';

export interface LawDate {
  /** What the law core is given: a day, or a month (`YYYY-MM`) when the date is known only to the month. */
  judge: string;
  /** The day put in the message's `asOf` (the last day of a month). */
  day: string;
  source: LawDateSource;
}

type Context = Pick<RuleContext<never>, 'asOf' | 'assessment'>;

const DOCUMENT_SOURCES: ReadonlySet<string> = new Set(['published', 'changeLog', 'evaluated']);

/** The date the document's own text is judged at. */
export function documentLawDate(context: Context): LawDate {
  const { date, source } = context.asOf;
  // The context gives the day only; for a date read from the document, re-reading it tells whether
  // it was printed to the month (the same resolution the engine made, so the day agrees).
  if (DOCUMENT_SOURCES.has(source)) {
    const resolved = resolveAsOf(context.assessment, { today: date });
    if (resolved.date === date && resolved.source === source && resolved.month) return { judge: resolved.month, day: date, source };
  }
  return { judge: date, day: date, source };
}

/** The date of a 変更箇所 row (`annex.changes[n]`), or undefined when the row prints none that can be read. */
export function rowLawDate(context: Pick<RuleContext<never>, 'assessment'>, rowId: string): LawDate | undefined {
  const value = getFieldValue(context.assessment, `${rowId}.date`);
  if (!isDateValue(value)) return undefined;
  const iso = value.iso;
  if (isIsoDate(iso)) return { judge: iso, day: iso, source: 'changeRow' };
  if (isIsoMonth(iso)) return { judge: iso, day: lastDayOfMonth(iso), source: 'changeRow' };
  return undefined;
}

const SOURCE_TEXT: Record<LawDateSource, { ja: string; en: string }> = {
  published: { ja: '公表日による', en: 'the publication date' },
  changeLog: { ja: '変更箇所の最新の変更日による', en: 'the latest 変更日 in 変更箇所' },
  evaluated: { ja: '基礎項目評価の実施日による', en: 'the 基礎項目評価 date' },
  today: { ja: '文書に日付がないため本日', en: 'today: the document states no date' },
  config: { ja: '設定の asOf による', en: 'asOf in the config' },
  cli: { ja: '--as-of による', en: 'from --as-of' },
  changeRow: { ja: 'この変更箇所の行の変更日による', en: "this 変更箇所 row's 変更日" },
};

/** 「基準日: 2024-02-05、公表日による」 / "as of 2024-02-05, the publication date". */
export function asOfNote(date: LawDate, locale: Locale): string {
  const shown = isIsoMonth(date.judge) ? date.judge : date.day;
  const source = SOURCE_TEXT[date.source];
  return locale === 'en' ? `as of ${shown}, ${source.en}` : `基準日: ${shown}、${source.ja}`;
}

/** The note for findings that rest on unverified facts, or '' when every fact is verified. */
export function unverifiedNote(verified: boolean, locale: Locale): string {
  if (verified) return '';
  return locale === 'en' ? ' (Rests on unverified facts: a warning, not an error.)' : '（未検証の事実に基づくため警告です。）';
}
