/**
 * Validates an assessment against its kind's schema (ajv, all errors) and reports keys the catalogue
 * does not know at info level. Each kind's validator is compiled once, on first use, and reused.
 */
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { findUnknownKeys, isKind } from '../model/index.js';
import type { Kind } from '../model/index.js';
import { EDITOR_KEYWORDS, buildAssessmentSchema, buildEnvelopeSchema } from './assessment-schema.js';
import { ajvErrorToProblem, unknownKeyToProblem } from './problems.js';
import type { SchemaProblem } from './problems.js';

let ajv: Ajv | undefined;
const validators = new Map<Kind | 'envelope', ValidateFunction>();

function compiler(): Ajv {
  if (!ajv) {
    // allowUnionTypes: values are `["string", "null"]` and the like (empty is null, catalogue §1.4).
    ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
    ajv.addVocabulary(EDITOR_KEYWORDS);
  }
  return ajv;
}

function validatorFor(key: Kind | 'envelope'): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    const schema = key === 'envelope' ? buildEnvelopeSchema() : buildAssessmentSchema(key);
    validate = compiler().compile(schema);
    validators.set(key, validate);
  }
  return validate;
}

function documentKind(assessment: unknown): Kind | undefined {
  if (typeof assessment !== 'object' || assessment === null) return undefined;
  const meta = (assessment as { meta?: unknown }).meta;
  if (typeof meta !== 'object' || meta === null) return undefined;
  const kind = (meta as { kind?: unknown }).kind;
  return isKind(kind) ? kind : undefined;
}

/**
 * Schema problems of a document: shape errors (`severity: 'error'`) and unknown keys (`'info'`).
 * With `kind`, the document is checked against that kind's form (and `meta.kind` must say so);
 * without it, `meta.kind` chooses the form, exactly as the combined schema does.
 */
export function validateAssessment(assessment: unknown, kind?: Kind): SchemaProblem[] {
  const formKind = kind ?? documentKind(assessment);
  const validate = validatorFor(formKind ?? 'envelope');
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  if (!validate(assessment)) {
    for (const error of validate.errors ?? []) {
      const problem = ajvErrorToProblem(error as ErrorObject, assessment, formKind);
      if (!problem) continue;
      const key = `${problem.pointer}\u0000${problem.keyword}\u0000${problem.message.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
  }
  for (const unknown of findUnknownKeys(assessment, formKind)) problems.push(unknownKeyToProblem(unknown, formKind));
  return problems;
}
