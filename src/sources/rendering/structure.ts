/**
 * Where a reader is in the form (part, item section, slot, risk) and how a printed label is
 * resolved to a field there: a label that only one field has moves the reader to that field's
 * section; a generic label (`具体的な方法`, `リスクへの対策は十分か`) is taken only within the
 * current section, slot and risk. Shared by the TAB and the PDF-text readers.
 */
import type { AssessmentBuilder } from './builder.js';
import type { FieldEntry, FormView, RiskEntry, SectionEntry } from './form-view.js';
import { headingKey } from './form-view.js';
import type { MappedText } from './mapped-text.js';
import { isSpace } from './mapped-text.js';
import { isMarker } from './markers.js';
import { matchKey, similarity, stripNumbering } from './match-key.js';
import type { SlotGroup } from './values/slots.js';

export interface Place {
  part: string | null;
  section: SectionEntry | null;
  slot: Slot | null;
  risk: RiskEntry | null;
  contextKey: string | null;
  file: number;
  last: FieldEntry | null;
}

export interface Matcher {
  view: FormView;
  b: AssessmentBuilder;
  /** Bare keys that label more than one field (resolved by context only). */
  generic: Set<string>;
  s: Place;
}

/** Bare label keys shared by several fields of the kind. */
export function genericKeys(view: FormView): Set<string> {
  const counts = new Map<string, number>();
  for (const f of view.fields) for (const k of new Set(f.bareKeys)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([k]) => k));
}

export interface Slot {
  group: SlotGroup;
  n: number;
}

export function instanceId(template: string, s: Place, slot: Slot | null = s.slot): string | undefined {
  let ok = true;
  const id = template
    .replace(/\[f\]/g, `[${s.file}]`)
    .replace(/([A-Za-z]+)\[n\]/g, (_m, name: string) => {
      if (!slot || slot.group !== name) {
        ok = false;
        return `${name}[n]`;
      }
      return `${name}[${slot.n}]`;
    });
  return ok ? id : undefined;
}

/** A label ends where the value begins: at whitespace, a bracket, a marker or the end of the cell. */
export function boundary(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const prev = text[at - 1];
  const next = text[at];
  return isSpace(prev) || isSpace(next) || isMarker(next) || /[[［<＜(（【:：]/.test(next ?? '');
}

export function partHeading(ctx: Matcher, key: string): SectionEntry | undefined {
  const hk = headingKey(key);
  let best: SectionEntry | undefined;
  let bestLen = 0;
  for (const sec of ctx.view.sections) {
    if (!sec.isPart) continue;
    for (const h of sec.headingKeys) {
      if (hk.startsWith(h) && hk.length - h.length <= 30 && h.length > bestLen) {
        best = sec;
        bestLen = h.length;
      }
    }
  }
  return best;
}

export function itemHeading(ctx: Matcher, key: string): { sec: SectionEntry; len: number } | undefined {
  const hk = headingKey(key);
  const found: { sec: SectionEntry; len: number }[] = [];
  for (const sec of ctx.view.sections) {
    if (sec.isPart || sec.item === undefined) continue;
    for (const h of sec.headingKeys) if (hk.startsWith(h)) found.push({ sec, len: h.length });
  }
  if (found.length === 0) return undefined;
  const maxLen = Math.max(...found.map((f) => f.len));
  const longest = found.filter((f) => f.len === maxLen);
  const s = ctx.s;
  return longest.find((f) => f.sec.part === s.part) ?? (longest.length === 1 ? longest[0] : longest.find((f) => !f.sec.id.includes('[')) ?? longest[0]);
}

export function riskHeading(ctx: Matcher, key: string): RiskEntry | undefined {
  const m = /^リスク(\d*)[:]?(.*)$/.exec(key);
  if (!m) return undefined;
  const title = m[2] ?? '';
  const inSection = ctx.view.risks.filter((r) => ctx.s.section && r.id.startsWith(ctx.s.section.id + '.'));
  const pool = inSection.length > 0 ? inSection : ctx.view.risks;
  let best: { r: RiskEntry; score: number } | undefined;
  for (const r of pool) {
    const score = Math.max(...r.titleKeys.map((t) => similarity(title, t)));
    const numberOk = m[1] === '' || r.number.endsWith(m[1]!);
    const total = score + (numberOk ? 0.05 : 0);
    if (score >= 0.6 && (!best || total > best.score)) best = { r, score: total };
  }
  return best?.r;
}

export interface LabelMatch {
  entry: FieldEntry;
  /** Index in the cell's plain text where the label ends. */
  end: number;
}

export function score(ctx: Matcher, f: FieldEntry): number {
  const s = ctx.s;
  let v = 0;
  if (s.section && f.section === s.section) v += 100;
  else if (s.part && f.section?.part === s.part) v += 40;
  if (f.group) {
    if (s.slot && s.slot.group === f.group) v += 20;
    else v -= 200;
  }
  if (f.risk) {
    if (s.risk === f.risk) v += 30;
    else if (s.risk) v -= 60;
  } else if (s.risk && f.section === s.section) v -= 5;
  if (s.contextKey && f.contextKeys.includes(s.contextKey)) v += 15;
  const id = instanceId(f.id, s);
  const value = id ? ctx.b.get(id) : undefined;
  if (value !== undefined && value !== null) v -= 40;
  if (s.last && f.order > s.last.order) v += 5 - Math.min(4, (f.order - s.last.order) / 10);
  return v;
}

export function pick(ctx: Matcher, candidates: FieldEntry[], key: string): FieldEntry | undefined {
  if (candidates.length === 0) return undefined;
  const generic = ctx.generic.has(stripNumbering(key).rest) || candidates.length > 1;
  let best: FieldEntry | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const v = score(ctx, c);
    if (v > bestScore) {
      best = c;
      bestScore = v;
    }
  }
  if (!best) return undefined;
  // A generic label outside its section is not guessed at.
  if (generic && bestScore < 40) return undefined;
  if (best.group && (!ctx.s.slot || ctx.s.slot.group !== best.group)) return undefined;
  return best;
}

export function matchLabel(ctx: Matcher, plain: MappedText): LabelMatch | undefined {
  const k = matchKey(plain, { dropMarks: true });
  const key = k.key;
  if (key === '') return undefined;
  const whole = pick(ctx, ctx.view.fieldsByKey(key), key);
  if (whole) return { entry: whole, end: plain.text.length };
  // Label and value in one cell: `①委託内容 国民健康保険事務に係る業務委託`.
  for (let len = Math.min(key.length - 1, ctx.view.maxKeyLength); len >= 2; len--) {
    const prefix = key.slice(0, len);
    if (!ctx.view.hasKey(prefix)) continue;
    const end = k.index[len]!;
    if (!boundary(plain.text, end)) continue;
    const entry = pick(ctx, ctx.view.fieldsByKey(prefix), prefix);
    if (entry) return { entry, end };
  }
  // Corrupted or re-worded labels (catalogue §8): a close match within the current section.
  if (key.length >= 8 && key.length <= 120 && ctx.s.section) {
    let best: { f: FieldEntry; v: number } | undefined;
    for (const f of ctx.view.fields) {
      if (f.section !== ctx.s.section || f.def.type === 'group' || f.def.type === 'const') continue;
      for (const fk of f.keys) {
        const v = similarity(key, fk);
        if (v >= 0.85 && (!best || v > best.v)) best = { f, v };
      }
    }
    if (best && pick(ctx, [best.f], best.f.keys[0] ?? key)) return { entry: best.f, end: plain.text.length };
  }
  return undefined;
}

