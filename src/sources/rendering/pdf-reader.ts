/**
 * Reader for PDF text extractions (catalogue §7.2): no cells, text boxes emitted out of grid order,
 * labels wrapped over lines, values before or after their labels, marks detached from boxes.
 *
 * It anchors on labels, then places values by proximity and order, each with a confidence:
 * - a value on the label's own line (`⑤保有開始日 平成27年10月`, `随時 ⑦時期・頻度`): high;
 * - a choice value found as an exact option text nearby, assigned one-to-one by distance: medium,
 *   lower when nearby candidates disagree;
 * - a text block whose only adjacent label is a text field without a value: medium.
 * Anything less certain stays unknown (the key is absent) with a note: never guessed. Checkbox
 * states follow §7.4: `true` only with corroboration (a filled parenthesis), `false` only for `[ ]`
 * on the label's line, otherwise `null`.
 */
import { isDash } from '../../model/index.js';
import type { AssessmentBuilder } from './builder.js';
import { isChangeHeaderLine, isTiming } from './change-log.js';
import { applyValue, textValue } from './field-values.js';
import type { FieldEntry, FormView, SectionEntry } from './form-view.js';
import { headingKey } from './form-view.js';
import { splitLines } from './lines.js';
import type { MappedText } from './mapped-text.js';
import { emptyMapped, joinMapped, rangeOf, sliceMapped, sourceSlice, trimMapped } from './mapped-text.js';
import { keyOf, matchKey } from './match-key.js';
import type { Matcher, Place } from './structure.js';
import { genericKeys, instanceId, itemHeading, partHeading, pick, riskHeading } from './structure.js';
import { optionKey, OPTION_MARKER } from './values/choice.js';
import { findDate, isDateOnly } from './values/date.js';
import { readSlotHeader } from './values/slots.js';

/** A text looks like PDF extraction: hardly any TAB cells or HTML, many short lines. */
export function looksLikePdfText(text: string): boolean {
  const sample = text.slice(0, 500_000);
  let lines = 0;
  let structured = 0;
  let start = 0;
  for (let i = 0; i <= sample.length; i++) {
    if (i === sample.length || sample.charCodeAt(i) === 10) {
      lines++;
      const line = sample.slice(start, i);
      // TAB cells, Markdown pipe-table rows and ATX headings are what a PDF extraction never has.
      if (line.includes('\t') || /^\s*\|.*\|\s*$/.test(line) || /^#{1,6}\s/.test(line)) structured++;
      start = i + 1;
    }
  }
  const tags = (sample.match(/<(?:p|input|ul|li|div|b|small|table|br)\b/gi) ?? []).length;
  return lines > 20 && structured / lines < 0.02 && tags < 5;
}

type LineKind = 'blank' | 'part' | 'item' | 'slot' | 'range' | 'risk' | 'label' | 'options' | 'text' | 'changes';

interface PLine {
  i: number;
  m: MappedText;
  key: string;
  kind: LineKind;
  /** Lines this label spans (wrapped labels). */
  span: number;
}

interface LabelOcc {
  line: number;
  entry: FieldEntry;
  id: string;
  labelRange: { start: number; end: number } | undefined;
  /** Value printed on the label's line, after or before the label. */
  inline?: MappedText;
  inlineBefore?: boolean;
  done: boolean;
}

const MAX_KEY_LINE = 400;
const WINDOW = 60;
/** Lines after a slot header within which rows are taken as the slot's. */
const SLOT_REACH = 60;

/** Mark and bracket debris (`[`, `○`, `] 紙`, `[ ○ ] 宛名システム等 [`) and one-character lines. */
function isDebris(pl: PLine): boolean {
  const k = keyOf(pl.m.text, { dropMarks: false });
  if (isDash(pl.m.text)) return false;
  if (k.length <= 1) return true;
  return /^[[\]［］)）]/.test(k) || /^[○〇][[\]［］]/.test(k) || /^[[\]［］○〇()（）]*$/.test(k);
}

/** A line that is nothing but an option text (`100項目以上`, `委託する`): a choice value, never prose. */
function isBareOption(pl: PLine, view: FormView): boolean {
  if (pl.key.length > 60) return false;
  return bareOptions(view).has(optionKey(pl.m.text));
}

const optionCache = new WeakMap<FormView, Set<string>>();
function bareOptions(view: FormView): Set<string> {
  let set = optionCache.get(view);
  if (!set) {
    set = new Set();
    for (const f of view.fields) for (const o of f.options ?? []) for (const t of [o.text, ...(o.aliases ?? [])]) set.add(optionKey(t));
    optionCache.set(view, set);
  }
  return set;
}

/** A row-span group label printed one character per line (`再` / `委` / `託`). */
function isRowSpanLabel(lines: PLine[], idx: number): boolean {
  const k = lines[idx]!.key;
  if (k.length !== 1 || !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(k)) return false;
  const next = lines[idx + 1];
  const prev = lines[idx - 1];
  return (next !== undefined && next.key.length === 1) || (prev !== undefined && prev.key.length === 1 && prev.kind === 'label');
}

export function readPdfText(text: string, b: AssessmentBuilder, view: FormView): void {
  const place: Place = { part: null, section: null, slot: null, risk: null, contextKey: null, file: 1, last: null };
  const matcher: Matcher = { view, b, generic: genericKeys(view), s: place };
  const lines: PLine[] = splitLines(text).map((l) => {
    const m = trimMapped(sourceSlice(text, l.start, l.end));
    const key = m.text.length <= MAX_KEY_LINE ? matchKey(m, { dropMarks: true }).key : '';
    return { i: l.index, m, key, kind: m.text === '' ? 'blank' : 'text', span: 1 };
  });
  const occs: LabelOcc[] = [];
  const slotLines: { line: number; group: string; n: number | null }[] = [];
  let changeStart = -1;
  let slotSince = 0;

  // ---- pass 1: walk in order, classify lines, resolve labels in context
  for (let idx = 0; idx < lines.length; idx++) {
    const pl = lines[idx]!;
    if (pl.kind === 'blank' || pl.key === '') continue;
    const key = pl.key;
    if (isChangeHeaderLine(pl.m.text) || isChangesHeading(view, key)) {
      if (changeStart < 0) changeStart = idx;
      pl.kind = 'changes';
      continue;
    }
    if (changeStart >= 0) continue;
    const part = partHeading(matcher, key);
    if (part && key.length - part.headingKeys[0]!.length < 30) {
      pl.kind = 'part';
      place.part = part.part;
      place.section = part;
      place.slot = null;
      place.risk = null;
      continue;
    }
    const item = itemHeading(matcher, key) ?? itemHeadingAtEnd(matcher, key);
    if (item) {
      pl.kind = 'item';
      place.section = item.sec;
      place.part = item.sec.part;
      place.slot = null;
      place.risk = null;
      // A field labelled by the heading itself (`３．特定個人情報ファイル名`).
      const titled = view.fields.find((f) => f.section === item.sec && f.def.type !== 'check' && f.bareKeys.some((k) => item.sec.titleKeys.includes(k)));
      if (titled) addOcc(matcher, occs, pl, idx, titled, undefined, false);
      for (const check of view.fields.filter((f) => f.section === item.sec && f.def.type === 'check')) {
        const id = instanceId(check.id, place);
        if (id) readCheckNear(b, view, check, id, lines, idx);
      }
      continue;
    }
    const slot = readSlotHeader(pl.m.text, 'start') ?? readSlotHeader(pl.m.text, 'end');
    if (slot && slot.n > 0) {
      const entry = view.fields.find((f) => f.group === slot.group);
      if (entry) {
        pl.kind = slot.to !== undefined ? 'range' : 'slot';
        slotLines.push({ line: idx, group: slot.group, n: slot.to !== undefined ? null : slot.n });
        if (entry.section && entry.section !== place.section) {
          place.section = entry.section;
          place.part = entry.section.part;
        }
        place.risk = null;
        place.slot = slot.to !== undefined ? null : { group: slot.group, n: slot.n };
        slotSince = idx;
        if (slot.to === undefined) {
          const nameEntry = view.fields.find((f) => f.group === slot.group && /\.(?:title|name)$/.test(f.id));
          const rest = trimMapped(slot.start === 0 ? sliceMapped(pl.m, slot.end) : sliceMapped(pl.m, 0, slot.start));
          const groupEntry = view.fields.find((f) => f.group === slot.group && f.def.type === 'group');
          const gid = groupEntry ? instanceId(groupEntry.id, place) : undefined;
          if (gid) b.setLabel(gid, rangeOf(sliceMapped(pl.m, slot.start, slot.end)));
          if (nameEntry && rest.text !== '') {
            const id = instanceId(nameEntry.id, place);
            if (id && !b.has(id)) {
              applyValue({ b, view }, nameEntry, id, rest, {});
              b.setConfidence(id, 0.8);
              b.setLabel(id, rangeOf(sliceMapped(pl.m, slot.start, slot.end)));
            }
          }
        }
        continue;
      }
    }
    if (/^リスク\d*:/.test(key)) {
      pl.kind = 'risk';
      const risk = riskHeading(matcher, key);
      place.risk = risk ?? null;
      if (risk) {
        const sec = view.sectionOf(risk.id);
        if (sec) {
          place.section = sec;
          place.part = sec.part;
        }
      }
      continue;
    }
    if (/^[0-9０-９]{1,2}\s*[)）]/.test(pl.m.text) || /^[<＜]\s*選\s*択\s*肢/.test(pl.m.text)) {
      pl.kind = 'options';
      continue;
    }
    // A slot's rows come soon after its header; far from it the slot is not known any more.
    if (place.slot && idx - slotSince > SLOT_REACH) place.slot = null;
    const found = findLabel(matcher, lines, idx);
    if (found) {
      for (let k = 0; k < found.span; k++) lines[idx + k]!.kind = 'label';
      pl.span = found.span;
      addOcc(matcher, occs, pl, idx, found.entry, found.inline, found.before, found.labelEnd);
      idx += found.span - 1;
    } else if (view.fieldsByKey(key).length > 0 || isRowSpanLabel(lines, idx)) {
      // A label whose field cannot be placed here (a slot row far from its header): still a label.
      pl.kind = 'label';
    } else if (isDebris(pl) || isBareOption(pl, view) || OPTION_MARKER.test(pl.m.text)) {
      pl.kind = 'options';
    }
  }

  // ---- pass 2: values on the label's line
  for (const occ of occs) {
    if (!occ.inline || occ.inline.text === '') continue;
    const t = occ.entry.def.type;
    if (t === 'choice') {
      const name = choiceIn(occ.inline, occ.entry);
      if (!name) continue;
      b.setChoice(occ.id, name.value, name.raw);
      b.setConfidence(occ.id, 0.9);
      occ.done = true;
    } else if (t === 'text' || t === 'date' || t === 'text[]') {
      applyValue({ b, view }, occ.entry, occ.id, occ.inline, {});
      b.setConfidence(occ.id, occ.inlineBefore ? 0.75 : 0.85);
      occ.done = true;
    }
  }

  // ---- pass 3: choices by proximity
  placeChoices(b, view, lines, occs);
  // ---- pass 4: text blocks next to exactly one waiting text label
  placeTextBlocks(b, view, lines, occs);
  // ---- pass 5: checkbox lists and counts
  for (const occ of occs) {
    if (occ.entry.def.type === 'checks' && !occ.done) {
      readChecksNear(b, view, occ, lines, occs);
      occ.done = true;
    }
  }
  placeCounts(b, view, lines, occs, slotLines);
  // ---- labels found but values not placed: unknown, said
  for (const occ of occs) {
    if (occ.done || b.has(occ.id)) continue;
    const t = occ.entry.def.type;
    if (t === 'group' || t === 'const' || t === 'count' || t === 'check') continue;
    b.unknownFields.add(occ.id);
    b.note('info', 'valueNotPlaced', occ.id, { label: view.displayLabel(occ.entry) }, occ.labelRange);
  }
  if (changeStart >= 0) readPdfChangeLog(b, lines.slice(changeStart));
}

function isChangesHeading(view: FormView, key: string): boolean {
  const sec = view.sections.find((s) => s.id.startsWith('annex.changes'));
  if (!sec) return false;
  const hk = headingKey(key);
  return sec.headingKeys.some((h) => hk === h || (hk.startsWith(h) && hk.length - h.length < 4));
}

/** `] 接続しない（提供）[ ] 接続しない（入手） ６．情報提供ネットワークシステムとの接続`: the heading ends the line. */
function itemHeadingAtEnd(matcher: Matcher, key: string): { sec: SectionEntry; len: number } | undefined {
  const hk = headingKey(key);
  for (const sec of matcher.view.sections) {
    if (sec.isPart || sec.item === undefined) continue;
    for (const h of sec.headingKeys) {
      if (hk.length > h.length && hk.endsWith(h) && h.length >= 8) return { sec, len: h.length };
    }
  }
  return undefined;
}

function addOcc(
  matcher: Matcher,
  occs: LabelOcc[],
  pl: PLine,
  idx: number,
  entry: FieldEntry,
  inline: MappedText | undefined,
  before: boolean,
  labelEnd?: number,
): void {
  const place = matcher.s;
  if (entry.section && entry.section !== place.section && !entry.group) {
    place.section = entry.section;
    place.part = entry.section.part;
    place.slot = null;
  }
  if (entry.risk) place.risk = entry.risk;
  place.last = entry;
  const id = instanceId(entry.id, place);
  if (!id) return;
  if (occs.some((o) => o.id === id)) {
    // The same row printed twice (a page break repeats it): the first one stands.
    return;
  }
  const labelRange = rangeOf(trimMapped(labelEnd !== undefined ? (before ? sliceMapped(pl.m, labelEnd) : sliceMapped(pl.m, 0, labelEnd)) : pl.m));
  matcher.b.setLabel(id, labelRange);
  const occ: LabelOcc = { line: idx, entry, id, labelRange, done: false };
  if (inline) {
    occ.inline = inline;
    occ.inlineBefore = before;
  }
  occs.push(occ);
}

interface FoundLabel {
  entry: FieldEntry;
  span: number;
  inline?: MappedText;
  before: boolean;
  labelEnd?: number;
}

/** A label at the start of the line (value after), at its end (value before), or wrapped over lines. */
function findLabel(matcher: Matcher, lines: PLine[], idx: number): FoundLabel | undefined {
  const pl = lines[idx]!;
  const view = matcher.view;
  const k = matchKey(pl.m, { dropMarks: true });
  const key = k.key;
  const whole = pick(matcher, view.fieldsByKey(key), key);
  if (whole) return { entry: whole, span: 1, before: false };
  for (let len = Math.min(key.length - 1, view.maxKeyLength); len >= 3; len--) {
    const prefix = key.slice(0, len);
    if (!view.hasKey(prefix)) continue;
    const end = k.index[len]!;
    if (!/[\s\u3000[［]/.test(pl.m.text[end] ?? ' ') && !/\s/.test(pl.m.text[end - 1] ?? '')) continue;
    const entry = pick(matcher, view.fieldsByKey(prefix), prefix);
    if (entry) return { entry, span: 1, inline: trimMapped(sliceMapped(pl.m, end)), before: false, labelEnd: end };
  }
  for (let len = Math.min(key.length - 1, view.maxKeyLength); len >= 4; len--) {
    const suffix = key.slice(key.length - len);
    if (!view.hasKey(suffix)) continue;
    const start = k.index[key.length - len]!;
    if (!/\s/.test(pl.m.text[start - 1] ?? '')) continue;
    const entry = pick(matcher, view.fieldsByKey(suffix), suffix);
    if (entry) return { entry, span: 1, inline: trimMapped(sliceMapped(pl.m, 0, start)), before: true, labelEnd: start };
  }
  // Wrapped labels: two or three short lines joined (`④提供する情報の対象となる` / `本人の数`).
  if (key.length <= 24) {
    let joined = key;
    for (let span = 2; span <= 3; span++) {
      const next = lines[idx + span - 1];
      if (!next || next.kind === 'blank' || next.key === '' || next.key.length > 24) break;
      joined += next.key;
      const entry = pick(matcher, view.fieldsByKey(joined), joined);
      if (entry) return { entry, span, before: false };
    }
  }
  return undefined;
}

/** Option pieces of a line: text between brackets, markers and numbered entries that equals an option. */
function pieces(m: MappedText): { piece: MappedText; entry: boolean }[] {
  const out: { piece: MappedText; entry: boolean }[] = [];
  const cut = /[[\]［］]|[<＜]\s*選\s*択\s*肢\s*[>＞]|[0-9０-９]{1,2}\s*[)）]/g;
  let last = 0;
  let entry = false;
  for (const match of m.text.matchAll(cut)) {
    out.push({ piece: trimMapped(sliceMapped(m, last, match.index)), entry });
    entry = /[)）]$/.test(match[0]);
    last = match.index + match[0].length;
  }
  out.push({ piece: trimMapped(sliceMapped(m, last)), entry });
  return out.filter((p) => p.piece.text !== '');
}

function choiceIn(m: MappedText, entry: FieldEntry): { value: string; raw: MappedText } | undefined {
  const index = new Map<string, string>();
  for (const o of entry.options ?? []) for (const t of [o.text, ...(o.aliases ?? [])]) index.set(optionKey(t), o.name);
  for (const p of pieces(m)) {
    if (p.entry) continue;
    const name = index.get(optionKey(p.piece.text));
    if (name) return { value: name, raw: p.piece };
  }
  return undefined;
}

interface Candidate {
  line: number;
  piece: MappedText;
  key: string;
  used: boolean;
}

function placeChoices(b: AssessmentBuilder, view: FormView, lines: PLine[], occs: LabelOcc[]): void {
  const waiting = occs.filter((o) => o.entry.def.type === 'choice' && !o.done);
  if (waiting.length === 0) return;
  const optionKeys = new Set<string>();
  for (const o of waiting) for (const opt of o.entry.options ?? []) for (const t of [opt.text, ...(opt.aliases ?? [])]) optionKeys.add(optionKey(t));
  const candidates: Candidate[] = [];
  for (const pl of lines) {
    if (pl.kind !== 'text' && pl.kind !== 'options') continue;
    if (pl.m.text.length > 200) continue;
    for (const p of pieces(pl.m)) {
      if (p.entry) continue;
      const key = optionKey(p.piece.text);
      if (optionKeys.has(key)) candidates.push({ line: pl.i, piece: p.piece, key, used: false });
    }
  }
  const pairs: { occ: LabelOcc; cand: Candidate; d: number; name: string }[] = [];
  for (const occ of waiting) {
    const index = new Map<string, string>();
    for (const o of occ.entry.options ?? []) for (const t of [o.text, ...(o.aliases ?? [])]) index.set(optionKey(t), o.name);
    for (const cand of candidates) {
      const name = index.get(cand.key);
      const d = Math.abs(cand.line - occ.line);
      if (name && d <= WINDOW) pairs.push({ occ, cand, d, name });
    }
  }
  pairs.sort((x, y) => x.d - y.d || x.occ.line - y.occ.line);
  for (const p of pairs) {
    if (p.occ.done || p.cand.used) continue;
    // Candidates near this label that name another option lower the confidence.
    const rivals = pairs.filter((q) => q.occ === p.occ && !q.cand.used && q.cand !== p.cand && q.name !== p.name && q.d <= p.d + 10);
    const confidence = Math.max(0, (rivals.length === 0 ? 0.8 : 0.55) - p.d / 200);
    if (confidence < 0.5) continue;
    p.cand.used = true;
    p.occ.done = true;
    b.setChoice(p.occ.id, p.name, p.cand.piece);
    b.setConfidence(p.occ.id, confidence);
    if (confidence < 0.75) {
      b.note('info', 'valueLowConfidence', p.occ.id, { label: view.displayLabel(p.occ.entry), confidence: Math.round(confidence * 100) / 100 }, rangeOf(p.cand.piece));
    }
  }
}

const TEXT_TYPES = new Set(['text', 'date', 'text[]']);

function placeTextBlocks(b: AssessmentBuilder, view: FormView, lines: PLine[], occs: LabelOcc[]): void {
  const byLine = new Map<number, LabelOcc>();
  for (const o of occs) byLine.set(o.line, o);
  let i = 0;
  while (i < lines.length) {
    const pl = lines[i]!;
    if (!isValueText(pl)) {
      i++;
      continue;
    }
    // A block: text lines, across blank lines while text continues.
    const start = i;
    let end = i;
    let j = i + 1;
    while (j < lines.length) {
      const l = lines[j]!;
      if (isValueText(l)) end = j;
      else if (l.kind !== 'blank') break;
      j++;
    }
    i = end + 1;
    const prev = neighbour(lines, start, -1);
    const next = neighbour(lines, end, +1);
    const above = prev !== undefined ? byLine.get(labelStart(lines, prev)) : undefined;
    const below = next !== undefined ? byLine.get(next) : undefined;
    const ok = (o: LabelOcc | undefined): o is LabelOcc => o !== undefined && !o.done && TEXT_TYPES.has(o.entry.def.type) && !b.has(o.id);
    const targets = [ok(above) ? above : undefined, ok(below) ? below : undefined].filter((o): o is LabelOcc => o !== undefined);
    // Text right after a label that could not be resolved (a row-span group, a slot row far from its
    // header) is most likely that label's: then nobody gets it.
    if (prev !== undefined && lines[prev]!.kind === 'label' && !above) continue;
    let target: LabelOcc | undefined = targets.length === 1 ? targets[0] : undefined;
    let confidence = target === above ? 0.65 : 0.6;
    if (targets.length === 2 && next !== undefined) {
      // Label, text, label, text: when the label below has text of its own right after it,
      // this text is the label above's (the alternation of a column of rows).
      const after = neighbour(lines, next + (lines[next]!.span - 1), +1);
      if (after !== undefined && isValueText(lines[after]!)) {
        target = above;
        confidence = 0.55;
      }
    }
    if (!target) continue;
    const parts = lines.slice(start, end + 1).filter((l) => l.kind !== 'blank').map((l) => l.m);
    applyValue({ b, view }, target.entry, target.id, joinMapped(parts, '\n'), {});
    b.setConfidence(target.id, confidence);
    target.done = true;
  }
}

function isValueText(pl: PLine): boolean {
  return pl.kind === 'text' && !isDebris(pl);
}

function neighbour(lines: PLine[], from: number, step: number): number | undefined {
  for (let j = from + step; j >= 0 && j < lines.length; j += step) {
    if (lines[j]!.kind !== 'blank') return j;
  }
  return undefined;
}

/** The first line of a wrapped label that ends at `line`. */
function labelStart(lines: PLine[], line: number): number {
  let j = line;
  while (j > 0 && lines[j]!.kind === 'label' && lines[j - 1]!.kind === 'label' && lines[j - 1]!.span === 1 && lines[j]!.span === 1) {
    if (lines[j - 1]!.key.length > 24) break;
    j--;
  }
  return lines[j]!.kind === 'label' ? j : line;
}

/** Checkbox list near its label (§7.4 PDF rule): `[ ]` + label on one line → false; filled `（…）` → true; else null. */
function readChecksNear(b: AssessmentBuilder, view: FormView, occ: LabelOcc, lines: PLine[], occs: LabelOcc[]): void {
  const boxes = occ.entry.boxes ?? [];
  if (boxes.length === 0) return;
  const sameList = occs.filter((o) => o !== occ && o.entry.def.boxes === occ.entry.def.boxes);
  const mine = (line: number): boolean => !sameList.some((o) => Math.abs(o.line - line) < Math.abs(occ.line - line));
  const states = new Map<string, { checked: boolean | null; text?: MappedText; range?: { start: number; end: number } }>();
  const keys = boxes
    .flatMap((box) => [box.label, ...(box.aliases ?? [])].map((l) => ({ box, key: keyOf(l) })))
    .sort((x, y) => y.key.length - x.key.length);
  // Boxes drift far from their label in extraction; a list printed once per document may look wider.
  const reach = occ.entry.group ? 25 : 60;
  for (let j = Math.max(0, occ.line - reach); j < Math.min(lines.length, occ.line + reach); j++) {
    const pl = lines[j]!;
    if (pl.kind === 'blank' || pl.kind === 'label' || !mine(j) || pl.m.text.length > 200) continue;
    const k = matchKey(pl.m, { dropMarks: false });
    for (const { box, key } of keys) {
      if (states.has(box.name)) continue;
      const at = boxLabelAt(k.key, key);
      if (at < 0) continue;
      // A longer label containing this one (`その他識別情報(内部番号)` ⊃ `その他`) was taken already.
      if (keys.some((o) => o.key.length > key.length && o.key.includes(key) && k.key.includes(o.key))) continue;
      const before = k.key.slice(0, at);
      const after = sliceMapped(pl.m, k.index[at + key.length]!);
      let checked: boolean | null = null;
      let text: MappedText | undefined;
      if (box.hasText) {
        const paren = /^\s*[(（]([^)）]*)[)）]?/.exec(after.text);
        let inner = paren ? trimMapped(sliceMapped(after, after.text.indexOf(paren[1]!), after.text.indexOf(paren[1]!) + paren[1]!.length)) : undefined;
        // `[ ○ ] 評価実施機関内の他部署 （` with the parenthesis text on the next lines, up to `）`.
        if (paren && inner?.text === '' && !/[)）]/.test(after.text)) inner = parenLines(lines, j);
        if (inner && inner.text !== '') {
          checked = true;
          text = inner;
        } else text = emptyMapped();
      }
      if (checked === null && /\[\]$/.test(before) && !/○/.test(before.slice(-3))) checked = false;
      const entryState: { checked: boolean | null; text?: MappedText; range?: { start: number; end: number } } = { checked };
      if (text) entryState.text = text;
      const r = rangeOf(pl.m);
      if (r) entryState.range = r;
      states.set(box.name, entryState);
    }
  }
  if (states.size === 0) {
    b.unknownFields.add(occ.id);
    b.note('info', 'valueNotPlaced', occ.id, { label: view.displayLabel(occ.entry) }, occ.labelRange);
    return;
  }
  b.setChecks(
    occ.id,
    boxes.map((box) => {
      const st = states.get(box.name);
      return { name: box.name, checked: st?.checked ?? null, text: box.hasText ? (st?.text ?? emptyMapped()) : undefined, range: st?.range };
    }),
  );
  b.setConfidence(occ.id, 0.5);
  if ([...states.values()].some((s) => s.checked === null) || states.size < boxes.length) {
    b.note('info', 'checksDetached', occ.id, { label: view.displayLabel(occ.entry) }, occ.labelRange);
  }
}

/** The lines after `j` up to the one holding the closing bracket (at most five): a wrapped parenthesis. */
function parenLines(lines: PLine[], j: number): MappedText | undefined {
  const parts: MappedText[] = [];
  for (let k = j + 1; k < Math.min(lines.length, j + 7); k++) {
    const l = lines[k]!;
    if (l.kind === 'blank') continue;
    const close = l.m.text.search(/[)）]/);
    if (close >= 0) {
      const head = trimMapped(sliceMapped(l.m, 0, close));
      if (head.text !== '') parts.push(head);
      return parts.length > 0 ? joinMapped(parts, '\n') : undefined;
    }
    if (l.kind === 'label' || l.kind === 'item' || l.kind === 'part') return undefined;
    parts.push(l.m);
  }
  return undefined;
}

/** Where a box label stands on its own in a line key (not inside `その他の電子ファイル`), or -1. */
function boxLabelAt(key: string, label: string): number {
  let at = key.indexOf(label);
  while (at >= 0) {
    const before = at === 0 ? '' : key[at - 1]!;
    const after = key[at + label.length] ?? '';
    if ((before === '' || /[[\]［］)）○〇]/.test(before)) && (after === '' || /[[\]［］(（○〇]/.test(after))) return at;
    at = key.indexOf(label, at + 1);
  }
  return -1;
}

/** An opt-out box on its heading line or nearby: `[ ] 委託しない` → false; `] 委託しない[` → null. */
function readCheckNear(b: AssessmentBuilder, view: FormView, entry: FieldEntry, id: string, lines: PLine[], idx: number): void {
  const key = keyOf(entry.label.label);
  for (let j = Math.max(0, idx - 6); j < Math.min(lines.length, idx + 6); j++) {
    const k = matchKey(lines[j]!.m, { dropMarks: false });
    const at = k.key.indexOf(key);
    if (at < 0) continue;
    const before = k.key.slice(0, at);
    const value = /\[\]$/.test(before) ? false : null;
    b.setCheck(id, value, rangeOf(lines[j]!.m));
    b.setConfidence(id, value === false ? 0.7 : 0.3);
    if (value === null) b.note('info', 'checksDetached', id, { label: view.displayLabel(entry) }, rangeOf(lines[j]!.m));
    return;
  }
}

/** Counts: a bare number near its label, assigned only when a slot count corroborates it (§7.5). */
function placeCounts(
  b: AssessmentBuilder,
  view: FormView,
  lines: PLine[],
  occs: LabelOcc[],
  slotLines: { line: number; group: string; n: number | null }[],
): void {
  for (const count of view.fields.filter((f) => f.def.type === 'count')) {
    const owner = occs.find((o) => o.entry.section === count.section && count.contextKeys.some((k) => o.entry.bareKeys.includes(k)));
    if (!owner) continue;
    const id = owner.id.replace(/[^.]+$/, count.id.split('.').pop()!);
    if (b.has(id)) continue;
    const numbers: { n: number; line: PLine }[] = [];
    for (let j = Math.max(0, owner.line - 15); j < Math.min(lines.length, owner.line + 60); j++) {
      const pl = lines[j]!;
      if (pl.kind === 'blank' || pl.m.text.length > 40) continue;
      const folded = pl.m.text.normalize('NFKC');
      if (!/^\s*\d{1,3}\s*$/.test(folded) && !/件/.test(folded) && !/[(（]\s*○?\s*\d/.test(folded)) continue;
      for (const mm of folded.matchAll(/\d{1,3}/g)) numbers.push({ n: Number(mm[0]), line: pl });
    }
    const group = count.id.endsWith('provideCount') ? 'provide' : count.id.endsWith('transferCount') ? 'transfer' : 'item';
    const seen = slotLines.filter((s) => s.group === group && s.n !== null).map((s) => s.n!);
    const maxSlot = seen.length > 0 ? Math.max(...seen) : undefined;
    const hit = numbers.find((x) => maxSlot !== undefined && x.n === maxSlot && x.n > 0);
    if (hit) {
      const digits = hit.line.m;
      b.setCount(id, hit.n, digits);
      b.setConfidence(id, 0.7);
      b.note('info', 'valueLowConfidence', id, { label: view.displayLabel(count), confidence: 0.7 }, rangeOf(digits));
    } else {
      b.setCount(id, null);
      b.unknownFields.add(id);
      const candidates = [...new Set(numbers.map((x) => x.n))].join(', ') || '—';
      b.note('warning', 'countCandidates', id, { label: view.displayLabel(count), candidates }, owner.labelRange);
    }
  }
}

/**
 * PDF change log (§7.10): rows end with their 提出時期 (事前/事後); the 変更日 of a page comes as a
 * separate block of dates. Rows are rebuilt with a confidence; dates are assigned only when a page
 * has as many dates as rows.
 */
function readPdfChangeLog(b: AssessmentBuilder, lines: PLine[]): void {
  interface Block {
    lines: PLine[];
  }
  interface Page {
    dates: PLine[];
    rows: { blocks: Block[]; timing: PLine; note: Block[] }[];
  }
  const pages: Page[] = [{ dates: [], rows: [] }];
  let blocks: Block[] = [];
  let current: Block | null = null;
  const flush = (): void => {
    if (current && current.lines.length > 0) blocks.push(current);
    current = null;
  };
  for (const pl of lines) {
    const page = pages[pages.length - 1]!;
    if (pl.kind === 'blank') {
      flush();
      continue;
    }
    if (pl.kind === 'changes' || isChangeHeaderLine(pl.m.text) || /提出時期に係る説明/.test(pl.key)) {
      flush();
      if (page.rows.length > 0 || page.dates.length > 0) pages.push({ dates: [], rows: [] });
      continue;
    }
    if (isDateOnly(pl.m.text)) {
      flush();
      page.dates.push(pl);
      continue;
    }
    if (isTiming(pl.m.text)) {
      flush();
      page.rows.push({ blocks, timing: pl, note: [] });
      blocks = [];
      continue;
    }
    current ??= { lines: [] };
    current.lines.push(pl);
  }
  flush();
  let n = 0;
  let rebuilt = 0;
  for (const page of pages) {
    const datesFit = page.dates.length === page.rows.length;
    for (const row of page.rows) {
      n++;
      rebuilt++;
      const id = `annex.changes[${n}]`;
      // The blocks before the timing: [note of the previous row,] item, before, after.
      const texts = row.blocks.map((bl) => joinMapped(bl.lines.map((l) => l.m), '\n'));
      const itemIdx = texts.findIndex((t) => /^(?:[IVXⅠ-Ⅹ]|\(別添|（別添|「)/.test(t.text.normalize('NFKC').trim()));
      const start = itemIdx >= 0 ? itemIdx : Math.max(0, texts.length - 3);
      const [item, before, after] = [texts[start], texts[start + 1], texts[start + 2]];
      const date = datesFit ? page.dates[page.rows.indexOf(row)] : undefined;
      if (date) {
        const v = textValue(date.m);
        b.setDate(`${id}.date`, v, findDate(v.text)?.iso ?? null);
        b.setConfidence(`${id}.date`, 0.5);
      } else b.unknownFields.add(`${id}.date`);
      for (const [key, value] of [
        ['item', item],
        ['before', before],
        ['after', after],
      ] as const) {
        if (value) b.setText(`${id}.${key}`, textValue(value));
        else b.unknownFields.add(`${id}.${key}`);
      }
      const t = textValue(row.timing.m);
      b.setChoice(`${id}.timing`, t.text.normalize('NFKC').includes('事前') ? 'before' : 'after', t);
      b.unknownFields.add(`${id}.timingNote`);
      b.setConfidence(id, itemIdx >= 0 ? 0.5 : 0.3);
    }
  }
  if (rebuilt > 0) b.note('info', 'changeRowRebuilt', 'annex.changes', { confidence: 0.5 }, rangeOf(lines[0]!.m));
  else b.note('warning', 'changeLogUnreadable', 'annex.changes', {}, rangeOf(lines[0]!.m));
}
