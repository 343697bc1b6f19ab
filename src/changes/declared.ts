/**
 * Is a change recorded in the document's own 変更箇所 rows? Real 項目 strings are free text with
 * typos, old labels and mixed numerals (`I 6②所属長`, `「Ⅱ 特定個人情報ファイルの概要」4. …「委託事項5」`,
 * `II 特定個人情報ファイルの概要(4. … 委託事項3 ①～⑨)`; catalogue §8), so a row is matched
 * heuristically and generously, never strictly: by the field's label, the section's number or title,
 * the slot's name and number, and by the texts before and after.
 */
import {
  getFieldDef,
  labelFor,
  normalizeForMatch,
  sectionOf,
  toTemplateId,
  isDateValue,
  type FieldLabel,
} from '../model/index.js';
import type { Kind } from '../model/kinds.js';
import type { Assessment } from '../model/values.js';
import { slotOf } from './slots.js';
import type { FieldChange } from './types.js';

/** One row of the 変更箇所 annex, as read from the document. */
export interface LoggedChange {
  /** `annex.changes[3]`. */
  rowId: string;
  /** 変更日 as YYYY-MM-DD (or YYYY-MM), null when unreadable. */
  date: string | null;
  item: string;
  before: string;
  after: string;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The document's 変更箇所 rows in row order. */
export function readChangeLog(assessment: Assessment): LoggedChange[] {
  const annex = assessment.annex;
  if (typeof annex !== 'object' || annex === null) return [];
  const rows: { n: number; row: LoggedChange }[] = [];
  for (const [key, value] of Object.entries(annex as Record<string, unknown>)) {
    const m = /^changes\[(\d+)\]$/.exec(key);
    if (!m || typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    const date = isDateValue(v.date) ? v.date.iso : null;
    rows.push({
      n: Number(m[1]),
      row: { rowId: `annex.${key}`, date, item: str(v.item), before: str(v.before), after: str(v.after) },
    });
  }
  return rows.sort((a, b) => a.n - b.n).map((r) => r.row);
}

function rowKey(row: LoggedChange): string {
  return [row.date ?? '', normalizeForMatch(row.item), normalizeForMatch(row.before), normalizeForMatch(row.after)].join('\u0000');
}

/**
 * The rows that can declare the changes of this revision: rows the previous version did not have,
 * and rows dated on the latest 変更日 of the document (the revision's own date). Older rows record
 * older changes: `I 6②所属長` from 2016 does not declare this year's change of 所属長.
 */
export function revisionRows(current: Assessment, previous?: Assessment): LoggedChange[] {
  const rows = readChangeLog(current);
  const old = new Set(previous ? readChangeLog(previous).map(rowKey) : []);
  const latest = rows.reduce<string | null>((max, r) => (r.date !== null && (max === null || r.date > max) ? r.date : max), null);
  return rows.filter((r) => !old.has(rowKey(r)) || (latest !== null && r.date === latest));
}

const CIRCLED_FIRST = 0x2460;
const BRACKETS = /[「」『』()[\]【】〔〕<>"'“”‘’]/g;

/**
 * 項目 text for matching: circled numbers become `#n` before NFKC (which would turn `委託事項3 ①～⑨`
 * into `委託事項31~9`), then catalogue §8 normalisation, then brackets and quotes go.
 */
export function normalizeItem(text: string): string {
  const marked = text.replace(/[\u2460-\u2473]/g, (ch) => `#${ch.codePointAt(0)! - CIRCLED_FIRST + 1}`);
  return normalizeForMatch(marked).replace(BRACKETS, '');
}

/** A label without its circled number: `⑤再委託の許諾方法` → `再委託の許諾方法`. */
function labelCore(text: string): string {
  return normalizeItem(text).replace(/^#?\d+/, '');
}

function coresOf(labels: readonly (FieldLabel | undefined)[]): string[] {
  const out = new Set<string>();
  for (const label of labels) {
    if (!label) continue;
    for (const text of [label.label, ...(label.aliases ?? [])]) {
      const core = labelCore(text);
      if ([...core].length >= 2) out.add(core);
    }
  }
  return [...out];
}

/** Roman part numerals after NFKC (`Ⅱ` → `II`), longest first. */
const ROMAN = /(?<![A-Za-z])(VI|IV|V|I{1,3})(?![A-Za-z])/g;

/** The part and item a 項目 names: the first Roman numeral and the first number after it. */
function sectionNumbersOf(item: string): { part: string; item?: string }[] {
  const out: { part: string; item?: string }[] = [];
  for (const m of item.matchAll(ROMAN)) {
    const rest = item.slice(m.index + m[0].length);
    const number = /(?<!#)(?<!\d)(\d+)/.exec(rest.replace(/#\d+/g, '#'));
    out.push({ part: m[1]!, ...(number ? { item: number[1]! } : {}) });
  }
  return out;
}

/** Slot numbers written after a slot word: `委託事項3`, `移転先1、3~6`, `委託事項3及び委託事項4`. */
export function slotNumbersAfter(item: string, word: string): Set<number> {
  const out = new Set<number>();
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let from = item.indexOf(word);
  while (from >= 0) {
    let rest = item.slice(from + word.length);
    for (;;) {
      const first = /^(\d+)/.exec(rest);
      if (!first) break;
      const low = Number(first[1]);
      rest = rest.slice(first[0].length);
      const range = new RegExp(`^[~-](?:${escaped})?(\\d+)`).exec(rest);
      if (range) {
        const high = Number(range[1]);
        // A range header such as `委託事項2～5` covers every slot in it.
        for (let n = low; n <= high && n - low <= 50; n++) out.add(n);
        rest = rest.slice(range[0].length);
      } else out.add(low);
      const next = new RegExp(`^(?:[、,・]|及び|および|と)(?:${escaped})?`).exec(rest);
      if (!next) break;
      rest = rest.slice(next[0].length);
    }
    from = item.indexOf(word, from + word.length);
  }
  return out;
}

/** A short piece of the changed text that a row declaring the change should contain. */
function probe(text: string | null, other: string | null): string {
  if (text === null) return '';
  const a = [...normalizeForMatch(text)];
  const b = [...normalizeForMatch(other ?? '')];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const start = prefix;
  const end = a.length - suffix;
  // A short span (a changed word) is taken with some context; a long one by its beginning.
  if (end - start >= 8) return a.slice(start, start + 20).join('');
  return a.slice(Math.max(0, start - 4), Math.min(a.length, Math.max(end, start + 1) + 4)).join('').slice(0, 20);
}

interface Anchors {
  cores: string[];
  sectionTitles: string[];
  sectionNumber?: { part: string; item?: string };
  slotWord?: string;
  slotNumbers: number[];
  probes: { before: string; after: string };
}

function anchorsOf(change: FieldChange, kind: Kind): Anchors {
  const template = toTemplateId(change.fieldId);
  const def = getFieldDef(template);
  const labels: (FieldLabel | undefined)[] = [];
  if (def && def.type !== 'group') {
    // The field's label in every kind (a log may use another form's wording), and its enclosing rows.
    for (const k of def.kinds) {
      const label = labelFor(def, k);
      labels.push(label, ...(label.context ?? []));
    }
  }
  const section = sectionOf(template);
  const sectionTitles = section ? coresOf(Object.values(section.titles)) : [];
  const number = section?.numbers[kind];
  const ref = slotOf(change.fieldId);
  const previousRef = change.previousFieldId ? slotOf(change.previousFieldId) : undefined;
  const groupDef = ref ? getFieldDef(ref.groupTemplate) : undefined;
  const slotWord = groupDef ? normalizeItem(labelFor(groupDef, kind).label.replace(/N$/, '')) : undefined;
  let probes: Anchors['probes'];
  if (change.change === 'modified') probes = { before: probe(change.before, change.after), after: probe(change.after, change.before) };
  else {
    const title = normalizeForMatch(change.slot?.title ?? '').slice(0, 20);
    probes = change.change === 'slotAdded' ? { before: '', after: title } : { before: title, after: '' };
  }
  return {
    cores: coresOf(labels),
    sectionTitles,
    ...(number ? { sectionNumber: { part: normalizeForMatch(number.part).replace(BRACKETS, ''), ...(number.item ? { item: number.item } : {}) } } : {}),
    ...(slotWord ? { slotWord } : {}),
    slotNumbers: [ref?.number, previousRef?.number].filter((n): n is number => n !== undefined),
    probes,
  };
}

function sectionHit(anchors: Anchors, item: string): boolean {
  if (anchors.sectionTitles.some((t) => item.includes(t))) return true;
  const number = anchors.sectionNumber;
  if (!number) return false;
  if (!/^(VI|IV|V|I{1,3})$/.test(number.part)) return item.includes(number.part);
  return sectionNumbersOf(item).some((s) => s.part === number.part && (number.item === undefined || s.item === number.item));
}

function textHit(anchors: Anchors, row: LoggedChange, item: string): boolean {
  const before = normalizeForMatch(row.before);
  const after = normalizeForMatch(row.after);
  const { probes } = anchors;
  if (probes.after.length >= 2 && (after.includes(probes.after) || item.includes(probes.after))) return true;
  return probes.before.length >= 2 && (before.includes(probes.before) || item.includes(probes.before));
}

/** The row of `rows` that records the change, if any. */
export function findDeclaringRow(change: FieldChange, rows: readonly LoggedChange[], kind: Kind): LoggedChange | undefined {
  const anchors = anchorsOf(change, kind);
  return rows.find((row) => {
    const item = normalizeItem(row.item);
    const slot = anchors.slotWord !== undefined && anchors.slotNumbers.length > 0
      ? (() => {
          const numbers = slotNumbersAfter(item, anchors.slotWord!);
          return anchors.slotNumbers.some((n) => numbers.has(n));
        })()
      : false;
    const text = textHit(anchors, row, item);
    if (change.change !== 'modified') {
      return slot || (text && (sectionHit(anchors, item) || (anchors.slotWord !== undefined && item.includes(anchors.slotWord))));
    }
    const label = anchors.cores.some((core) => item.includes(core));
    // `委託事項3 ①～⑨` records every row of the slot at once.
    const wholeSlot = /#1~#\d+/.test(item);
    if (anchors.slotNumbers.length > 0) return (slot && (label || text || wholeSlot)) || (label && text);
    return (label && (sectionHit(anchors, item) || text)) || (sectionHit(anchors, item) && text);
  });
}

export function isDeclared(change: FieldChange, rows: readonly LoggedChange[], kind: Kind): boolean {
  return findDeclaringRow(change, rows, kind) !== undefined;
}

