import { createRule } from '../src/engine/create-rule.js';
import type { RuleContext } from '../src/engine/types.js';
import { changeLogTrusted, changeRows } from './util/change-rows.js';
import { readDateRange, surelyAfter, type DateRange } from './util/date-cells.js';
import { formatEraDate, readPeriod } from './util/era-date.js';
import { isUnknownDeep, readText } from './util/read.js';
import { fileIndexes } from './util/slots.js';

/**
 * DEP-28 (catalogue §6) and law-and-rules §4.4: the dates of a document follow the order of the
 * procedure.
 *
 * - Ⅱ 2 ⑤保有開始日 is not after Ⅱ 3 使用開始日 (a file is held before it is used). The 保有開始日
 *   is often year-month only: a date is "after" another only when every day it may mean is.
 * - Ⅴ 1 ①実施日 (基礎項目評価), Ⅴ 3 ①実施日 (第三者点検), the end of Ⅴ 2 ②実施日・期間 (意見聴取) and every
 *   変更日 are not after the 公表日.
 * - 基礎項目評価 → 意見聴取 → 第三者点検: the 実施日 of Ⅴ 1 is not after the start of Ⅴ 2's period, and
 *   the 第三者点検 is not before the end of the period (its purpose is to review the revised text).
 *
 * A date that cannot be read (a dash, prose, a field a rendering lost) orders nothing.
 */
type Context = RuleContext<Record<string, unknown>>;

export default createRule({
  meta: {
    id: 'date-order',
    category: 'date',
    defaultSeverity: 'warn',
    description: {
      ja: '保有開始日・使用開始日、評価の実施日・意見聴取・第三者点検・変更日・公表日の日付を手続の順序に合わせる。',
      en: 'Dates follow the procedure: holding before use; evaluation, public comment, third-party review and changes before publication.',
    },
    messages: {
      holdingAfterUse: {
        ja: '「{{label}}」（{{date}}）が「{{otherLabel}}」（{{other}}）より後になっています。ファイルの保有開始は使用開始より前のはずです。',
        en: '{{label}} ({{date}}) is after {{otherLabel}} ({{other}}): a file is held before it is used.',
      },
      afterPublished: {
        ja: '「{{label}}」（{{date}}）が「{{otherLabel}}」（{{other}}）より後になっています。公表日またはこの日付を見直してください。',
        en: '{{label}} ({{date}}) is after {{otherLabel}} ({{other}}): review the publication date or this date.',
      },
      periodAfterPublished: {
        ja: '「{{label}}」の終了日（{{date}}）が「{{otherLabel}}」（{{other}}）より後になっています。',
        en: 'The period in {{label}} ends ({{date}}) after {{otherLabel}} ({{other}}).',
      },
      evaluationAfterHearing: {
        ja: '「{{label}}」（{{date}}）が「{{otherLabel}}」の開始日（{{other}}）より後になっています。意見聴取は基礎項目評価（しきい値判断）の後に行います。',
        en: '{{label}} ({{date}}) is after the start of {{otherLabel}} ({{other}}): the public comment follows the threshold assessment.',
      },
      reviewBeforeHearingEnd: {
        ja: '「{{label}}」（{{date}}）が「{{otherLabel}}」の終了日（{{other}}）より前になっています。第三者点検は意見聴取を終えて評価書を見直した後に受けます。',
        en: '{{label}} ({{date}}) is before the end of {{otherLabel}} ({{other}}): the third-party review comes after the public comment.',
      },
      otherDate: { ja: '比較した日付', en: 'the date compared' },
    },
  },
  check(context) {
    const published = readDateRange(context, 'cover.published');
    const compare = (id: string, range: DateRange | undefined, otherId: string, other: Pick<DateRange, 'raw'> | undefined, messageId: string) => {
      if (!range || !other) return;
      context.report({
        target: id,
        messageId,
        span: range.span,
        data: { date: range.raw, other: other.raw, otherLabel: context.label(otherId) },
        related: [{ target: otherId, messageId: 'otherDate' }],
      });
    };

    if (context.kind !== 'kiso') {
      for (const f of fileIndexes(context.assessment)) {
        const holdingId = `II[${f}].2.holdingStart`;
        const useId = `II[${f}].3.useStart`;
        const holding = readDateRange(context, holdingId);
        const use = readDateRange(context, useId);
        if (holding && use && surelyAfter(holding, use)) compare(holdingId, holding, useId, use, 'holdingAfterUse');
      }
    }

    const evaluation = readDateRange(context, 'V.1.date');
    const review = readDateRange(context, 'V.3.date');
    const period = readPeriodOf(context, 'V.2.period');
    if (published) {
      if (evaluation && surelyAfter(evaluation, published)) compare('V.1.date', evaluation, 'cover.published', published, 'afterPublished');
      if (review && surelyAfter(review, published)) compare('V.3.date', review, 'cover.published', published, 'afterPublished');
      if (period && surelyAfter({ first: period.last }, published)) {
        context.report({
          target: 'V.2.period',
          messageId: 'periodAfterPublished',
          data: { date: period.endText, other: published.raw, otherLabel: context.label('cover.published') },
          related: [{ target: 'cover.published', messageId: 'otherDate' }],
        });
      }
      for (const row of changeLogTrusted(context) ? changeRows(context.assessment) : []) {
        const id = `${row.id}.date`;
        const date = readDateRange(context, id);
        if (date && surelyAfter(date, published)) compare(id, date, 'cover.published', published, 'afterPublished');
      }
    }
    if (period) {
      const start = { first: period.first, last: period.first, raw: period.startText };
      if (evaluation && surelyAfter(evaluation, start)) compare('V.1.date', evaluation, 'V.2.period', start, 'evaluationAfterHearing');
      const end = { first: period.last, last: period.last, raw: period.endText };
      if (review && surelyAfter(end, review)) compare('V.3.date', review, 'V.2.period', end, 'reviewBeforeHearingEnd');
    }
  },
});

/** Ⅴ 2 ②実施日・期間 as a period, with its ends written as 和暦 for messages. */
function readPeriodOf(context: Context, id: string): { first: string; last: string; startText: string; endText: string } | undefined {
  if (isUnknownDeep(context, id)) return undefined;
  const period = readPeriod(readText(context, id));
  if (!period) return undefined;
  return { ...period, startText: isoText(period.first), endText: isoText(period.last) };
}

function isoText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatEraDate(y, m, d) ?? iso;
}
