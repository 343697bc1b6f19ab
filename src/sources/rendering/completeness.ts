/**
 * After reading: which fields of the kind the rendering did not give, said as notes and recorded
 * as unknown (so rules stay silent on them), and the states that other values prove (DEP-06: a
 * positive count or filled slots mean the box was checked even when it rendered unchecked).
 */
import type { AssessmentBuilder } from './builder.js';
import type { FieldEntry, FormView } from './form-view.js';

/** Fields the importer never expects to find printed as a row. */
function expected(entry: FieldEntry): boolean {
  const t = entry.def.type;
  if (t === 'const' || t === 'group') return false;
  if (entry.id === 'meta.kind' || entry.id === 'cover.formVersion') return false;
  // Annex rows, change-log rows and attachments are free-form: their absence is not a loss.
  if (entry.id.startsWith('annex.records') || entry.id.startsWith('annex.changes') || entry.id.startsWith('attachments')) return false;
  return true;
}

function slotNumbers(b: AssessmentBuilder, containerId: string, group: string): number[] {
  const container = b.get(containerId);
  if (!container || typeof container !== 'object') return [];
  const out: number[] = [];
  for (const key of Object.keys(container)) {
    const m = new RegExp(`^${group}\\[(\\d+)\\]$`).exec(key);
    if (m) out.push(Number(m[1]));
  }
  return out.sort((x, y) => x - y);
}

function countOf(b: AssessmentBuilder, id: string): number | undefined {
  const v = b.get(id);
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
}

/** Slot numbers a block should have: the printed ones plus those a count implies (up to 20 on the form). */
function expectedSlots(b: AssessmentBuilder, container: string, group: string, countId: string | undefined): { all: number[]; missing: number[] } {
  const seen = slotNumbers(b, container, group);
  const count = countId ? countOf(b, countId) : undefined;
  const all = new Set(seen);
  const missing: number[] = [];
  // Slots are numbered from 1 without gaps on the form: a gap below the highest printed slot was lost.
  const highest = seen.length > 0 ? Math.max(...seen) : 0;
  for (let n = 1; n < Math.min(highest, 21); n++) {
    if (!all.has(n)) {
      missing.push(n);
      all.add(n);
    }
  }
  if (count !== undefined) {
    // An overflow slot pointing to an annex (`別添3「…一覧」参照`) stands for all of them.
    const first = b.get(`${container}.${group}[1]`);
    const name = first && typeof first === 'object' ? Object.values(first as Record<string, unknown>)[0] : undefined;
    const pointsToAnnex = typeof name === 'string' && /別添|別紙/.test(name);
    const limit = pointsToAnnex ? 1 : Math.min(count, 20);
    for (let n = 1; n <= limit; n++) {
      if (!all.has(n)) missing.push(n);
      all.add(n);
    }
  }
  return { all: [...all].sort((x, y) => x - y), missing };
}

export function completeness(b: AssessmentBuilder, view: FormView): void {
  const fileNames = b.get('I.3.fileNames');
  let files = Array.isArray(fileNames) ? Math.max(1, fileNames.length) : 1;
  for (const key of Object.keys(b.assessment)) {
    const m = /^(?:II|III)\[(\d+)\]$/.exec(key);
    if (m) files = Math.max(files, Number(m[1]));
  }

  deriveProvision(b, view, files);

  const reportedBlocks = new Set<string>();
  for (const entry of view.fields) {
    if (!expected(entry)) continue;
    for (let f = 1; f <= (entry.id.includes('[f]') ? files : 1); f++) {
      const template = entry.id.replace(/\[f\]/g, `[${f}]`);
      const groupMatch = /^(.*?)\.([A-Za-z]+)\[n\]\.(.+)$/.exec(template);
      if (!groupMatch) {
        checkField(b, view, entry, template, reportedBlocks);
        continue;
      }
      const [, container, group] = groupMatch as unknown as [string, string, string];
      const countId = group === 'item' ? `${container}.count` : group === 'provide' ? `${container}.provideCount` : group === 'transfer' ? `${container}.transferCount` : undefined;
      const slots = expectedSlots(b, container, group, countId);
      for (const n of slots.all) {
        const id = template.replace(`${group}[n]`, `${group}[${n}]`);
        if (slots.missing.includes(n)) {
          b.unknownFields.add(id);
          const slotKey = `${container}.${group}[${n}]`;
          if (!reportedBlocks.has(slotKey)) {
            reportedBlocks.add(slotKey);
            b.note('warning', 'slotMissing', slotKey, { label: slotLabel(view, group, n) });
          }
          continue;
        }
        checkField(b, view, entry, id, reportedBlocks);
      }
    }
  }
}

function slotLabel(view: FormView, group: string, n: number): string {
  const entry = view.fields.find((f) => f.def.type === 'group' && f.id.endsWith(`.${group}[n]`));
  return (entry?.label.label ?? `${group}N`).replace(/N$/, String(n));
}

function checkField(b: AssessmentBuilder, view: FormView, entry: FieldEntry, id: string, reported: Set<string>): void {
  // A field the reader already left unknown has its own note saying why.
  if (b.has(id) || b.unknownFields.has(id)) return;
  b.unknownFields.add(id);
  // A whole block lost (no field of the section instance found): one note for the block.
  const section = entry.section;
  if (section) {
    const sectionInstance = id.split('.').slice(0, section.id.split('.').length).join('.');
    const slotPrefix = /^(.*\[\d+\])\.[^.[]+$/.exec(id)?.[1];
    const container = slotPrefix && slotPrefix.length > sectionInstance.length ? slotPrefix : sectionInstance;
    if (!b.has(container)) {
      if (!reported.has(container)) {
        reported.add(container);
        const number = section.def.numbers[view.kind];
        const title = view.kind in section.def.titles ? section.def.titles[view.kind]!.label : Object.values(section.def.titles)[0]?.label ?? section.id;
        const label = `${number ? number.part + (number.item ? ` ${number.item}.` : '') + ' ' : ''}${title}`;
        b.note('warning', 'blockNotFound', container, { label });
      }
      return;
    }
  }
  b.note('info', 'fieldNotFound', id, { label: view.displayLabel(entry) });
}

/** DEP-06: `提供を行っている ( 26 ) 件` rendered unchecked, or slots present: the box was checked. */
function deriveProvision(b: AssessmentBuilder, view: FormView, files: number): void {
  const hasEntry = view.fieldById('II[f].5.has');
  for (let f = 1; f <= files; f++) {
    const base = `II[${f}].5`;
    const has = b.get(`${base}.has`);
    if (!has || typeof has !== 'object') continue;
    const boxes = has as Record<string, { checked: boolean | null }>;
    for (const [box, countId, group] of [
      ['providing', `${base}.provideCount`, 'provide'],
      ['transferring', `${base}.transferCount`, 'transfer'],
    ] as const) {
      const state = boxes[box];
      if (!state || state.checked === true) continue;
      const count = countOf(b, countId);
      const slots = slotNumbers(b, base, group);
      if (count !== undefined || slots.length > 0) {
        state.checked = true;
        b.setConfidence(`${base}.has`, Math.min(b.confidence.get(`${base}.has`) ?? 1, 0.8));
        const boxLabel = hasEntry?.boxes?.find((x) => x.name === box)?.label ?? box;
        b.note('info', 'checkDerived', `${base}.has#${box}`, { label: hasEntry ? view.displayLabel(hasEntry) : box, box: boxLabel });
      }
    }
  }
}
