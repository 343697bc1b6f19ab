/**
 * Reading the 項目 cell of a 変更箇所 row: which part of the form it points to. The cell is free text
 * with typos, old labels, mixed numerals and brackets (`I 6②所属長`, `「Ⅱ 特定個人情報ファイルの概要」4.
 * …「委託の有無※」`, `II 特定個人情報ファイルの概要(3. 特定個人情報の入手・使用 ⑦使用の主体 使用部署)`;
 * catalogue §8), so it is read heuristically and the answer says how sure it is:
 *
 * - `section`: the printed part and item number (`II 3`), else the part's title with the first number
 *   after it, resolved with the kind's numbering (zenko Ⅳ 1 is `III.8`);
 * - `fields`: the fields of that section whose label (with its enclosing rows) the text names, the
 *   most specific first;
 * - `important`: whether the named item falls under 重要な変更 (※), only when every candidate agrees.
 */
import {
  fieldsForKind,
  labelFor,
  normalizeForMatch,
  RISK_DEFS,
  SECTION_DEFS,
  type FieldDef,
  type FieldLabel,
  type Kind,
  type SectionDef,
} from '../../src/model/index.js';

const CIRCLED_FIRST = 0x2460;
const BRACKETS = /[「」『』()（）[\]【】〔〕<>＜＞"'“”‘’]/g;

/**
 * 項目 text for matching: circled numbers become `#n` (NFKC would turn `委託事項3 ①～⑨` into
 * `委託事項31~9`), then the §8 normalisation (NFKC, no whitespace, no ※), then brackets go.
 */
export function normalizeItemText(text: string): string {
  const marked = text.replace(/[\u2460-\u2473]/g, (ch) => `#${ch.codePointAt(0)! - CIRCLED_FIRST + 1}`);
  return normalizeForMatch(marked).replace(BRACKETS, '');
}

/** A label without its circled number: `⑤再委託の許諾方法` → `再委託の許諾方法`. */
function core(text: string): string {
  return normalizeItemText(text).replace(/^#\d+/, '');
}

function cores(label: FieldLabel | undefined): string[] {
  if (!label) return [];
  return [label.label, ...(label.aliases ?? [])].map(core).filter((c) => [...c].length >= 2);
}

/** Roman part numerals after NFKC (`Ⅱ` → `II`); longest alternatives first. */
const ROMAN = /(?<![A-Za-z])(VI|IV|V|I{1,3})(?![A-Za-z])/;

interface PartRef {
  /** The printed part (`II`, `(別添2)`). */
  part: string;
  /** Offset just after the reference (numeral or title). */
  end: number;
}

/** Sections that are whole parts in a kind (`I`, `II[f]`, `III[f]` and `III` in juten, annexes). */
function partSections(kind: Kind): SectionDef[] {
  return SECTION_DEFS.filter((s) => {
    const n = s.numbers[kind];
    return n !== undefined && n.item === undefined && s.kinds.includes(kind) && s.id !== 'cover' && s.id !== 'meta';
  });
}

function titleCores(section: SectionDef): string[] {
  return Object.values(section.titles).flatMap((t) => cores(t));
}

function findPart(text: string, kind: Kind): PartRef | undefined {
  const annex = /別添(\d*)/.exec(text);
  const roman = ROMAN.exec(text);
  // The printed numeral comes first in every sample; an annex reference names its annex.
  if (annex && (!roman || annex.index < roman.index)) return { part: `(別添${annex[1] ?? ''})`, end: annex.index + annex[0].length };
  if (roman) return { part: roman[1]!, end: roman.index + roman[0].length };
  // No numeral (`1 基本情報2. …`, a typo for I): the earliest part title, longest at that position.
  let best: PartRef | undefined;
  let bestAt = Infinity;
  let bestLength = 0;
  for (const section of partSections(kind)) {
    for (const title of titleCores(section)) {
      const at = text.indexOf(title);
      if (at < 0) continue;
      if (at < bestAt || (at === bestAt && title.length > bestLength)) {
        best = { part: section.numbers[kind]!.part, end: at + title.length };
        bestAt = at;
        bestLength = title.length;
      }
    }
  }
  return best;
}

export interface ItemReading {
  /** Template ids of the sections the text points to (an item such as `II[f].3`, or a part). */
  sections: string[];
  /** Template ids of the fields it names, the best-matching first (empty when it names none). */
  fields: string[];
  /** Whether the named item is a ※ item; undefined when the text does not let us say. */
  important: boolean | undefined;
}

function underSection(def: FieldDef, sectionId: string): boolean {
  return def.id === sectionId || def.id.startsWith(`${sectionId}.`);
}

function leafFieldsOf(kind: Kind, sectionIds: readonly string[]): FieldDef[] {
  return fieldsForKind(kind).filter((d) => d.type !== 'group' && d.type !== 'const' && sectionIds.some((s) => underSection(d, s)));
}

function importanceOf(defs: readonly FieldDef[], kind: Kind): boolean | undefined {
  if (defs.length === 0) return undefined;
  const marks = defs.map((d) => d.important?.[kind] !== undefined);
  if (marks.every(Boolean)) return true;
  if (marks.every((m) => !m)) return false;
  return undefined;
}

/**
 * How well a field's label (with its enclosing rows) is named by the text: the summed length of the
 * cores found, 0 when the field's own label is not there.
 */
function labelScore(def: FieldDef, kind: Kind, text: string): number {
  const label = labelFor(def, kind);
  const own = Math.max(0, ...cores(label).filter((c) => text.includes(c)).map((c) => c.length));
  if (own === 0) return 0;
  let score = own;
  for (const context of label.context ?? []) score += Math.max(0, ...cores(context).filter((c) => text.includes(c)).map((c) => c.length));
  return score;
}

/** The serious-incident row (`III 7 ② 過去3年以内に…重大事故…`) is the one Ⅲ row outside ※. */
const SERIOUS_INCIDENT = /重大事故/;

export function readChangeItem(rawText: string, kind: Kind): ItemReading {
  const text = normalizeItemText(rawText);
  if (text === '') return { sections: [], fields: [], important: undefined };
  const part = findPart(text, kind);
  let sections: string[] = [];
  if (part) {
    const after = text.slice(part.end).replace(/#\d+/g, '#');
    const item = /^[^\d]*?(?<!#)(\d{1,2})(?!\d)/.exec(after);
    const withItem = item
      ? SECTION_DEFS.filter((s) => s.kinds.includes(kind) && s.numbers[kind]?.part === part.part && s.numbers[kind]?.item === item[1])
      : [];
    sections = (withItem.length > 0 ? withItem : partSections(kind).filter((s) => s.numbers[kind]!.part === part.part)).map((s) => s.id);
  }
  const candidates = leafFieldsOf(kind, sections.length > 0 ? sections : ['']);
  const pool = sections.length > 0 ? candidates : fieldsForKind(kind).filter((d) => d.type !== 'group' && d.type !== 'const');
  const scored = pool.map((def) => ({ def, score: labelScore(def, kind, text) })).filter((s) => s.score > 0);
  const top = Math.max(0, ...scored.map((s) => s.score));
  // Without a section, only a long label is specific enough to stand on its own.
  const best = scored.filter((s) => s.score === top && (sections.length > 0 || top >= 6)).map((s) => s.def);

  let fields = best;
  if (sections.length > 0 && SERIOUS_INCIDENT.test(text)) {
    const incident = candidates.filter((d) => /\.(?:seriousIncident|incidentContent|incidentPrevention)$/.test(d.id));
    if (incident.length > 0) fields = incident;
  }
  // A section named by number alone whose text names something that lives elsewhere (`I 5移転先2`, a
  // typo for Ⅱ 5) is a contradiction: say nothing rather than guess.
  const contradicted = fields.length === 0 && sections.length > 0 && namesOutside(text, kind, sections);
  let important = fields.length > 0 ? importanceOf(fields, kind) : sections.length > 0 && !contradicted ? importanceOf(candidates, kind) : undefined;
  // The author's own ※ (`「委託の有無※」`) says the item is a ※ item, unless we resolved it to one that is not.
  if (important === undefined && /※/.test(rawText) && !SERIOUS_INCIDENT.test(text)) important = true;
  return { sections, fields: fields.map((d) => d.id), important };
}

/** Whether the text names a slot or a field (label of 3+ characters) outside the given sections. */
function namesOutside(text: string, kind: Kind, sections: readonly string[]): boolean {
  for (const def of fieldsForKind(kind)) {
    if (sections.some((s) => underSection(def, s))) continue;
    const label = labelFor(def, kind);
    // A group's label is its slot word (`移転先N`, `委託事項N`): the word with a number after it.
    const names = def.type === 'group' ? cores(label).map((c) => c.replace(/N$/, '')).filter((c) => c.length >= 2) : cores(label).filter((c) => c.length >= 3);
    if (def.type === 'group' ? names.some((w) => new RegExp(`${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d`).test(text)) : names.some((c) => text.includes(c))) return true;
  }
  return false;
}

const SLOT_AND_ANNEX_WORDS = ['システム', '委託事項', '提供先', '移転先', '別添', '別紙', '記録項目', '変更箇所', '表紙', '評価書', 'リスク'];

let looseCores: Set<string> | undefined;

/** Every label, alias, section title and risk title of every kind, as matching cores. */
function allCores(): Set<string> {
  if (looseCores) return looseCores;
  const out = new Set<string>();
  for (const kind of ['kiso', 'juten', 'zenko'] as const) {
    for (const def of fieldsForKind(kind)) {
      const label = labelFor(def, kind);
      for (const c of cores(label)) out.add(c);
      for (const context of label.context ?? []) for (const c of cores(context)) out.add(c);
    }
  }
  for (const section of SECTION_DEFS) for (const c of titleCores(section)) out.add(c);
  for (const risk of RISK_DEFS) {
    for (const label of Object.values(risk.labels)) {
      for (const t of [label.title, ...(label.aliases ?? [])]) {
        const c = core(t);
        if (c.length >= 2) out.add(c);
      }
    }
  }
  looseCores = out;
  return out;
}

/**
 * Whether a 項目 text names anything of the form even loosely: a part numeral or title, any label of
 * any kind (old wordings included), a slot word (`委託事項`, `移転先`), an annex. Only text that names
 * none of these is "an item the form does not have".
 */
export function namesSomething(rawText: string, kind: Kind): boolean {
  const text = normalizeItemText(rawText);
  if (text === '') return false;
  if (findPart(text, kind)) return true;
  if (SLOT_AND_ANNEX_WORDS.some((w) => text.includes(w))) return true;
  for (const c of allCores()) if (text.includes(c)) return true;
  return false;
}
