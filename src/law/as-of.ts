/**
 * The as-of date of a document: the day its law citations are judged at.
 *
 * Order: an override (config, or `--as-of` on the command line) → 公表日 (`cover.published`) → the
 * latest 変更日 (`annex.changes[n].date`) → the 基礎項目評価 実施日 (`V.1.date`) → today. Today is used
 * only when the document carries none of these dates (a draft), and the result says so
 * (`source: 'today'`); the core never reads the clock, the caller passes `today`.
 *
 * Year-month dates (「令和6年5月」, iso `2024-05`) stand for the LAST day of the month. A document
 * speaks as of its date; dated only by month, it may have been published on any day of it, and the
 * citations it carries must be right on the day it was published — the latest possible such day is
 * the end of the month, and a citation that went stale during the month was already stale when the
 * document could last have been published. Because that choice can be wrong near a boundary, the
 * result also carries `month`; passing it to assess() instead of `date` makes assess() answer
 * `unknown` when a legal change falls inside the month (rules that must not raise false alarms).
 */
import { getFieldValue } from '../model/field-id.js';
import { isDateValue, type Assessment } from '../model/values.js';
import { isIsoDate, isIsoMonth, lastDayOfMonth } from './dates.js';

export type AsOfSource = 'config' | 'cli' | 'published' | 'changeLog' | 'evaluated' | 'today';

export interface AsOfOverride {
  /** `YYYY-MM-DD`, `YYYY-MM` or `today`; absent means "no override". */
  date?: string;
  source: 'config' | 'cli';
}

export interface ResolvedAsOf {
  /** `YYYY-MM-DD` (the last day of the month for a year-month date). */
  date: string;
  source: AsOfSource;
  precision: 'day' | 'month';
  /** `YYYY-MM` when the date is known only to the month. */
  month?: string;
  /** The field the date was read from. */
  fieldId?: string;
  /** The date as the document prints it. */
  raw?: string;
  /** Dates that were present but could not be used (malformed override or iso). */
  ignored?: { source: AsOfSource; value: string }[];
}

interface Candidate {
  iso: string;
  raw?: string;
  fieldId?: string;
}

function readDate(assessment: Assessment, fieldId: string): Candidate | undefined {
  const value = getFieldValue(assessment, fieldId);
  if (!isDateValue(value) || typeof value.iso !== 'string') return undefined;
  return { iso: value.iso, raw: value.raw, fieldId };
}

/** The comparable day of a day or month iso (a month counts as its last day). */
function endOf(iso: string): string {
  return isIsoMonth(iso) ? lastDayOfMonth(iso) : iso;
}

function latestChange(assessment: Assessment): Candidate | undefined {
  const annex = getFieldValue(assessment, 'annex');
  if (annex === null || typeof annex !== 'object' || Array.isArray(annex)) return undefined;
  let best: Candidate | undefined;
  for (const key of Object.keys(annex)) {
    const m = /^changes\[(\d+)\]$/.exec(key);
    if (!m) continue;
    const c = readDate(assessment, `annex.changes[${m[1]}].date`);
    if (!c || !(isIsoDate(c.iso) || isIsoMonth(c.iso))) continue;
    if (!best || endOf(c.iso) > endOf(best.iso)) best = c;
  }
  return best;
}

function resolved(c: Candidate, source: AsOfSource, ignored: ResolvedAsOf['ignored']): ResolvedAsOf {
  const month = isIsoMonth(c.iso);
  const out: ResolvedAsOf = { date: endOf(c.iso), source, precision: month ? 'month' : 'day' };
  if (month) out.month = c.iso;
  if (c.fieldId) out.fieldId = c.fieldId;
  if (c.raw !== undefined) out.raw = c.raw;
  if (ignored && ignored.length > 0) out.ignored = ignored;
  return out;
}

export function resolveAsOf(assessment: Assessment, options: { override?: AsOfOverride; today: string }): ResolvedAsOf {
  const ignored: NonNullable<ResolvedAsOf['ignored']> = [];
  const { override, today } = options;
  if (override?.date !== undefined) {
    const d = override.date.trim();
    if (d === 'today') return resolved({ iso: today }, override.source, ignored);
    if (isIsoDate(d) || isIsoMonth(d)) return resolved({ iso: d }, override.source, ignored);
    ignored.push({ source: override.source, value: override.date });
  }
  const fromDocument: [AsOfSource, Candidate | undefined][] = [
    ['published', readDate(assessment, 'cover.published')],
    ['changeLog', latestChange(assessment)],
    ['evaluated', readDate(assessment, 'V.1.date')],
  ];
  for (const [source, c] of fromDocument) {
    if (!c) continue;
    if (isIsoDate(c.iso) || isIsoMonth(c.iso)) return resolved(c, source, ignored);
    ignored.push({ source, value: c.iso });
  }
  return resolved({ iso: today }, 'today', ignored);
}
