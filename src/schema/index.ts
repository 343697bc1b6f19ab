/**
 * JSON Schemas of assessment documents and their validation. `buildAssessmentSchema` has no ajv
 * dependency (scripts and the LSP can generate schemas cheaply); `validateAssessment` loads ajv.
 */
export { buildAssessmentSchema, buildEnvelopeSchema, ISO_DATE_PATTERN, KIND_NAMES, DRAFT_07 } from './assessment-schema.js';
export type { JsonSchema } from './assessment-schema.js';
export { validateAssessment } from './validate.js';
export type { SchemaProblem } from './problems.js';
