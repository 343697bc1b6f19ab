/**
 * Reader for Markdown / HTML / TAB-cell renderings (catalogue §7.1): walks the rows in order,
 * keeps track of where in the form it is (part, item, slot, risk), matches row labels against the
 * catalogue labels of the fields in scope, and hands each field's printed text to field-values.ts.
 *
 * Headings may be missing or out of place, so every matched label also moves the context: a label
 * that only one field has (`①システムの名称`) places the reader in its section; a generic label
 * (`具体的な方法`) is only taken within the current section.
 */
import type { AssessmentBuilder } from './builder.js';
import { genericKeys, instanceId, itemHeading, matchLabel, partHeading, riskHeading } from './structure.js';
import type { LabelMatch, Place } from './structure.js';
import { applyChangeRows, changeRowFromCells, isChangeHeader } from './change-log.js';
import type { ChangeRow } from './change-log.js';
import { applyValue, isEmptyText, textValue } from './field-values.js';
import type { FieldEntry, FormView, SectionEntry } from './form-view.js';
import { headingKey } from './form-view.js';
import type { Row } from './lines.js';
import type { MappedText } from './mapped-text.js';
import { emptyMapped, joinMapped, rangeOf, sliceMapped, splitMapped, trimMapped } from './mapped-text.js';
import { keyOf, matchKey, stripNumbering } from './match-key.js';
import { readSlotHeader } from './values/slots.js';
import type { SlotGroup } from './values/slots.js';

type Mode = 'form' | 'toc' | 'records' | 'workflow' | 'changes' | 'attachment';

interface Pending {
  entry: FieldEntry;
  id: string;
  pieces: MappedText[];
  /** Value may run over blank lines (section-title rows, long free-text rows, the cover). */
  longForm: boolean;
  labelRange: { start: number; end: number } | undefined;
  blanks: number;
}

interface OpenText {
  entry: FieldEntry;
  id: string;
  pieces: MappedText[];
}

interface State extends Place {
  mode: Mode;
  pending: Pending | null;
  open: OpenText | null;
  header: { entries: (FieldEntry | null)[] } | null;
  /** Annex records: current group. */
  recordGroup: number;
  recordLines: MappedText[];
  groupItems: Map<number, MappedText[]>;
  workflow: MappedText[];
  changes: ChangeRow[];
  /** Change-log rows written so far (a log printed as several tables numbers on). */
  changeCount: number;
  /** Part sections entered so far. */
  partsSeen: Set<string>;
  attachment: { n: number; title: MappedText; lines: MappedText[]; depth: number } | null;
  attachments: number;
  /** Parts seen, in order (for the "after the last part" attachment rule). */
  formEnded: boolean;
}

interface Ctx {
  text: string;
  b: AssessmentBuilder;
  view: FormView;
  s: State;
  /** Bare keys that label more than one field (resolved by context only). */
  generic: Set<string>;
  /** The part printed last in this kind's form (Ⅴ / Ⅵ), after which unlabelled text is an attachment. */
  lastPart: string | null;
  /** Key of the 項目一覧 label (the table of contents). */
  tocKey: string;
}

export function readTabRows(text: string, rows: readonly Row[], b: AssessmentBuilder, view: FormView): void {
  const generic = genericKeys(view);
  const parts = view.sections.filter((x) => x.isPart && !x.isAnnex && x.id !== 'cover' && x.id !== 'meta');
  const ctx: Ctx = {
    text,
    b,
    view,
    generic,
    lastPart: parts.length > 0 ? parts.reduce((a, c) => (c.order > a.order ? c : a)).part : null,
    tocKey: view.fieldById('cover.toc')?.keys[0] ?? '',
    s: {
      mode: 'form',
      part: null,
      section: null,
      slot: null,
      risk: null,
      contextKey: null,
      file: 1,
      last: null,
      pending: null,
      open: null,
      header: null,
      recordGroup: 0,
      recordLines: [],
      groupItems: new Map(),
      workflow: [],
      changes: [],
      changeCount: 0,
      partsSeen: new Set(),
      attachment: null,
      attachments: 0,
      formEnded: false,
    },
  };
  for (const row of rows) processRow(ctx, row);
  finishPending(ctx);
  closeMode(ctx);
}

// ---------------------------------------------------------------- helpers

function cellTexts(row: Row): MappedText[] {
  return row.cells.map((c) => c.plain);
}

function firstCellIndex(row: Row): number {
  return row.cells.findIndex((c) => c.plain.text !== '');
}

function rowText(row: Row, from = 0): MappedText {
  const parts = row.cells.slice(from).map((c) => c.plain).filter((p) => p.text !== '');
  return joinMapped(parts, '\n');
}

function sectionAnchor(ctx: Ctx, key: string): boolean {
  const sec = ctx.s.section;
  if (!sec) return false;
  const k = key.replace(/^リスク\d*:/, '');
  return sec.anchorKeys.some((a) => {
    const ak = a.replace(/^リスク\d*:/, '');
    return k === ak || (k.startsWith(ak) && ak.length >= 8);
  });
}

function isChangeHeaderRow(row: Row): boolean {
  return row.cells.length >= 4 && isChangeHeader(row.cells.map((c) => c.plain.text));
}

function isAttachmentStart(key: string): boolean {
  return /^(?:\(|)?(?:別添|別紙)\d*/.test(headingKey(key).replace(/^\(/, ''));
}

// ---------------------------------------------------------------- field matching

// ---------------------------------------------------------------- values

function isLongForm(entry: FieldEntry): boolean {
  if (entry.id.startsWith('cover.')) return true;
  const title = entry.section?.titleKeys ?? [];
  if (entry.bareKeys.some((k) => title.includes(k))) return true;
  return entry.bareKeys.some((k) => k.length >= 20) && entry.def.type === 'text';
}

function setValue(ctx: Ctx, entry: FieldEntry, id: string, value: MappedText, labelRange?: { start: number; end: number }): void {
  applyValue({ b: ctx.b, view: ctx.view }, entry, id, value, { emptyRange: labelRange });
  if (labelRange) ctx.b.setLabel(id, labelRange);
}

function finishPending(ctx: Ctx): void {
  const p = ctx.s.pending;
  if (!p) return;
  ctx.s.pending = null;
  if (p.pieces.length === 0) {
    const current = ctx.b.get(p.id);
    if (current === undefined || current === null) setValue(ctx, p.entry, p.id, emptyMapped(), p.labelRange);
    return;
  }
  const value = joinMapped(p.pieces, '\n');
  setValue(ctx, p.entry, p.id, value, p.labelRange);
  if (p.entry.def.type === 'text') ctx.s.open = { entry: p.entry, id: p.id, pieces: p.pieces };
}

function enterField(ctx: Ctx, entry: FieldEntry): string | undefined {
  const s = ctx.s;
  if (entry.section && entry.section !== s.section) {
    s.section = entry.section;
    s.part = entry.section.part;
    if (!entry.group) s.slot = null;
    if (!entry.risk) s.risk = null;
  }
  if (entry.risk) s.risk = entry.risk;
  // A second Ⅱ/Ⅲ block of another file starts with its file name.
  if (/\[f\]\.1\.fileName$/.test(entry.id)) {
    const id = instanceId(entry.id, s);
    const v = id ? ctx.b.get(id) : undefined;
    if (typeof v === 'string' && v !== '') s.file++;
  }
  s.last = entry;
  const id = instanceId(entry.id, s);
  if (!id) {
    ctx.b.note('warning', 'valueNotPlaced', null, { label: ctx.view.displayLabel(entry) });
  }
  return id;
}

/** Handles a matched field label in a row; `rest` is the cell text after the label. */
function takeField(ctx: Ctx, row: Row, cellIdx: number, match: LabelMatch): void {
  const s = ctx.s;
  const cell = row.cells[cellIdx]!;
  const labelPart = trimMapped(sliceMapped(cell.plain, 0, match.end));
  const labelRange = rangeOf(labelPart);
  const id = enterField(ctx, match.entry);
  if (!id) return;
  const rest = trimMapped(sliceMapped(cell.plain, match.end));
  const pieces = [rest, ...row.cells.slice(cellIdx + 1).map((c) => c.plain)].filter((p) => p.text !== '');
  const type = match.entry.def.type;
  if (type === 'group' || type === 'const') return;
  if (pieces.length === 0 || pieces.every(isEmptyText)) {
    s.pending = { entry: match.entry, id, pieces: [], longForm: isLongForm(match.entry), labelRange, blanks: 0 };
    return;
  }
  // `①委託内容 タイトル <p>内容</p>`: plain text before the first paragraph is the slot's title (§7.7).
  if (s.slot?.group === 'item' && /\.content$/.test(match.entry.id) && rest.text !== '') {
    const cut = splitMergedTitle(ctx, cell, rest);
    if (cut > 0) pieces[0] = trimMapped(sliceMapped(rest, cut));
    else titleAmbiguous(ctx, match.entry, rest);
  }
  const value = joinMapped(pieces.filter((p) => p.text !== ''), '\n');
  // A row printed twice (juten Ⅲ 8–10 once per file, an embedded table repeated as rows): the first
  // one stands, and a different second one is said.
  const existing = ctx.b.get(id);
  if (existing !== undefined && existing !== null) {
    if (keyOf(rawOf(existing)) !== keyOf(textValue(value).text)) {
      ctx.b.note('info', 'duplicateDiffers', id, { label: ctx.view.displayLabel(match.entry) }, rangeOf(value));
    }
    return;
  }
  setValue(ctx, match.entry, id, value, labelRange);
  if (type === 'text') s.open = { entry: match.entry, id, pieces };
}

/**
 * The slot's header printed no title and ①委託内容 shares its cell with text that has no `<p>` to split
 * at: that text is the title, the content, or both run together (§7.7). It stays ①, and the title is
 * unknown rather than empty, since the header's empty cell may only mean the title moved into ①.
 */
function titleAmbiguous(ctx: Ctx, content: FieldEntry, text: MappedText): void {
  const titleEntry = ctx.view.fields.find((f) => f.group === 'item' && /\.title$/.test(f.id));
  const titleId = titleEntry ? instanceId(titleEntry.id, ctx.s) : undefined;
  if (!titleEntry || !titleId || ctx.b.get(titleId) !== null) return;
  ctx.b.remove(titleId);
  ctx.b.markUnknown(titleId);
  const n = /\[(\d+)\]$/.exec(titleId.slice(0, titleId.lastIndexOf('.')))?.[1] ?? 'N';
  const label = ctx.view.displayLabel(titleEntry).replace(/N$/, n);
  ctx.b.note('info', 'titleAmbiguous', titleId, { label, content: ctx.view.displayLabel(content) }, rangeOf(text));
}

/** Sets the slot title from the plain text before the first `<p>`; returns the cut index in `rest` (or -1). */
function splitMergedTitle(ctx: Ctx, cell: Row['cells'][number], rest: MappedText): number {
  const titleEntry = ctx.view.fields.find((f) => f.group === 'item' && /\.title$/.test(f.id));
  if (!titleEntry) return -1;
  const titleId = instanceId(titleEntry.id, ctx.s);
  if (!titleId || typeof ctx.b.get(titleId) === 'string') return -1;
  const raw = ctx.text.slice(cell.start, cell.end);
  const firstStart = rest.starts[0];
  if (firstStart === undefined) return -1;
  const p = raw.indexOf('<p', firstStart - cell.start);
  if (p < 0) return -1;
  const cut = rest.starts.findIndex((o) => o >= cell.start + p);
  if (cut <= 0) return -1;
  const title = trimMapped(sliceMapped(rest, 0, cut));
  if (title.text === '') return -1;
  applyValue({ b: ctx.b, view: ctx.view }, titleEntry, titleId, title);
  return cut;
}

// ---------------------------------------------------------------- row processing

function processRow(ctx: Ctx, row: Row): void {
  const s = ctx.s;
  const idx = firstCellIndex(row);
  if (idx < 0) {
    handleBlank(ctx, row);
    return;
  }
  const cell = row.cells[idx]!;
  const key = matchKey(cell.plain, { dropMarks: true }).key;

  if (isChangeHeaderRow(row)) {
    finishPending(ctx);
    closeMode(ctx);
    s.mode = 'changes';
    return;
  }
  const part = partHeading(ctx, key);
  if (part && (row.heading !== undefined || row.cells.length <= 2)) {
    if (s.mode === 'toc') return;
    finishPending(ctx);
    closeMode(ctx);
    enterPart(ctx, part, row);
    return;
  }
  if (s.mode === 'toc') {
    s.mode = 'form';
  }
  // The table of contents (項目一覧) lists the part headings: they are not the parts themselves.
  if (s.mode === 'form' && ctx.tocKey !== '' && key === ctx.tocKey) {
    finishPending(ctx);
    s.open = null;
    s.mode = 'toc';
    const toc = ctx.view.fieldById('cover.toc');
    if (toc) ctx.b.setLabel('cover.toc', rangeOf(cell.plain));
    return;
  }
  if (s.mode === 'changes') {
    if (row.heading !== undefined || (idx === 0 && isAttachmentStart(key) && row.cells.length === 1)) {
      closeMode(ctx);
      startAttachment(ctx, row);
      return;
    }
    const change = changeRowFromCells(cellTexts(row));
    if (change) {
      const prev = s.changes[s.changes.length - 1];
      // A lone cell without date or timing continues the previous row (a wrapped cell).
      if (prev && row.cells.filter((c) => c.plain.text !== '').length === 1 && !change.timing && change.dateInherited) {
        prev.after = prev.after ? joinMapped([prev.after, change.item ?? emptyMapped()], '\n') : change.item;
      } else s.changes.push(change);
    }
    return;
  }
  if (s.mode === 'attachment') {
    if (isAttachmentStart(key) && (row.heading !== undefined || row.cells.length === 1)) {
      closeMode(ctx);
      startAttachment(ctx, row);
      return;
    }
    s.attachment?.lines.push(rowText(row));
    return;
  }
  if (s.mode === 'records') {
    const item = itemHeading(ctx, key);
    if (item && !item.sec.isAnnex && item.sec.part !== s.part) {
      closeMode(ctx);
    } else {
      recordRow(ctx, row, cell.plain);
      return;
    }
  }
  if (s.mode === 'workflow') {
    s.workflow.push(rowText(row));
    return;
  }

  // ---- form mode
  if (isAttachmentStart(key) && !partHeading(ctx, key) && (row.heading !== undefined || row.cells.length === 1) && !s.pending) {
    finishPending(ctx);
    closeMode(ctx);
    startAttachment(ctx, row);
    return;
  }
  const item = itemHeading(ctx, key);
  if (item) {
    finishPending(ctx);
    s.open = null;
    enterItem(ctx, item.sec, row, idx, item.len);
    return;
  }
  const slot = readSlotHeader(cell.plain.text, 'start');
  if (slot && sectionForGroup(ctx, slot.group)) {
    finishPending(ctx);
    s.open = null;
    enterSlot(ctx, row, idx, slot);
    return;
  }
  if (/^リスク\d*:/.test(key)) {
    const risk = riskHeading(ctx, key);
    finishPending(ctx);
    s.open = null;
    if (risk) {
      s.risk = risk;
      const sec = ctx.view.sectionOf(risk.id);
      if (sec && sec !== s.section) {
        s.section = sec;
        s.part = sec.part;
      }
    }
    if (!risk && !sectionAnchor(ctx, key)) s.risk = null;
    return;
  }
  if (sectionAnchor(ctx, key)) {
    finishPending(ctx);
    return;
  }
  // A header row of labels: `評価書番号⇥評価書名` with the values on the next row.
  if (headerRow(ctx, row)) return;
  if (s.header) {
    fillHeaderRow(ctx, row);
    return;
  }

  const match = matchLabel(ctx, cell.plain);
  if (match) {
    finishPending(ctx);
    s.open = null;
    s.contextKey = null;
    takeField(ctx, row, idx, match);
    return;
  }
  // A row-span group label (`再委託`) or an enclosing row label (`④使用の主体`) before the label cell.
  const next = row.cells.findIndex((c, i) => i > idx && c.plain.text !== '');
  // A label cell is one line: a multi-line cell after an unknown label is content (an embedded table).
  if (next > 0 && !row.cells[next]!.plain.text.includes('\n')) {
    const inner = matchLabel(ctx, row.cells[next]!.plain);
    if (inner) {
      finishPending(ctx);
      s.open = null;
      s.contextKey = stripNumbering(key).rest;
      takeField(ctx, row, next, inner);
      return;
    }
  }
  if (isContextLabel(ctx, key)) {
    finishPending(ctx);
    s.open = null;
    s.contextKey = stripNumbering(key).rest;
    return;
  }
  // Not a label: the value of a pending label, or the continuation of the last text value.
  if (s.pending) {
    if (s.pending.blanks > 0 && !s.pending.longForm && s.pending.pieces.length > 0) {
      finishPending(ctx);
    } else if (s.pending.blanks > 0 && !s.pending.longForm && s.pending.pieces.length === 0 && ctx.s.part === ctx.lastPart) {
      finishPending(ctx);
      unplacedRow(ctx, row, idx, key);
      return;
    } else {
      s.pending.pieces.push(rowText(row));
      s.pending.blanks = 0;
      return;
    }
  }
  if (s.open && (idx > 0 || row.bullet)) {
    s.open.pieces.push(rowText(row));
    setValue(ctx, s.open.entry, s.open.id, joinMapped(s.open.pieces, '\n'));
    return;
  }
  unplacedRow(ctx, row, idx, key);
}

function unplacedRow(ctx: Ctx, row: Row, idx: number, key: string): void {
  const s = ctx.s;
  s.open = null;
  // After the last part of the form, unlabelled text is material appended to it (別紙, 重大事故 …).
  if (s.part !== null && s.part === ctx.lastPart && row.afterBlank && row.cells.length - idx === 1 && key.length <= 60) {
    const lastSection = ctx.view.sections.filter((x) => x.part === s.part).reduce((a, c) => (c.order > a.order ? c : a));
    if (s.section === lastSection || s.formEnded) {
      closeMode(ctx);
      startAttachment(ctx, row);
      return;
    }
  }
  const cells = row.cells.filter((c) => c.plain.text !== '');
  if (cells.length >= 2 && idx === 0 && key.length <= 40 && s.part !== null) {
    ctx.b.note('info', 'unknownLabel', null, { text: cells[0]!.plain.text.slice(0, 60) }, rangeOf(cells[0]!.plain));
  }
}

function isContextLabel(ctx: Ctx, key: string): boolean {
  const bare = stripNumbering(key).rest;
  if (bare === '') return false;
  return ctx.view.fields.some((f) => f.contextKeys.includes(bare) && (!ctx.s.section || f.section === ctx.s.section));
}

function handleBlank(ctx: Ctx, _row: Row): void {
  const s = ctx.s;
  if (s.pending) {
    s.pending.blanks++;
    if (!s.pending.longForm && s.pending.pieces.length > 0) finishPending(ctx);
  }
  if (s.mode === 'attachment') s.attachment?.lines.push(emptyMapped());
}

function headerRow(ctx: Ctx, row: Row): boolean {
  const cells = row.cells.filter((c) => c.plain.text !== '');
  if (cells.length < 2) return false;
  const entries: FieldEntry[] = [];
  for (const c of cells) {
    const key = matchKey(c.plain, { dropMarks: true }).key;
    if (ctx.generic.has(stripNumbering(key).rest)) return false;
    const found = ctx.view.fieldsByKey(key);
    if (found.length !== 1) return false;
    entries.push(found[0]!);
  }
  finishPending(ctx);
  ctx.s.header = { entries: row.cells.map((c) => (c.plain.text === '' ? null : entries.shift() ?? null)) };
  for (const [i, c] of row.cells.entries()) {
    const e = ctx.s.header.entries[i];
    if (e) {
      const id = instanceId(e.id, ctx.s);
      if (id) ctx.b.setLabel(id, rangeOf(c.plain));
    }
  }
  return true;
}

function fillHeaderRow(ctx: Ctx, row: Row): void {
  const header = ctx.s.header!;
  ctx.s.header = null;
  header.entries.forEach((entry, i) => {
    if (!entry) return;
    const id = enterField(ctx, entry);
    if (!id) return;
    const cell = row.cells[i];
    setValue(ctx, entry, id, cell ? cell.plain : emptyMapped(), ctx.b.labelRanges.get(id));
  });
}

function enterPart(ctx: Ctx, sec: SectionEntry, row: Row): void {
  const s = ctx.s;
  // Ⅱ and Ⅲ 1–7 repeat per file: each part starts again at the first file.
  if (sec.id.includes('[f]') && !s.partsSeen.has(sec.id)) s.file = 1;
  s.partsSeen.add(sec.id);
  s.section = sec;
  s.part = sec.part;
  s.slot = null;
  s.risk = null;
  s.open = null;
  s.contextKey = null;
  if (sec.id === ctx.view.sections.find((x) => x.id === 'V')?.id) s.formEnded = false;
  const first = row.cells.find((c) => c.plain.text !== '');
  if (first && sec.isAnnex) {
    if (sec.id.startsWith('annex.records')) {
      s.mode = 'records';
      s.recordGroup = 0;
      s.recordLines = [];
      s.groupItems = new Map();
      const id = `annex.records[${s.file}].raw`;
      ctx.b.setLabel(id, rangeOf(first.plain));
    } else if (sec.id === 'annex.workflow') {
      s.mode = 'workflow';
      s.workflow = [];
      ctx.b.setLabel('annex.workflow', rangeOf(first.plain));
    } else if (sec.id.startsWith('annex.changes')) {
      s.mode = 'changes';
    }
  } else s.mode = 'form';
}

function enterItem(ctx: Ctx, sec: SectionEntry, row: Row, idx: number, headingLen: number): void {
  const s = ctx.s;
  s.section = sec;
  s.part = sec.part;
  s.slot = null;
  s.risk = null;
  s.contextKey = null;
  const cell = row.cells[idx]!;
  const k = matchKey(cell.plain, { dropMarks: true });
  const end = k.index[Math.min(headingLen, k.index.length - 1)]!;
  const rest = trimMapped(sliceMapped(cell.plain, end));
  const after = [rest, ...row.cells.slice(idx + 1).map((c) => c.plain)].filter((p) => p.text !== '');
  const restText = joinMapped(after, ' ');
  const inSection = ctx.view.fields.filter((f) => f.section === sec);
  // Opt-out boxes printed on the heading row (`[ ] 委託しない`).
  for (const f of inSection.filter((x) => x.def.type === 'check')) {
    const id = instanceId(f.id, s);
    if (id && restText.text !== '') {
      applyValue({ b: ctx.b, view: ctx.view }, f, id, restText);
    }
  }
  // A field labelled by the heading itself (`3. 特定個人情報ファイル名` → its value on the next row).
  const titled = inSection.find((f) => f.def.type !== 'check' && f.bareKeys.some((kk) => sec.titleKeys.includes(kk)));
  if (titled) {
    const id = enterField(ctx, titled);
    if (!id) return;
    const labelRange = rangeOf(trimMapped(sliceMapped(cell.plain, 0, end)));
    ctx.b.setLabel(id, labelRange);
    const valuePieces = after.filter((p) => !/^[[［]/.test(p.text.trim()) || titled.def.type !== 'text');
    const hasChecks = inSection.some((x) => x.def.type === 'check');
    if (valuePieces.length > 0 && !hasChecks) {
      setValue(ctx, titled, id, joinMapped(valuePieces, '\n'), labelRange);
      if (titled.def.type === 'text') s.open = { entry: titled, id, pieces: valuePieces };
    } else {
      s.pending = { entry: titled, id, pieces: [], longForm: true, labelRange, blanks: 0 };
    }
  }
}

function sectionForGroup(ctx: Ctx, group: SlotGroup): SectionEntry | undefined {
  return ctx.view.fields.find((f) => f.group === group)?.section;
}

function enterSlot(ctx: Ctx, row: Row, idx: number, header: NonNullable<ReturnType<typeof readSlotHeader>>): void {
  const s = ctx.s;
  const sec = sectionForGroup(ctx, header.group);
  if (sec && sec !== s.section) {
    s.section = sec;
    s.part = sec.part;
  }
  s.risk = null;
  s.contextKey = null;
  if (header.to !== undefined) {
    s.slot = null;
    return;
  }
  s.slot = { group: header.group, n: header.n };
  const nameEntry = ctx.view.fields.find((f) => f.group === header.group && /\.(?:title|name)$/.test(f.id) && f.id.split('.').length === (sec?.id.split('.').length ?? 0) + 2);
  const groupEntry = ctx.view.fields.find((f) => f.group === header.group && f.def.type === 'group');
  const cell = row.cells[idx]!;
  const labelRange = rangeOf(sliceMapped(cell.plain, header.start, header.end));
  if (groupEntry) {
    const gid = instanceId(groupEntry.id, s);
    if (gid) ctx.b.setLabel(gid, labelRange);
  }
  if (!nameEntry) return;
  const id = enterField(ctx, nameEntry);
  if (!id) return;
  ctx.b.setLabel(id, labelRange);
  const rest = trimMapped(sliceMapped(cell.plain, header.end));
  const pieces = [rest, ...row.cells.slice(idx + 1).map((c) => c.plain)].filter((p) => p.text !== '');
  if (pieces.length > 0) setValue(ctx, nameEntry, id, joinMapped(pieces, '\n'), labelRange);
  else s.pending = { entry: nameEntry, id, pieces: [], longForm: false, labelRange, blanks: 0 };
  // The slot's name row is never continued by the next row's cells.
  s.open = null;
}

// ---------------------------------------------------------------- annexes, change log, attachments

const GROUP_HEADING = /^\s*(?:【[^【】]+】|<[^<>]+>|＜[^＜＞]+＞|〈[^〈〉]+〉)\s*$/;

function recordRow(ctx: Ctx, row: Row, first: MappedText): void {
  const s = ctx.s;
  const line = rowText(row);
  s.recordLines.push(line);
  const isGroup = row.heading !== undefined || (row.cells.length === 1 && GROUP_HEADING.test(first.text));
  if (isGroup) {
    s.recordGroup++;
    const id = `annex.records[${s.file}].group[${s.recordGroup}].name`;
    ctx.b.setText(id, trimMapped(first));
    s.groupItems.set(s.recordGroup, []);
    return;
  }
  if (s.recordGroup === 0) return;
  s.groupItems.get(s.recordGroup)?.push(...splitMapped(line, /\n/));
}

function closeMode(ctx: Ctx): void {
  const s = ctx.s;
  const b = ctx.b;
  if (s.mode === 'records') {
    const lines = s.recordLines.filter((l) => l.text.trim() !== '');
    if (lines.length > 0) b.setText(`annex.records[${s.file}].raw`, textValue(joinMapped(lines, '\n')));
    for (const [n, items] of s.groupItems) {
      const id = `annex.records[${s.file}].group[${n}].items`;
      const clean = items.map(trimMapped).filter((m) => m.text !== '');
      if (clean.length > 0) b.setTextList(id, clean);
      else b.setRaw(id, []);
    }
    s.recordLines = [];
    s.groupItems = new Map();
  } else if (s.mode === 'workflow') {
    const lines = s.workflow.filter((l) => l.text.trim() !== '');
    b.setText('annex.workflow', lines.length > 0 ? textValue(joinMapped(lines, '\n')) : null);
    s.workflow = [];
  } else if (s.mode === 'changes') {
    s.changeCount = applyChangeRows(b, s.changes, s.changeCount + 1);
    s.changes = [];
  } else if (s.mode === 'attachment' && s.attachment) {
    const a = s.attachment;
    b.setText(`attachments[${a.n}].title`, a.title);
    const lines = a.lines.filter((l) => l.text.trim() !== '');
    b.setText(`attachments[${a.n}].raw`, lines.length > 0 ? textValue(joinMapped(lines, '\n')) : null);
    s.attachment = null;
  }
  s.mode = 'form';
}

function startAttachment(ctx: Ctx, row: Row): void {
  const s = ctx.s;
  s.attachments++;
  s.mode = 'attachment';
  s.attachment = { n: s.attachments, title: trimMapped(rowText(row)), lines: [], depth: row.heading ?? 0 };
  s.formEnded = true;
  ctx.b.setLabel(`attachments[${s.attachments}]`, rangeOf(rowText(row)));
}

/** The printed text of a recorded value, to compare a second printing with. */
function rawOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join('\n');
  if (value && typeof value === 'object' && 'raw' in value) return String((value as { raw: unknown }).raw ?? '');
  return JSON.stringify(value);
}
