/**
 * The form catalogue as data (shared/docs/form-catalogue.md §1–§5, §8): every field of the three
 * forms in catalogue order, the single-choice lists, the checkbox lists, the section crosswalk and
 * the risk blocks of Ⅲ. Lookups live in ../catalogue.ts; this folder holds data only.
 */
import type { FieldDef } from '../catalogue-types.js';
import { ANNEX_FIELDS } from './annex.js';
import { COVER_I_FIELDS } from './cover-i.js';
import { II_FIELDS } from './ii.js';
import { III_FIELDS } from './iii.js';
import { IV_V_KISO_FIELDS } from './iv-v-kiso.js';

export const FIELD_DEFS: readonly FieldDef[] = [
  ...COVER_I_FIELDS,
  ...II_FIELDS,
  ...III_FIELDS,
  ...IV_V_KISO_FIELDS,
  ...ANNEX_FIELDS,
];

export { ENUM_DEFS } from './enums.js';
export { BOX_LIST_DEFS } from './boxes.js';
export { SECTION_DEFS, RISK_DEFS } from './sections.js';
