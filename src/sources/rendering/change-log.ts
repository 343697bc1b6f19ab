/**
 * The change log 変更箇所 (catalogue §7.10): one `annex.changes[n]` per row, numbered in document
 * order. Cells are found by what they hold rather than by column position, because rows shift (a
 * leading empty cell moves everything right) and merged date cells leave the date column empty.
 */
import { getEnum } from '../../model/index.js';
import type { AssessmentBuilder } from './builder.js';
import { textValue } from './field-values.js';
import type { MappedText } from './mapped-text.js';
import { joinMapped, rangeOf } from './mapped-text.js';
import { keyOf } from './match-key.js';
import { exactOption } from './values/choice.js';
import { findDate, isDateOnly } from './values/date.js';

export type ChangeCell = 'item' | 'before' | 'after';

export interface ChangeRow {
  date?: MappedText;
  /** The date was not printed in the row (a merged cell): it is the previous row's. */
  dateInherited?: boolean;
  item?: MappedText;
  before?: MappedText;
  after?: MappedText;
  timing?: MappedText;
  note?: MappedText;
  /**
   * Cells the rendering does not give for this row: they are unknown, not empty. A row that prints
   * fewer cells than the columns between its 変更日 and its 提出時期 lost a cell, and a row whose 項目
   * would be a date cannot be split at all (no 項目 of the form is a date).
   */
  unreadable?: ChangeCell[];
  /** The 変更日 cannot be told for this row: neither printed nor inherited. */
  dateUnreadable?: boolean;
  confidence: number;
}

const HEADER_WORDS = ['変更日', '項目', '変更前の記載', '変更後の記載', '提出時期'];

/** Whether cells are the table's header row (`変更日⇥項目⇥変更前の記載⇥…`). */
export function isChangeHeader(texts: readonly string[]): boolean {
  const keys = texts.map((t) => keyOf(t));
  const hits = HEADER_WORDS.filter((w) => keys.some((k) => k === w || k.startsWith(w) && k.length <= w.length + 12));
  return hits.length >= 4;
}

/** Header words run together on one PDF line (`変更日 項目 変更前の記載 変更後の記載 提出時期 …`). */
export function isChangeHeaderLine(text: string): boolean {
  const key = keyOf(text);
  return HEADER_WORDS.every((w) => key.includes(w)) && key.length < 60;
}

function timingOptions() {
  return getEnum('SUBMISSION_TIMING')?.options ?? [];
}

export function isTiming(text: string): boolean {
  return exactOption(text, timingOptions()) !== undefined;
}

/**
 * One TAB row of the table; `undefined` for a row that carries nothing.
 *
 * The 変更日 is the first column, so it is the row's first printed cell when that cell holds only a
 * date; a date further right is a 変更前/変更後 value of a row whose 変更日 cell is empty. Empty cells
 * before the first printed cell are that empty 変更日 and the leading cell of a shifted row (§7.10).
 * The 提出時期 is found by its value; 項目, 変更前 and 変更後 are the cells between, in order. A cell the
 * row does not print is unknown, never borrowed from a neighbouring column.
 */
export function changeRowFromCells(cells: readonly MappedText[]): ChangeRow | undefined {
  const texts = cells.map((c) => c.text.trim());
  const first = texts.findIndex((t) => t !== '');
  if (first < 0) return undefined;
  let timingIdx = -1;
  for (let i = texts.length - 1; i >= 0; i--) {
    if (isTiming(texts[i]!)) {
      timingIdx = i;
      break;
    }
  }
  const row: ChangeRow = { confidence: 1 };
  let cursor = first;
  if (isDateOnly(texts[first]!)) {
    row.date = cells[first]!;
    cursor = first + 1;
  } else {
    row.dateInherited = true;
    row.confidence = 0.8;
  }
  const end = timingIdx >= 0 ? timingIdx : texts.length;
  const body = cells.slice(cursor, Math.max(cursor, end));
  // More cells than the three columns, the first one empty: an extra cell of a shifted or split row
  // (an empty 項目 would leave no cell over), so it is skipped.
  while (body.length > 3 && body[0]!.text.trim() === '') body.shift();
  if (body[0] !== undefined) row.item = body[0];
  if (body[1] !== undefined) row.before = body[1];
  if (body.length > 2) row.after = body.length === 3 ? body[2]! : joinMapped(body.slice(2), '\n');
  if (timingIdx >= 0) {
    row.timing = cells[timingIdx]!;
    const rest = cells.slice(timingIdx + 1).filter((c) => c.text.trim() !== '');
    if (rest.length > 0) row.note = joinMapped(rest, '\n');
    // Cells missing between the 項目 and the 提出時期 were lost by the rendering (trailing cells
    // after the last printed one are only noise, §7.1, and are empty).
    if (body.length < 3) {
      row.unreadable = (['item', 'before', 'after'] as const).slice(body.length);
      row.confidence = Math.min(row.confidence, 0.5);
    }
  }
  if (row.item !== undefined && isDateOnly(row.item.text.trim())) {
    // Two dates in front: the first cannot be told to be the 変更日 rather than a 変更前 value.
    delete row.date;
    delete row.dateInherited;
    row.dateUnreadable = true;
    row.unreadable = ['item', 'before', 'after'];
    row.confidence = 0.3;
  }
  return row;
}

/**
 * Writes the rows as `annex.changes[1…]`; a row without a date takes the previous row's (a merged
 * 変更日 cell). Cells a row does not give are unknown, with a note that says which.
 */
export function applyChangeRows(b: AssessmentBuilder, rows: readonly ChangeRow[], startAt = 1): number {
  let n = startAt - 1;
  let lastDate: MappedText | undefined;
  const timing = timingOptions();
  for (const row of rows) {
    n++;
    const id = `annex.changes[${n}]`;
    const date = row.date ?? (row.dateInherited ? lastDate : undefined);
    if (row.date) lastDate = row.date;
    // A row whose 変更日 cannot be told may have started a new merged date: the next rows cannot inherit.
    if (row.dateUnreadable) lastDate = undefined;
    if (date) {
      const v = textValue(date);
      b.setDate(`${id}.date`, v, findDate(v.text)?.iso ?? null);
      if (!row.date) b.setConfidence(`${id}.date`, 0.6);
    } else {
      b.unknownFields.add(`${id}.date`);
    }
    const unreadable = new Set<string>(row.unreadable ?? []);
    for (const [key, value] of [
      ['item', row.item],
      ['before', row.before],
      ['after', row.after],
      ['timingNote', row.note],
    ] as const) {
      if (unreadable.has(key)) b.markUnknown(`${id}.${key}`);
      else if (value === undefined || value.text.trim() === '') b.setText(`${id}.${key}`, null);
      else b.setText(`${id}.${key}`, textValue(value));
    }
    if (row.timing) {
      const v = textValue(row.timing);
      b.setChoice(`${id}.timing`, exactOption(v.text, timing) ?? null, v);
    } else b.setRaw(`${id}.timing`, null);
    b.setConfidence(id, row.confidence);
    const r = row.date ?? row.item ?? row.timing;
    const range = r ? rangeOf(r) : undefined;
    if (range) b.setLabel(id, range);
    if (unreadable.size > 0) {
      const cells = [...(row.dateUnreadable ? [DATE_LABEL] : []), ...(row.unreadable ?? []).map((c) => CELL_LABELS[c])];
      const data = { row: n, cells: cells.map((c) => c.ja).join('・'), cellsEn: cells.map((c) => c.en).join(', ') };
      b.note('info', 'changeCellsUnreadable', `${id}.${row.unreadable![0]!}`, data, range);
    }
  }
  return n;
}

const DATE_LABEL = { ja: '変更日', en: 'date' };
const CELL_LABELS: Record<ChangeCell, { ja: string; en: string }> = {
  item: { ja: '項目', en: 'item' },
  before: { ja: '変更前の記載', en: 'before' },
  after: { ja: '変更後の記載', en: 'after' },
};
