/**
 * The catalogue (src/model) seen from an importer of one kind: label keys of every field, section
 * headings with the numbers the kind prints, risk headings, option lists and box lists — all keyed
 * with the same normalisation as the rendering text (match-key.ts), so a match can be cut out of the
 * text at exact offsets. Nothing here is written by hand: it is derived from the catalogue data.
 */
import { RISK_DEFS, SECTION_DEFS, boxListFor, enumFor, fieldsForKind, optionsForKind } from '../../model/index.js';
import type { BoxDef, EnumOption, FieldDef, FieldLabel, Kind, RiskDef, SectionDef } from '../../model/index.js';
import { keyOf, stripNumbering } from './match-key.js';
import type { SlotGroup } from './values/slots.js';

export interface FieldEntry {
  def: FieldDef;
  id: string;
  /** Catalogue order (form order). */
  order: number;
  label: FieldLabel;
  /** Keys of the label and its aliases (marks dropped), with and without their numbering. */
  keys: string[];
  bareKeys: string[];
  /** Bare keys of the enclosing row labels (`④使用の主体` for `使用者数`). */
  contextKeys: string[];
  section: SectionEntry | undefined;
  /** The repeated group the field belongs to (`item`, `provide`, …). */
  group?: SlotGroup;
  risk?: RiskEntry;
  options?: readonly EnumOption[];
  boxes?: readonly BoxDef[];
}

export interface SectionEntry {
  def: SectionDef;
  id: string;
  order: number;
  part: string;
  item?: string;
  /** Keys of the printed heading: `4.特定個人情報ファイルの取扱いの委託`, `II特定個人情報ファイルの概要`. */
  headingKeys: string[];
  /** Keys of the title alone. */
  titleKeys: string[];
  anchorKeys: string[];
  isPart: boolean;
  isAnnex: boolean;
}

export interface RiskEntry {
  def: RiskDef;
  id: string;
  /** `リスク1:目的外の入手が行われるリスク` */
  headingKeys: string[];
  /** `目的外の入手が行われるリスク` */
  titleKeys: string[];
  number: string;
}

const GROUPS: Record<string, SlotGroup> = { item: 'item', provide: 'provide', transfer: 'transfer', system: 'system' };

function labelFor<T>(map: Partial<Record<Kind, T>>, kind: Kind): T | undefined {
  return map[kind] ?? (Object.values(map)[0] as T | undefined);
}

/** Brackets the renderings print interchangeably in headings: `【別添1）` for `(別添1)`. */
export function headingKey(key: string): string {
  return key.replace(/[【〔［[]/g, '(').replace(/[】〕］\]]/g, ')');
}

export class FormView {
  readonly fields: FieldEntry[] = [];
  readonly sections: SectionEntry[] = [];
  readonly risks: RiskEntry[] = [];
  private readonly byKey = new Map<string, FieldEntry[]>();
  private readonly byBareKey = new Map<string, FieldEntry[]>();
  /** Longest field key (bounds prefix searches). */
  readonly maxKeyLength: number;

  constructor(readonly kind: Kind) {
    SECTION_DEFS.forEach((def, order) => {
      if (!def.kinds.includes(kind)) return;
      const number = def.numbers[kind];
      const title = labelFor(def.titles, kind);
      if (!number || !title) return;
      const titleKeys = [title.label, ...(title.aliases ?? [])].map((t) => keyOf(t));
      const prefix = number.item !== undefined ? `${number.item}.` : number.part;
      const isAnnex = number.part.startsWith('(');
      const headingKeys = titleKeys.map((t) => headingKey(prefix + t));
      const entry: SectionEntry = {
        def,
        id: def.id,
        order,
        part: number.part,
        headingKeys,
        titleKeys,
        anchorKeys: (def.anchors?.[kind] ?? []).map((a) => keyOf(a)),
        isPart: number.item === undefined,
        isAnnex,
      };
      if (number.item !== undefined) entry.item = number.item;
      this.sections.push(entry);
    });
    for (const def of RISK_DEFS) {
      if (!def.kinds.includes(kind)) continue;
      const label = labelFor(def.labels, kind);
      if (!label) continue;
      const titleKeys = [label.title, ...(label.aliases ?? [])].map((t) => keyOf(t));
      this.risks.push({
        def,
        id: def.id,
        number: label.number,
        titleKeys,
        headingKeys: titleKeys.map((t) => keyOf(label.number) + ':' + t),
      });
    }
    let max = 0;
    fieldsForKind(kind).forEach((def, order) => {
      const label = labelFor(def.labels, kind);
      if (!label) return;
      const texts = [label.label, ...(label.aliases ?? [])];
      const keys = texts.map((t) => keyOf(t)).filter((k) => k !== '');
      const entry: FieldEntry = {
        def,
        id: def.id,
        order,
        label,
        keys,
        bareKeys: keys.map((k) => stripNumbering(k).rest),
        contextKeys: (label.context ?? []).map((c) => stripNumbering(keyOf(c.label)).rest),
        section: this.sectionOf(def.id),
      };
      const groupSeg = def.id.split('.').find((s) => /\[n\]$/.test(s));
      const groupName = groupSeg?.replace(/\[n\]$/, '');
      if (groupName && GROUPS[groupName]) entry.group = GROUPS[groupName];
      const risk = this.risks.find((r) => def.id.startsWith(r.id + '.'));
      if (risk) entry.risk = risk;
      if (def.type === 'choice') {
        const e = enumFor(def, kind);
        if (e) entry.options = optionsForKind(e, kind);
      }
      if (def.type === 'checks') {
        const list = boxListFor(def);
        if (list) entry.boxes = list.boxes;
      }
      this.fields.push(entry);
      for (const k of entry.keys) push(this.byKey, k, entry);
      for (const k of entry.bareKeys) if (k) push(this.byBareKey, k, entry);
      for (const k of keys) max = Math.max(max, k.length);
    });
    this.maxKeyLength = max;
  }

  /** The innermost section of a template id. */
  sectionOf(id: string): SectionEntry | undefined {
    const segments = id.split('.');
    for (let i = segments.length; i > 0; i--) {
      const prefix = segments.slice(0, i).join('.');
      const s = this.sections.find((x) => x.id === prefix);
      if (s) return s;
    }
    return undefined;
  }

  /** Fields whose label key (or, failing that, bare key) equals `key`. */
  fieldsByKey(key: string): FieldEntry[] {
    const exact = this.byKey.get(key);
    if (exact) return exact;
    return this.byBareKey.get(stripNumbering(key).rest) ?? [];
  }

  hasKey(key: string): boolean {
    return this.byKey.has(key);
  }

  fieldById(id: string): FieldEntry | undefined {
    return this.fields.find((f) => f.id === id);
  }

  /** The label to show in notes: the printed label with the section number for context. */
  displayLabel(entry: FieldEntry): string {
    const s = entry.section;
    const number = s?.def.numbers[this.kind];
    const where = number ? `${number.part}${number.item ? ` ${number.item}.` : ''}` : '';
    return where ? `${where} ${entry.label.label}` : entry.label.label;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const views = new Map<Kind, FormView>();

export function formView(kind: Kind): FormView {
  let view = views.get(kind);
  if (!view) {
    view = new FormView(kind);
    views.set(kind, view);
  }
  return view;
}
