/**
 * Lookups over the catalogue data: field definitions by (instance or template) id, the enum and box
 * list of a field, sections and risks, the ※ marks, and JSON pointer → field resolution.
 * Indexes are built once, on first use.
 */
import type { BoxListDef, EnumDef, FieldDef, RiskDef, SectionDef } from './catalogue-types.js';
import { BOX_LIST_DEFS, ENUM_DEFS, FIELD_DEFS, RISK_DEFS, SECTION_DEFS } from './catalogue/index.js';
import { parseFieldId, pointerToFieldId, splitBoxReference, toTemplateId } from './field-id.js';
import type { Kind } from './kinds.js';

interface Indexes {
  fields: Map<string, FieldDef>;
  enums: Map<string, EnumDef>;
  boxLists: Map<string, BoxListDef>;
  sections: Map<string, SectionDef>;
  risks: Map<string, RiskDef>;
  /**
   * Template ids of every object that holds fields (`II[f]`, `II[f].4`, `II[f].4.item[n]`,
   * `III[f].2.outOfScope`), with the kinds whose form has some field below it.
   */
  containers: Map<string, Set<Kind>>;
  byKind: Map<Kind, readonly FieldDef[]>;
}

let indexes: Indexes | undefined;

function build(): Indexes {
  const fields = new Map<string, FieldDef>();
  const containers = new Map<string, Set<Kind>>();
  const addContainer = (id: string, kinds: readonly Kind[]) => {
    const set = containers.get(id) ?? new Set<Kind>();
    for (const kind of kinds) set.add(kind);
    containers.set(id, set);
  };
  for (const def of FIELD_DEFS) {
    fields.set(def.id, def);
    const segments = def.id.split('.');
    for (let i = 1; i < segments.length; i++) addContainer(segments.slice(0, i).join('.'), def.kinds);
    if (def.type === 'group') addContainer(def.id, def.kinds);
  }
  const byKind = new Map<Kind, readonly FieldDef[]>();
  for (const kind of ['kiso', 'juten', 'zenko'] as const) {
    byKind.set(
      kind,
      FIELD_DEFS.filter((d) => d.kinds.includes(kind)),
    );
  }
  return {
    fields,
    enums: new Map(ENUM_DEFS.map((e) => [e.name, e])),
    boxLists: new Map(BOX_LIST_DEFS.map((b) => [b.name, b])),
    sections: new Map(SECTION_DEFS.map((s) => [s.id, s])),
    risks: new Map(RISK_DEFS.map((r) => [r.id, r])),
    containers,
    byKind,
  };
}

function idx(): Indexes {
  return (indexes ??= build());
}

/**
 * The definition of a field, from a template (`II[f].4.item[n].contractor`) or an instance id
 * (`II[1].4.item[3].contractor`). A box reference (`II[1].3.sources#otherDept`) resolves to its
 * checks field when the box is in the field's list.
 */
export function getFieldDef(idOrTemplate: string): FieldDef | undefined {
  const { fieldId, box } = splitBoxReference(idOrTemplate);
  if (!parseFieldId(fieldId)) return undefined;
  const def = idx().fields.get(toTemplateId(fieldId));
  if (!def || box === undefined) return def;
  if (def.type !== 'checks') return undefined;
  return boxListFor(def)?.boxes.some((b) => b.name === box) ? def : undefined;
}

/** Whether a template id names an object that holds fields (a section, risk, file block or group). */
export function isContainerTemplate(templateId: string): boolean {
  return idx().containers.has(templateId);
}

/** Whether an object at this template id exists in the form of `kind` (some field of the kind lies below it). */
export function containerHasKind(templateId: string, kind: Kind): boolean {
  return idx().containers.get(templateId)?.has(kind) ?? false;
}

/** The fields the form of `kind` has, in catalogue order (groups included). */
export function fieldsForKind(kind: Kind): readonly FieldDef[] {
  return idx().byKind.get(kind) ?? [];
}

export function getEnum(name: string): EnumDef | undefined {
  return idx().enums.get(name);
}

export function getBoxList(name: string): BoxListDef | undefined {
  return idx().boxLists.get(name);
}

/** The option list of a choice field for a kind (`V.1.thresholdResult` differs per kind). */
export function enumFor(def: FieldDef, kind: Kind): EnumDef | undefined {
  const name = def.enumByKind?.[kind] ?? def.enum ?? (def.enumByKind ? Object.values(def.enumByKind)[0] : undefined);
  return name === undefined ? undefined : getEnum(name);
}

/** The options the form of `kind` prints (TARGET_COUNT's `ge300k` is zenko-only). */
export function optionsForKind(enumDef: EnumDef, kind: Kind): EnumDef['options'] {
  return enumDef.options.filter((o) => !o.kinds || o.kinds.includes(kind));
}

export function boxListFor(def: FieldDef): BoxListDef | undefined {
  return def.boxes === undefined ? undefined : getBoxList(def.boxes);
}

export function getSection(templateId: string): SectionDef | undefined {
  return idx().sections.get(templateId);
}

/** The innermost section (item, annex or part) whose id is a segment prefix of the template id. */
export function sectionOf(templateId: string): SectionDef | undefined {
  const segments = templateId.split('.');
  for (let i = segments.length; i > 0; i--) {
    const section = idx().sections.get(segments.slice(0, i).join('.'));
    if (section) return section;
  }
  return undefined;
}

/** The Ⅲ risk block that contains a template id, if any. */
export function riskOf(templateId: string): RiskDef | undefined {
  const segments = templateId.split('.');
  for (let i = segments.length; i > 0; i--) {
    const risk = idx().risks.get(segments.slice(0, i).join('.'));
    if (risk) return risk;
  }
  return undefined;
}

/**
 * Whether a field falls under 重要な変更 (※) in the form of `kind`: the label carries ※ or it sits in
 * a ※ section. `III[f].7.leak.seriousIncident` (and its two sub-rows) is the exception the Ⅲ heading
 * names. Accepts instance ids and box references.
 */
export function isImportant(fieldId: string, kind: Kind): boolean {
  const def = getFieldDef(splitBoxReference(fieldId).fieldId);
  if (!def || !def.kinds.includes(kind)) return false;
  return def.important?.[kind] !== undefined;
}

/** `pointerToFieldId`'s field test over the catalogue: checks fields take a box token, groups hold slots. */
function isField(templateId: string): 'checks' | boolean {
  const def = idx().fields.get(templateId);
  if (!def) return false;
  return def.type === 'checks' ? 'checks' : true;
}

/**
 * The field a JSON pointer is in: `/II[1]/4/item[2]/subcontract/raw` → field `II[1].4.item[2].subcontract`
 * with rest `['raw']`; `/II[1]/3/sources/otherDept/text` → field `II[1].3.sources`, box `otherDept`,
 * rest `['text']`. A pointer inside a group slot but outside its fields resolves to the group.
 */
export function pointerToField(pointer: string): { fieldId: string; box?: string; rest: string[] } | undefined {
  return pointerToFieldId(pointer, isField);
}
