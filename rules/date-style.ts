import { createRule } from '../src/engine/create-rule.js';
import { iterateFields } from '../src/model/index.js';
import { asEraDate, dateProblem, findDates, readDateCell, type DateToken } from './util/era-date.js';
import { changeLogTrusted } from './util/change-rows.js';
import { isUnknownDeep } from './util/read.js';

/**
 * A document that writes its dates in 和暦 writes all of them in 和暦 (law-and-rules §4.4,
 * PIA-DATE-002; catalogue §7.9). Two intruders are common, both pasted from spreadsheets:
 *
 * - spreadsheet serial numbers (`42216` for 平成27年7月31日): unreadable to a person, a warning;
 * - Western dates (`2020/3/30`, `2020年3月30日`): readable, info.
 *
 * Looked at: every date field (変更日 included), and the 変更前/変更後 cells of a change-log row when
 * the cell is nothing but a date (a row changing a date field). A document whose date fields are
 * mostly Western is left alone. The 和暦 form is offered as a suggestion, never applied: the author may
 * prefer to fix the spreadsheet.
 */
interface Cell {
  target: string;
  token: DateToken;
  /** A date field (as opposed to a change-log cell that holds a date). */
  field: boolean;
}

const CHANGE_CELL = /^annex\.changes\[\d+\]\.(?:before|after)$/;

/** The date a change-log cell consists of, if it is nothing but one date. */
function wholeCellDate(text: string): DateToken | undefined {
  const dates = findDates(text, { serial: true });
  if (dates.length !== 1) return undefined;
  const d = dates[0]!;
  return (text.slice(0, d.start) + text.slice(d.end)).trim() === '' ? d : undefined;
}

export default createRule({
  meta: {
    id: 'date-style',
    category: 'date',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    description: {
      ja: '和暦で書かれた評価書では、日付を西暦（2020/3/30）や表計算ソフトのシリアル値（42216）で書かない。',
      en: 'In a document that writes dates in 和暦, write no Western (2020/3/30) or spreadsheet-serial (42216) dates.',
    },
    messages: {
      serial: {
        ja: '「{{label}}」の「{{date}}」は表計算ソフトのシリアル値です。「{{proper}}」と和暦で記載してください。',
        en: '{{label}}: "{{date}}" is a spreadsheet serial number; write the date in 和暦, "{{proper}}".',
      },
      western: {
        ja: '「{{label}}」の「{{date}}」は西暦で記載されています。他の日付に合わせて「{{proper}}」と和暦で記載してください。',
        en: '{{label}}: "{{date}}" is a Western date; write it in 和暦 like the other dates, "{{proper}}".',
      },
      useEra: { ja: '「{{proper}}」に置き換える', en: 'Replace with "{{proper}}"' },
    },
  },
  check(context) {
    const cells: Cell[] = [];
    const rowsTrusted = changeLogTrusted(context);
    for (const { fieldId, def, value } of iterateFields(context.assessment)) {
      if (isUnknownDeep(context, fieldId)) continue;
      if (def.type === 'date') {
        const token = readDateCell((value as { raw?: unknown } | null)?.raw);
        if (token) cells.push({ target: fieldId, token, field: true });
      } else if (rowsTrusted && CHANGE_CELL.test(fieldId) && typeof value === 'string') {
        const token = wholeCellDate(value);
        if (token) cells.push({ target: fieldId, token, field: false });
      }
    }
    // "Otherwise 和暦": most date fields are era dates. A Western document is consistent in its own way.
    const fields = cells.filter((c) => c.field);
    const era = fields.filter((c) => c.token.style === 'era').length;
    if (era === 0 || era <= fields.length - era) return;
    for (const { target, token } of cells) {
      if (token.style === 'era' || dateProblem(token)) continue;
      const proper = asEraDate(token);
      if (!proper) continue;
      const span = { start: token.start, end: token.end };
      context.report({
        target,
        messageId: token.style === 'serial' ? 'serial' : 'western',
        data: { date: token.text, proper },
        span,
        ...(token.style === 'serial' ? {} : { severity: 0 as const }),
        suggest: [{ messageId: 'useEra', data: { proper }, fix: { type: 'replaceInString', target, start: span.start, end: span.end, text: proper } }],
      });
    }
  },
});
