/**
 * The model: kinds, the value model, canonical field ids, and the form catalogue with its lookups,
 * labels, option matching and document walks. Pure: no I/O.
 */
export * from './kinds.js';
export * from './values.js';
export * from './field-id.js';
export type * from './catalogue-types.js';
export { FIELD_DEFS, ENUM_DEFS, BOX_LIST_DEFS, SECTION_DEFS, RISK_DEFS } from './catalogue/index.js';
export {
  getFieldDef,
  fieldsForKind,
  enumFor,
  optionsForKind,
  boxListFor,
  getEnum,
  getBoxList,
  getSection,
  sectionOf,
  riskOf,
  isContainerTemplate,
  containerHasKind,
  isImportant,
  pointerToField,
} from './catalogue.js';
export { fieldLabel, fieldLabelOptions, labelFor, printedLabel } from './labels.js';
export type { FieldLabelOptions } from './labels.js';
export { normalizeForMatch, labelMatches } from './normalize.js';
export { matchOption, nearestOption, matchBox, fieldsByLabel, riskHeadingMatches, editDistance } from './options.js';
export { iterateFields, findUnknownKeys, RESERVED_ROOT_KEYS } from './walk.js';
export type { FieldEntry, UnknownKey, UnknownKeyReason } from './walk.js';
