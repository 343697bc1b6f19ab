/**
 * Checkbox lists (catalogue §5, §7.4): every mark encoding the renderings use, box identity by label
 * (never by position), the free-text parenthesis, and the tri-state rule — a state the rendering
 * lost is `null`, not `false`.
 */
import type { MappedText } from '../mapped-text.js';
import { sliceMapped, trimMapped } from '../mapped-text.js';
import { matchKey, similarity } from '../match-key.js';
import { BOX_CHECKED, BOX_UNCHECKED, RADIO_CHECKED, RADIO_UNCHECKED } from '../markers.js';

export interface BoxLike {
  name: string;
  label: string;
  aliases?: readonly string[];
  hasText?: boolean;
}

export type MarkState = 'checked' | 'unchecked' | 'radioOn' | 'radioOff';

export interface MarkToken {
  state: MarkState;
  /** Index range of the mark in the plain text. */
  from: number;
  to: number;
  /** The mark was an `<input>` (as opposed to `[ ]`, `[○]`, `【○】`). */
  input: boolean;
}

export interface BoxSegment {
  mark: MarkToken;
  /** The text after the mark, up to the next mark (a line break ends it unless a parenthesis is open). */
  label: MappedText;
}

const CHECK_CHARS = '○〇◯●◎OoＯｏ✓✔☑■☒×✕xXレ';
const MARK_RE = new RegExp(
  `[\\[［【]\\s*([\\ue000-\\ue003]?)\\s*([${CHECK_CHARS}]?)\\s*([\\ue000-\\ue003]?)\\s*[\\]］】]|[\\ue000-\\ue003]`,
  'g',
);

function markerState(marker: string): MarkState | undefined {
  switch (marker) {
    case BOX_CHECKED:
      return 'checked';
    case BOX_UNCHECKED:
      return 'unchecked';
    case RADIO_CHECKED:
      return 'radioOn';
    case RADIO_UNCHECKED:
      return 'radioOff';
    default:
      return undefined;
  }
}

/** Every box mark in a text, in order. */
export function findMarks(text: string): MarkToken[] {
  const out: MarkToken[] = [];
  for (const m of text.matchAll(MARK_RE)) {
    const whole = m[0];
    const from = m.index;
    const to = from + whole.length;
    if (whole.length === 1) {
      out.push({ state: markerState(whole)!, from, to, input: true });
      continue;
    }
    const marker = m[1] || m[3] || '';
    const fromMarker = markerState(marker);
    if (fromMarker) out.push({ state: m[2] ? 'checked' : fromMarker, from, to, input: true });
    else out.push({ state: m[2] ? 'checked' : 'unchecked', from, to, input: false });
  }
  return out;
}

function parenDepth(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  return depth;
}

/** Splits a plain text into mark + label segments. */
export function segmentBoxes(plain: MappedText): BoxSegment[] {
  const marks = findMarks(plain.text);
  const out: BoxSegment[] = [];
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.from : plain.text.length;
    let label = sliceMapped(plain, mark.to, end);
    // A line break ends a label (the next line is a group heading like `・連絡先等情報`)
    // unless a free-text parenthesis is still open.
    let cut = label.text.indexOf('\n');
    while (cut >= 0 && parenDepth(label.text.slice(0, cut)) > 0) cut = label.text.indexOf('\n', cut + 1);
    if (cut >= 0) label = sliceMapped(label, 0, cut);
    out.push({ mark, label: trimMapped(label) });
  });
  return out;
}

export interface BoxReading {
  name: string;
  checked: boolean | null;
  /** The free text of the box's parenthesis (trimmed), when the box has one. */
  text?: MappedText;
  markRange: { from: number; to: number };
  /** Label range in the plain text. */
  label: MappedText;
}

export interface BoxListReading {
  boxes: BoxReading[];
  /** Labels that matched no box of the list. */
  unmatched: MappedText[];
  /** Confidence of the states as a whole (lower for the radio-without-checked encoding). */
  confidence: number;
  /** Why states were set to null (for the import note), if they were. */
  lost?: 'allUnchecked' | 'radioOnly' | 'conflict';
}

interface BoxKey {
  box: BoxLike;
  key: string;
}

function boxKeys(boxes: readonly BoxLike[]): BoxKey[] {
  const keys: BoxKey[] = [];
  for (const box of boxes) {
    for (const label of [box.label, ...(box.aliases ?? [])]) {
      const key = matchKey(label.replace(/\(\s*\)\s*$|（\s*）\s*$/, '')).key;
      if (key) keys.push({ box, key });
    }
  }
  // Longest first: `その他識別情報(内部番号)` before `その他`, `再委託する` before `委託する`.
  return keys.sort((a, b) => b.key.length - a.key.length);
}

/** Identifies a segment's box by its label: exact key prefix first, then a close match. */
export function identifyBox(
  label: MappedText,
  boxes: readonly BoxLike[],
): { box: BoxLike; rest: MappedText } | undefined {
  const k = matchKey(label);
  if (k.key === '') return undefined;
  const keys = boxKeys(boxes);
  for (const { box, key } of keys) {
    if (k.key.startsWith(key)) {
      return { box, rest: sliceMapped(label, k.index[key.length]!) };
    }
  }
  // Tolerance for re-worded labels: compare the part before the parenthesis.
  const bare = k.key.replace(/\(.*$/, '');
  let best: { box: BoxLike; score: number } | undefined;
  for (const { box, key } of keys) {
    const score = similarity(bare, key.replace(/\(.*$/, ''));
    if (score >= 0.8 && (!best || score > best.score)) best = { box, score };
  }
  if (!best) return undefined;
  const paren = label.text.search(/[(（]/);
  return { box: best.box, rest: paren >= 0 ? sliceMapped(label, paren) : sliceMapped(label, label.text.length) };
}

/** The text between the first opening and the last closing bracket (catalogue §5.1). */
export function parenText(rest: MappedText): MappedText | undefined {
  const open = rest.text.search(/[(（]/);
  if (open < 0) return undefined;
  let close = -1;
  for (let i = rest.text.length - 1; i > open; i--) {
    const ch = rest.text[i];
    if (ch === ')' || ch === '）') {
      close = i;
      break;
    }
  }
  const inner = sliceMapped(rest, open + 1, close >= 0 ? close : rest.text.length);
  return trimMapped(inner);
}

/**
 * Reads a checkbox list. `required`: the list must have a checked box (DEP-29), so an all-unchecked
 * rendering is a lost state.
 */
export function readBoxList(plain: MappedText, boxes: readonly BoxLike[], required = false): BoxListReading {
  const segments = mergeInnerMarks(segmentBoxes(plain), boxes);
  const readings: BoxReading[] = [];
  const unmatched: MappedText[] = [];
  const states: MarkState[] = [];
  for (const seg of segments) {
    const found = identifyBox(seg.label, boxes);
    if (!found) {
      if (seg.label.text !== '') unmatched.push(seg.label);
      continue;
    }
    if (readings.some((r) => r.name === found.box.name)) continue; // a repeated print of the list
    states.push(seg.mark.state);
    const reading: BoxReading = {
      name: found.box.name,
      checked: null,
      markRange: { from: seg.mark.from, to: seg.mark.to },
      label: seg.label,
    };
    if (found.box.hasText) {
      const t = parenText(found.rest);
      if (t) reading.text = t;
    }
    readings.push(reading);
  }
  const hasRadioOn = states.includes('radioOn');
  const radioOff = states.filter((s) => s === 'radioOff').length;
  const others = states.filter((s) => s === 'checked' || s === 'unchecked').length;
  let confidence = 1;
  let lost: BoxListReading['lost'];
  for (let i = 0; i < readings.length; i++) {
    const s = states[i]!;
    const r = readings[i]!;
    if (s === 'checked' || s === 'radioOn') r.checked = true;
    else if (s === 'unchecked') r.checked = false;
    else if (hasRadioOn) r.checked = false;
    else if (others > 0) {
      // A renderer that writes selected boxes as bare radios next to checkbox inputs (catalogue §7.4).
      r.checked = true;
      if (radioOff === 1) confidence = Math.min(confidence, 0.6);
    } else {
      r.checked = null;
      lost = 'radioOnly';
    }
  }
  const anyChecked = readings.some((r) => r.checked === true);
  const filledText = readings.some((r) => r.text !== undefined && r.text.text !== '');
  if (!anyChecked && readings.length > 0 && (required || filledText)) {
    lost = 'allUnchecked';
    confidence = Math.min(confidence, 0.5);
    for (const r of readings) {
      // DEP-16: a filled parenthesis means the box was meant to be checked; the rest is unknown.
      r.checked = r.text !== undefined && r.text.text !== '' ? true : null;
    }
  }
  const result: BoxListReading = { boxes: readings, unmatched, confidence };
  if (lost) result.lost = lost;
  return result;
}

/**
 * `その他 (<input/> 口座登録…)`: a mark inside an open parenthesis whose text is no box label is a
 * layout artefact (catalogue §7.4); fold it back into the parenthesis.
 */
function mergeInnerMarks(segments: BoxSegment[], boxes: readonly BoxLike[]): BoxSegment[] {
  const out: BoxSegment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (prev && parenDepth(prev.label.text) > 0 && !identifyBox(seg.label, boxes)) {
      out[out.length - 1] = { mark: prev.mark, label: concatLabels(prev.label, seg.label) };
      continue;
    }
    out.push(seg);
  }
  return out;
}

function concatLabels(a: MappedText, b: MappedText): MappedText {
  return {
    text: a.text + ' ' + b.text,
    starts: [...a.starts, a.ends[a.ends.length - 1] ?? 0, ...b.starts],
    ends: [...a.ends, a.ends[a.ends.length - 1] ?? 0, ...b.ends],
  };
}
