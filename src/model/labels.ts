/**
 * Field labels for messages, in the form's own words and with the numbers the form prints for the
 * document's kind (catalogue §1.3): `II[1].4.item[2].subcontractPermission` is
 * `II 4. 委託事項2 ⑤再委託の許諾方法` in juten and `II 4. 委託事項2 ⑧再委託の許諾方法` in zenko.
 *
 * A label is built from: the file (only when the document has several), the section number
 * (`II 4.`), the section title for short headings (`監査`), the slot of each enclosing group
 * (`委託事項2`), the Ⅲ risk (`リスク1`), the enclosing rows (`④使用の主体`), the field's own label,
 * and the box of a box reference. Consecutive repeats collapse (`III 9. 従業者に対する教育・啓発`).
 */
import { boxListFor, getFieldDef, getSection, riskOf, sectionOf } from './catalogue.js';
import type { FieldDef, FieldLabel, SectionDef, SectionNumber } from './catalogue-types.js';
import { getFieldValue, parseFieldId, splitBoxReference, toTemplateId } from './field-id.js';
import type { Kind, Locale } from './kinds.js';
import { normalizeForMatch } from './normalize.js';

export interface FieldLabelOptions {
  /** How many 特定個人情報ファイル the document has: with more than one, per-file labels name the file. */
  fileCount?: number;
  /** The file names (`I.3.fileNames`), to name a file instead of giving its position. */
  fileNames?: readonly string[];
}

/** Segments whose index is a file position (kept in step with field-id.ts). */
const FILE_SEGMENTS = new Set(['II', 'III', 'records']);
const CIRCLED_FIRST = 0x2460;
const CIRCLED_LAST = 0x2473;

/** The label a kind prints for a field; a kind without its own label uses the field's first one. */
export function labelFor(def: FieldDef, kind: Kind): FieldLabel {
  return def.labels[kind] ?? firstOf(def.labels, def.kinds)!;
}

/** The label as printed on the form, with its ※ when the mark is on the label itself. */
export function printedLabel(def: FieldDef, kind: Kind): string {
  const label = labelFor(def, kind).label;
  return def.important?.[kind] === 'mark' ? `${label} ※` : label;
}

/** Label options for a document: its file names from `I.3.fileNames`. */
export function fieldLabelOptions(assessment: unknown): FieldLabelOptions {
  const names = getFieldValue(assessment, 'I.3.fileNames');
  if (!Array.isArray(names)) return {};
  const fileNames = names.filter((n): n is string => typeof n === 'string');
  return { fileCount: fileNames.length, fileNames };
}

/**
 * The label of a field (instance or template id, or a box reference) for messages. Ids of containers
 * that are sections or risks get the heading (`II[1].4` → `II 4. 特定個人情報ファイルの取扱いの委託`);
 * unknown ids come back unchanged.
 */
export function fieldLabel(instanceId: string, kind: Kind, locale: Locale = 'ja', options: FieldLabelOptions = {}): string {
  const { fieldId, box } = splitBoxReference(instanceId);
  const segments = parseFieldId(fieldId);
  if (!segments) return instanceId;
  const template = toTemplateId(fieldId);
  const def = getFieldDef(template);
  const en = locale === 'en';
  const parts: string[] = [];
  let numbering: string;

  if (def) {
    // A field another kind's form has keeps that kind's wording but the requested kind's numbers.
    const labelKind = def.kinds.includes(kind) ? kind : def.kinds[0]!;
    const section = sectionOf(template);
    numbering = section ? formatNumber(section, kind, labelKind, en) : '';
    if (section?.titleInLabel) parts.push(text(titleFor(section, labelKind), en));

    // Enclosing groups, and the field itself when it is a group: `委託事項2`.
    let slot: number | 'n' | undefined;
    const templateSegments = template.split('.');
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      if (segment.index === undefined || FILE_SEGMENTS.has(segment.name)) continue;
      slot = typeof segment.index === 'number' ? segment.index : 'n';
      const group = getFieldDef(templateSegments.slice(0, i + 1).join('.'));
      if (group?.type === 'group') parts.push(fillSlot(text(labelFor(group, labelKind), en), slot));
    }

    const risk = riskOf(template);
    if (risk && risk.id !== template) {
      const riskLabel = risk.labels[labelKind] ?? firstOf(risk.labels, risk.kinds);
      if (riskLabel) parts.push(en ? riskLabel.number.replace('リスク', 'Risk ').trim() : riskLabel.number);
    }

    const label = labelFor(def, labelKind);
    for (const context of label.context ?? []) parts.push(text(context, en));
    if (def.type !== 'group') parts.push(slot === undefined ? text(label, en) : fillSlot(text(label, en), slot));

    if (box !== undefined) {
      const boxDef = boxListFor(def)?.boxes.find((b) => b.name === box);
      parts.push(en || !boxDef ? box : boxDef.label);
    }
  } else {
    const heading = containerHeading(template, kind, en);
    if (heading === undefined) return instanceId;
    numbering = heading.numbering;
    parts.push(...heading.parts);
  }

  // A heading that repeats its part (`表紙 表紙`) prints once.
  const kept = dedupe(parts).filter((p, i) => i > 0 || normalizeForMatch(p) !== normalizeForMatch(numbering));
  const tail = kept.join(en ? ' › ' : ' ');
  // English joins a bare part (`Cover`) like the other steps; Japanese keeps the form's spacing.
  const joiner = en && numbering && !numbering.endsWith('.') ? ' › ' : ' ';
  const joined = numbering && tail ? `${numbering}${joiner}${tail}` : numbering || tail;
  return filePrefix(segments, options, en) + joined;
}

/** Heading of a section or risk container that is not a field (`II[1].4`, `III[1].2.outOfScope`). */
function containerHeading(template: string, kind: Kind, en: boolean): { numbering: string; parts: string[] } | undefined {
  const risk = riskOf(template);
  if (risk && risk.id === template) {
    const labelKind = risk.kinds.includes(kind) ? kind : risk.kinds[0]!;
    const section = sectionOf(template);
    const label = risk.labels[labelKind] ?? firstOf(risk.labels, risk.kinds);
    if (!label) return undefined;
    const numbering = section ? formatNumber(section, kind, labelKind, en) : '';
    const number = en ? label.number.replace('リスク', 'Risk ').trim() : label.number;
    return { numbering, parts: [`${number}: ${en ? (label.en ?? label.title) : label.title}`] };
  }
  const section = getSection(template);
  if (!section) return undefined;
  const labelKind = section.kinds.includes(kind) ? kind : section.kinds[0]!;
  const title = titleFor(section, labelKind);
  return { numbering: formatNumber(section, kind, labelKind, en), parts: title ? [text(title, en)] : [] };
}

function titleFor(section: SectionDef, kind: Kind): FieldLabel {
  return section.titles[kind] ?? firstOf(section.titles, section.kinds)!;
}

function formatNumber(section: SectionDef, kind: Kind, fallbackKind: Kind, en: boolean): string {
  const number: SectionNumber | undefined =
    section.numbers[kind] ?? section.numbers[fallbackKind] ?? firstOf(section.numbers, section.kinds);
  if (!number) return '';
  const part = en ? englishPart(number.part) : number.part;
  return number.item === undefined ? part : `${part} ${number.item}.`;
}

function englishPart(part: string): string {
  if (part === '表紙') return 'Cover';
  const annex = /^\(別添(\d*)\)$/.exec(part);
  if (annex) return annex[1] ? `(Annex ${annex[1]})` : '(Annex)';
  return part;
}

/** The Japanese label, or the English gloss with the circled number as `(5)`. */
function text(label: FieldLabel | undefined, en: boolean): string {
  if (!label) return '';
  if (!en) return label.label;
  const first = label.label.codePointAt(0) ?? 0;
  const gloss = label.en ?? label.label;
  return first >= CIRCLED_FIRST && first <= CIRCLED_LAST ? `(${first - CIRCLED_FIRST + 1}) ${gloss}` : gloss;
}

/** Puts the slot number in a group label: `委託事項N` → `委託事項2`, `N行目` → `3行目`. */
function fillSlot(label: string, slot: number | 'n'): string {
  return slot === 'n' ? label : label.replace(/(?<![A-Za-z])N(?![A-Za-z])/, String(slot));
}

function dedupe(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const last = out[out.length - 1];
    if (last !== undefined && normalizeForMatch(last) === normalizeForMatch(part)) continue;
    out.push(part);
  }
  return out;
}

function filePrefix(segments: NonNullable<ReturnType<typeof parseFieldId>>, options: FieldLabelOptions, en: boolean): string {
  const file = segments.find((s) => FILE_SEGMENTS.has(s.name) && typeof s.index === 'number');
  if (!file || typeof file.index !== 'number') return '';
  const count = options.fileCount ?? options.fileNames?.length ?? 1;
  if (file.index <= 1 && count <= 1) return '';
  const name = options.fileNames?.[file.index - 1];
  if (name) return `[${name}] `;
  return en ? `[file ${file.index}] ` : `[ファイル${file.index}] `;
}

function firstOf<T>(record: Partial<Record<Kind, T>>, kinds: readonly Kind[]): T | undefined {
  for (const kind of kinds) {
    const value = record[kind];
    if (value !== undefined) return value;
  }
  return Object.values(record)[0] as T | undefined;
}
