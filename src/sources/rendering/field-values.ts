/**
 * Turns the printed text of one field into its typed value (catalogue §1.4) and records it: text,
 * text[], choice, checks, check, count, date. Shared by the TAB and the PDF-text readers, which only
 * decide *which* text belongs to *which* field.
 */
import { isDash } from '../../model/index.js';
import type { AssessmentBuilder, BoxValue } from './builder.js';
import type { FieldEntry, FormView } from './form-view.js';
import type { MappedText } from './mapped-text.js';
import { rangeOf, sliceMapped, splitMapped, tidyLines, trimMapped } from './mapped-text.js';
import { ANY_MARKER } from './markers.js';
import { keyOf, matchKey, stripNumbering } from './match-key.js';
import { readBoxList } from './values/checkbox.js';
import type { BoxLike } from './values/checkbox.js';
import { readChoice } from './values/choice.js';
import { looseCount, readCounts } from './values/count.js';
import { findDate } from './values/date.js';

export interface ApplyContext {
  b: AssessmentBuilder;
  view: FormView;
}

export interface ApplyOptions {
  confidence?: number;
  /** Where to point when the value is empty (the label, usually). */
  emptyRange?: { start: number; end: number } | undefined;
  /** Instance id prefix substitutions already applied in `id`. */
  siblings?: (templateId: string) => string;
}

/** Field lists that must have a checked box (DEP-29): none checked means the states were lost. */
const REQUIRED_CHECKS = new Set(['II[f].2.mainItems', 'II[f].3.sources', 'II[f].3.methods']);

function stripMarkersText(m: MappedText): MappedText {
  if (!ANY_MARKER.test(m.text)) return m;
  // Drop marker characters (inputs) from a text value; keep the mapping of the rest.
  const keep: number[] = [];
  for (let i = 0; i < m.text.length; i++) if (!ANY_MARKER.test(m.text[i]!)) keep.push(i);
  return {
    text: keep.map((i) => m.text[i]).join(''),
    starts: keep.map((i) => m.starts[i]!),
    ends: keep.map((i) => m.ends[i]!),
  };
}

/** A text value: one line stays verbatim; several lines are trimmed and blank lines dropped. */
export function textValue(value: MappedText): MappedText {
  const clean = trimMapped(stripMarkersText(value));
  return clean.text.includes('\n') ? tidyLines(clean) : clean;
}

export function isEmptyText(value: MappedText): boolean {
  return stripMarkersText(value).text.trim() === '';
}

/**
 * Records the value of `entry` at instance `id`. `siblings(template)` turns a sibling's template id
 * into its instance (for the counts printed inside another field's row).
 */
export function applyValue(ctx: ApplyContext, entry: FieldEntry, id: string, value: MappedText, opts: ApplyOptions = {}): void {
  const { b, view } = ctx;
  const label = view.displayLabel(entry);
  const conf = opts.confidence ?? 1;
  const empty = isEmptyText(value);
  b.setConfidence(id, conf);
  switch (entry.def.type) {
    case 'text': {
      if (empty) b.setText(id, null, opts.emptyRange);
      else b.setText(id, textValue(value));
      return;
    }
    case 'text[]': {
      const items = splitMapped(stripMarkersText(value), /\n/).map(trimMapped).filter((m) => m.text !== '');
      if (items.length === 0) b.setText(id, null, opts.emptyRange);
      else b.setTextList(id, items);
      return;
    }
    case 'date': {
      const v = textValue(value);
      if (v.text === '') {
        b.setRaw(id, null, opts.emptyRange);
        return;
      }
      if (isDash(v.text)) {
        b.setDate(id, v, null);
        return;
      }
      const d = findDate(v.text);
      b.setDate(id, v, d?.iso ?? null);
      if (!d?.iso) b.note('warning', 'dateUnreadable', id, { label, raw: v.text }, rangeOf(v));
      return;
    }
    case 'choice': {
      const options = entry.options ?? [];
      const reading = readChoice(value, options);
      if (reading.value === null && reading.raw === null) {
        const v = textValue(value);
        if (isDash(v.text)) {
          b.setChoice(id, null, v);
          return;
        }
        if (v.text === '') {
          b.setRaw(id, null, opts.emptyRange);
          return;
        }
        b.setChoice(id, null, null, rangeOf(value) ?? opts.emptyRange);
        b.note('warning', reading.hasOptionList ? 'choiceNoValue' : 'choiceUnrecognised', id, { label, raw: firstLine(v.text) }, rangeOf(value));
        b.unknownFields.add(id);
        return;
      }
      b.setChoice(id, reading.value, reading.raw);
      b.setConfidence(id, conf * reading.confidence);
      if (reading.value === null) {
        b.note('warning', 'choiceUnrecognised', id, { label, raw: reading.raw?.text ?? '' }, reading.raw ? rangeOf(reading.raw) : undefined);
      } else if (reading.candidates.length > 1) {
        b.note('info', 'choiceAmbiguous', id, { label, candidates: reading.candidates.join(', ') }, reading.raw ? rangeOf(reading.raw) : undefined);
      }
      applyInlineCounts(ctx, entry, id, value, opts);
      applyInlineTexts(ctx, entry, id, value);
      return;
    }
    case 'checks': {
      const boxes = entry.boxes ?? [];
      if (empty) {
        b.setRaw(id, null, opts.emptyRange);
        return;
      }
      const reading = readBoxList(value, boxes, REQUIRED_CHECKS.has(entry.id));
      const values: BoxValue[] = reading.boxes.map((r) => ({
        name: r.name,
        checked: r.checked,
        text: boxes.find((x) => x.name === r.name)?.hasText ? (r.text ?? emptyText(r.label)) : undefined,
        range: joinRange(rangeOf(value, r.markRange.from, r.markRange.to), rangeOf(r.label)),
      }));
      if (values.length === 0) {
        b.setRaw(id, null, rangeOf(value));
        b.note('warning', 'valueNotPlaced', id, { label }, rangeOf(value));
        b.unknownFields.add(id);
        return;
      }
      b.setChecks(id, values, rangeOf(value));
      b.setConfidence(id, conf * reading.confidence);
      if (reading.lost === 'allUnchecked') b.note('warning', 'checksLost', id, { label }, rangeOf(value));
      else if (reading.lost === 'radioOnly') b.note('warning', 'checksRadioOnly', id, { label }, rangeOf(value));
      else if (reading.confidence < 1) b.note('info', 'checksLowConfidence', id, { label, confidence: reading.confidence }, rangeOf(value));
      for (const u of reading.unmatched) {
        if (keyOf(u.text).length > 1) b.note('info', 'checksUnmatched', id, { label, text: firstLine(u.text).slice(0, 60) }, rangeOf(u));
      }
      applyBoxCounts(ctx, entry, id, value, reading.boxes.map((r) => ({ name: r.name, label: r.label })), opts);
      return;
    }
    case 'check': {
      const box: BoxLike = { name: 'box', label: entry.label.label, aliases: entry.label.aliases ?? [] };
      const reading = readBoxList(value, [box]);
      const r = reading.boxes[0];
      if (!r) return;
      b.setCheck(id, r.checked, joinRange(rangeOf(value, r.markRange.from, r.markRange.to), rangeOf(r.label)));
      b.setLabel(id, rangeOf(r.label));
      return;
    }
    case 'count': {
      const counts = readCounts(value);
      const first = counts[0];
      if (first) b.setCount(id, first.value, first.digits);
      else {
        const loose = looseCount(value.text);
        if (loose !== undefined) b.setCount(id, loose, value);
        else if (empty || isDash(textValue(value).text)) b.setCount(id, null);
        else {
          b.setCount(id, null);
          b.note('warning', 'countUnreadable', id, { label }, rangeOf(value));
          b.unknownFields.add(id);
        }
      }
      return;
    }
    default:
      return;
  }
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').slice(0, 80);
}

function emptyText(label: MappedText): MappedText {
  return sliceMapped(label, label.text.length);
}

function joinRange(a: { start: number; end: number } | undefined, b: { start: number; end: number } | undefined) {
  if (!a) return b;
  if (!b) return a;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** The sibling count fields printed inside this field's row (`( N ) 件` after 委託の有無). */
function countSiblings(ctx: ApplyContext, entry: FieldEntry): FieldEntry[] {
  const own = entry.bareKeys;
  return ctx.view.fields.filter(
    (f) => f.def.type === 'count' && f.section === entry.section && f.contextKeys.some((k) => own.includes(k)),
  );
}

function siblingId(id: string, entry: FieldEntry, sibling: FieldEntry): string {
  // Same container: swap the last segment.
  const prefix = id.slice(0, id.length - entry.id.split('.').pop()!.length);
  return prefix + sibling.id.split('.').pop()!;
}

function applyInlineCounts(ctx: ApplyContext, entry: FieldEntry, id: string, value: MappedText, _opts: ApplyOptions): void {
  const siblings = countSiblings(ctx, entry);
  if (siblings.length !== 1) return;
  const sib = siblings[0]!;
  const sid = siblingId(id, entry, sib);
  const counts = readCounts(value);
  const first = counts[0];
  if (first) {
    ctx.b.setCount(sid, first.value, first.digits);
    ctx.b.setConfidence(sid, ctx.b.confidence.get(id) ?? 1);
  } else {
    ctx.b.setCount(sid, null);
  }
}

/** Counts printed after a box label (`提供を行っている ( 26 ) 件`) go to the count field named after the box. */
function applyBoxCounts(
  ctx: ApplyContext,
  entry: FieldEntry,
  id: string,
  value: MappedText,
  boxes: { name: string; label: MappedText }[],
  _opts: ApplyOptions,
): void {
  const siblings = countSiblings(ctx, entry);
  if (siblings.length === 0) return;
  const counts = readCounts(value);
  for (const sib of siblings) {
    const sibKey = stripNumbering(sib.keys[0] ?? '').rest;
    // The count field's label starts with its box's label: `提供を行っている件数` ↔ `提供を行っている`.
    const box = boxes.find((x) => {
      const def = entry.boxes?.find((d) => d.name === x.name);
      return def !== undefined && sibKey.startsWith(keyOf(def.label));
    });
    const sid = siblingId(id, entry, sib);
    if (!box) continue;
    const boxRange = rangeOf(box.label);
    const count = counts.find((c) => {
      const r = rangeOf(c.digits);
      return r && boxRange && r.start >= boxRange.start && r.end <= boxRange.end;
    });
    if (count) {
      ctx.b.setCount(sid, count.value, count.digits);
      ctx.b.setConfidence(sid, 1);
    } else ctx.b.setCount(sid, null);
  }
}

/**
 * A text printed inside another field's cell as `(label: value)`: `③手数料等 [無料] … (手数料額、納付方法: )`.
 * The text field names the field it sits in as its context.
 */
function applyInlineTexts(ctx: ApplyContext, entry: FieldEntry, id: string, value: MappedText): void {
  const inner = ctx.view.fields.filter(
    (f) => f.def.type === 'text' && f.section === entry.section && f.contextKeys.some((k) => entry.bareKeys.includes(k)),
  );
  if (inner.length === 0) return;
  const k = matchKey(value, { dropMarks: true });
  for (const f of inner) {
    for (const key of f.bareKeys) {
      const at = k.key.indexOf(key + ':');
      if (at < 0) continue;
      const from = at + key.length + 1;
      const close = k.key.indexOf(')', from);
      const to = close >= 0 ? close : k.key.length;
      const start = k.index[from]!;
      const end = to > from ? k.index[to - 1]! + 1 : start;
      const sid = siblingId(id, entry, f);
      ctx.b.setText(sid, to > from ? trimMapped(sliceMapped(value, start, end)) : null);
      ctx.b.setConfidence(sid, ctx.b.confidence.get(id) ?? 1);
      break;
    }
  }
}
