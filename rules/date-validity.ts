import { createRule } from '../src/engine/create-rule.js';
import type { RuleContext, ReportDescriptor } from '../src/engine/types.js';
import { fieldIdToPointer, iterateFields } from '../src/model/index.js';
import { ERAS, asEraDate, dateProblem, findDates, formatEraDate, readDateCell, tokenIso, type DateToken } from './util/era-date.js';
import { isJson, isUnknownDeep } from './util/read.js';

/**
 * Dates that cannot exist (law-and-rules §4.4, PIA-DATE-001; catalogue §7.9): 平成32年 (平成 ended
 * in its 31st year), 平成31年5月 or later (平成 ended on 2019-04-30), 令和元年4月 (令和 began on
 * 2019-05-01), 2月30日, 13月. In a date field they are errors; written in the text of other fields
 * they are warnings (`平成32年度から` in a plan written before the era was named is stale, but it is
 * prose). A 変更箇所 row's 変更前の記載 is history and is left alone.
 *
 * In a JSON document the `iso` of a date must also be the date its `raw` text says: rules that
 * compare dates (and the as-of date of the law rules) read it.
 */
type Context = RuleContext<Record<string, unknown>>;

const HISTORY = /^annex\.changes\[\d+\]\.before$/;

function isoDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatEraDate(y, m, d) ?? iso;
}

/** The report for an impossible date, with the era date that was probably meant as a suggestion. */
function problemReport(target: string, token: DateToken): Omit<ReportDescriptor, 'severity'> | undefined {
  const problem = dateProblem(token);
  if (!problem) return undefined;
  const span = { start: token.start, end: token.end };
  const date = token.text;
  switch (problem.reason) {
    case 'month':
      return { target, messageId: 'badMonth', data: { date }, span };
    case 'day':
      return { target, messageId: 'badDay', data: { date, month: token.month!, days: problem.days }, span };
    default: {
      const era = token.era!;
      const proper = asEraDate(token);
      const edge: { messageId: string; data: Record<string, string | number> } =
        problem.reason === 'beforeEraStart'
          ? { messageId: 'eraNotBegun', data: { date, era, firstDay: isoDay(ERAS[era].first) } }
          : problem.reason === 'afterEraEnd'
            ? { messageId: 'eraEnded', data: { date, era, lastDay: isoDay(problem.last) } }
            : { messageId: 'eraYearBeyond', data: { date, era, lastYear: problem.lastYear, lastDay: isoDay(ERAS[era].last!) } };
      if (!proper) return { target, ...edge, span };
      return {
        target,
        messageId: edge.messageId,
        data: { ...edge.data, proper },
        span,
        suggest: [{ messageId: 'useEra', data: { proper }, fix: { type: 'replaceInString', target, start: span.start, end: span.end, text: proper } }],
      };
    }
  }
}

function checkDateField(context: Context, fieldId: string, value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const raw = (value as { raw?: unknown }).raw;
  const token = readDateCell(raw);
  if (!token || typeof raw !== 'string') return;
  const report = problemReport(fieldId, token);
  if (report) {
    context.report(report);
    return;
  }
  // JSON keeps both: the `iso` must say what `raw` says (renderings derive it, so only JSON can disagree).
  const stored = (value as { iso?: unknown }).iso;
  const computed = tokenIso(token);
  if (!isJson(context) || typeof stored !== 'string' || computed === undefined || stored === computed) return;
  if (raw.trim() !== token.text.trim() && findDates(raw).length > 1) return;
  context.report({
    target: fieldId,
    messageId: 'isoMismatch',
    data: { iso: stored, raw: raw.trim(), computed },
    suggest: [{ messageId: 'setIso', data: { computed }, fix: { type: 'setValue', target: `${fieldIdToPointer(fieldId)}/iso`, value: computed } }],
  });
}

function checkText(context: Context, target: string, text: string): void {
  for (const token of findDates(text)) {
    if (token.style !== 'era') continue;
    const report = problemReport(target, token);
    if (report) context.report({ ...report, severity: 1 });
  }
}

export default createRule({
  meta: {
    id: 'date-validity',
    category: 'date',
    defaultSeverity: 'error',
    hasSuggestions: true,
    description: {
      ja: '存在しない日付（平成32年、平成31年5月以降、令和元年4月以前、2月30日など）を記載しない。',
      en: 'Write no date that cannot exist (平成32年, 平成31年5月 or later, 令和 before 2019-05-01, 2月30日, …).',
    },
    messages: {
      eraYearBeyond: {
        ja: '「{{label}}」の「{{date}}」は存在しない日付です（{{era}}は{{lastYear}}年（{{lastDay}}）までです）。「{{proper}}」の誤りではないか確認してください。',
        en: '{{label}}: "{{date}}" cannot exist ({{era}} ended in its year {{lastYear}}, on {{lastDay}}). Did you mean "{{proper}}"?',
      },
      eraEnded: {
        ja: '「{{label}}」の「{{date}}」は存在しない日付です（{{era}}は{{lastDay}}までです）。「{{proper}}」の誤りではないか確認してください。',
        en: '{{label}}: "{{date}}" cannot exist ({{era}} ended on {{lastDay}}). Did you mean "{{proper}}"?',
      },
      eraNotBegun: {
        ja: '「{{label}}」の「{{date}}」は存在しない日付です（{{era}}は{{firstDay}}からです）。「{{proper}}」の誤りではないか確認してください。',
        en: '{{label}}: "{{date}}" cannot exist ({{era}} began on {{firstDay}}). Did you mean "{{proper}}"?',
      },
      badMonth: {
        ja: '「{{label}}」の「{{date}}」は存在しない日付です（月は1～12です）。',
        en: '{{label}}: "{{date}}" cannot exist (months run from 1 to 12).',
      },
      badDay: {
        ja: '「{{label}}」の「{{date}}」は存在しない日付です（その年の{{month}}月は{{days}}日までです）。',
        en: '{{label}}: "{{date}}" cannot exist (month {{month}} of that year has {{days}} days).',
      },
      isoMismatch: {
        ja: '「{{label}}」の iso「{{iso}}」が記載「{{raw}}」（{{computed}}）と一致しません。',
        en: '{{label}}: iso "{{iso}}" does not match the printed date "{{raw}}" ({{computed}}).',
      },
      useEra: { ja: '「{{proper}}」に置き換える', en: 'Replace with "{{proper}}"' },
      setIso: { ja: 'iso を「{{computed}}」にする', en: 'Set iso to "{{computed}}"' },
    },
  },
  check(context) {
    for (const { fieldId, def, value } of iterateFields(context.assessment)) {
      if (isUnknownDeep(context, fieldId)) continue;
      if (def.type === 'date') {
        checkDateField(context, fieldId, value);
        continue;
      }
      if (HISTORY.test(fieldId)) continue;
      if (typeof value === 'string') checkText(context, fieldId, value);
      else if (def.type === 'text[]' && Array.isArray(value)) {
        value.forEach((entry, i) => {
          if (typeof entry === 'string') checkText(context, `${fieldIdToPointer(fieldId)}/${i}`, entry);
        });
      }
    }
  },
});
