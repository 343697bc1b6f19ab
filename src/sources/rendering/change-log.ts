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

export interface ChangeRow {
  date?: MappedText;
  /** The date was not printed in the row (a merged cell): it is the previous row's. */
  dateInherited?: boolean;
  item?: MappedText;
  before?: MappedText;
  after?: MappedText;
  timing?: MappedText;
  note?: MappedText;
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

/** One TAB row of the table; `undefined` for a row that carries nothing. */
export function changeRowFromCells(cells: readonly MappedText[]): ChangeRow | undefined {
  const texts = cells.map((c) => c.text.trim());
  if (texts.every((t) => t === '')) return undefined;
  const dateIdx = texts.findIndex((t) => t !== '' && isDateOnly(t));
  let timingIdx = -1;
  for (let i = texts.length - 1; i >= 0; i--) {
    if (isTiming(texts[i]!)) {
      timingIdx = i;
      break;
    }
  }
  const row: ChangeRow = { confidence: 1 };
  let cursor: number;
  if (dateIdx >= 0 && (timingIdx < 0 || dateIdx < timingIdx)) {
    row.date = cells[dateIdx]!;
    cursor = dateIdx + 1;
  } else {
    row.dateInherited = true;
    cursor = texts.findIndex((t) => t !== '');
    row.confidence = 0.8;
  }
  const end = timingIdx >= 0 ? timingIdx : texts.length;
  const body = cells.slice(cursor, end);
  // Item, before, after: when a row is shifted the empty cells sit in front, so skip them.
  while (body.length > 3 && body[0]!.text.trim() === '') body.shift();
  if (body[0] !== undefined) row.item = body[0];
  if (body[1] !== undefined) row.before = body[1];
  if (body.length > 2) row.after = body.length === 3 ? body[2]! : joinMapped(body.slice(2), '\n');
  if (timingIdx >= 0) {
    row.timing = cells[timingIdx]!;
    const rest = cells.slice(timingIdx + 1).filter((c) => c.text.trim() !== '');
    if (rest.length > 0) row.note = joinMapped(rest, '\n');
  }
  if (timingIdx >= 0 && body.length < 3) row.confidence = Math.min(row.confidence, 0.7);
  return row;
}

/** Writes the rows as `annex.changes[1…]`; a row without a date takes the previous row's. */
export function applyChangeRows(b: AssessmentBuilder, rows: readonly ChangeRow[], startAt = 1): number {
  let n = startAt - 1;
  let lastDate: MappedText | undefined;
  const timing = timingOptions();
  for (const row of rows) {
    n++;
    const id = `annex.changes[${n}]`;
    const date = row.date ?? (row.dateInherited ? lastDate : undefined);
    if (row.date) lastDate = row.date;
    if (date) {
      const v = textValue(date);
      b.setDate(`${id}.date`, v, findDate(v.text)?.iso ?? null);
      if (!row.date) b.setConfidence(`${id}.date`, 0.6);
    } else {
      b.unknownFields.add(`${id}.date`);
    }
    for (const [key, value] of [
      ['item', row.item],
      ['before', row.before],
      ['after', row.after],
      ['timingNote', row.note],
    ] as const) {
      if (value === undefined || value.text.trim() === '') b.setText(`${id}.${key}`, null);
      else b.setText(`${id}.${key}`, textValue(value));
    }
    if (row.timing) {
      const v = textValue(row.timing);
      b.setChoice(`${id}.timing`, exactOption(v.text, timing) ?? null, v);
    } else b.setRaw(`${id}.timing`, null);
    b.setConfidence(id, row.confidence);
    const r = row.date ?? row.item;
    const range = r ? rangeOf(r) : undefined;
    if (range) b.setLabel(id, range);
  }
  return n;
}
