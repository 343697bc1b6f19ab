/**
 * What the config JSON Schema cannot say about a declarative rule (pure): that its field patterns
 * name fields of the form, that references to other fields resolve, that its regular expressions
 * compile and stay short, that `required` names single fields. The ReDoS check of the patterns is
 * the config loader's (src/config/regex-safety.ts). Each problem carries a JSON pointer relative to
 * the rule's definition, so that the config error points into the file.
 */
import { editDistance } from '../model/options.js';
import { FIELD_DEFS } from '../model/catalogue/index.js';
import { getFieldDef } from '../model/catalogue.js';
import { toTemplateId } from '../model/field-id.js';
import {
  bindingProblem,
  catalogueFieldsOf,
  isLeafPattern,
  isSiblingReference,
  parseFieldPattern,
  referenceTemplate,
  type FieldPattern,
} from './declarative-fields.js';
import { MAX_PATTERN_LENGTH, type DeclarativeRuleDefinition } from './declarative-types.js';

export interface DefinitionProblem {
  /** JSON pointer inside the definition (`/check/pattern`). */
  pointer: string;
  message: string;
}

/** A regular expression as declarative rules compile it: always Unicode, plus the allowed flags. */
export function compileRegex(source: string, flags: string | undefined): RegExp {
  return new RegExp(source, `u${flags ?? ''}`);
}

export function regexProblem(source: string, flags: string | undefined): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) {
    return `正規表現が長すぎます (${source.length} 文字、上限 ${MAX_PATTERN_LENGTH}) / the regular expression is too long (${source.length} characters, at most ${MAX_PATTERN_LENGTH})`;
  }
  try {
    compileRegex(source, flags);
    return undefined;
  } catch (error) {
    return `正規表現として不正です / not a valid regular expression: ${(error as Error).message}`;
  }
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The catalogue id nearest to a misspelt one, when it is close enough to be a likely typo. */
function nearestFieldId(template: string): string | undefined {
  let best: string | undefined;
  let distance = Infinity;
  for (const def of FIELD_DEFS) {
    const d = editDistance(template, def.id);
    if (d < distance) [best, distance] = [def.id, d];
  }
  return distance <= Math.max(2, Math.floor(template.length / 5)) ? best : undefined;
}

function fieldHint(source: string): string {
  const hint = nearestFieldId(toTemplateId(source));
  return hint ? ` (「${hint}」のような項目IDではありませんか / did you mean a field like "${hint}"?)` : '';
}

/** Problems with a reference to another field (a condition's `field`, `equalsField`). */
function referenceProblems(source: string, fields: FieldPattern[], pointer: string): DefinitionProblem[] {
  const reference = parseFieldPattern(source);
  if (!reference || reference.deep || reference.segments.some((s) => s.name.includes('*'))) {
    return [{ pointer, message: `「${source}」は項目の参照として不正です (兄弟項目名か、[*] を含む項目ID) / "${source}" is not a field reference (a sibling's name, or a field id that may use [*])` }];
  }
  const problems: DefinitionProblem[] = [];
  for (const field of fields) {
    if (!isSiblingReference(source)) {
      const binding = bindingProblem(reference, field);
      if (binding) {
        problems.push({ pointer, message: binding });
        continue;
      }
    }
    const template = referenceTemplate(reference, field);
    // A sibling of a container pattern's fields varies by field: nothing to check ahead.
    if (template === undefined) continue;
    if (!getFieldDef(template)) {
      problems.push({
        pointer,
        message: `「${source}」は「${field.source}」から見て様式にない項目です / "${source}" names no field of the form next to "${field.source}" (${template})${fieldHint(template)}`,
      });
    }
  }
  return problems;
}

/** Every problem with one definition that the schema does not catch; empty when it is usable. */
export function declarativeRuleProblems(definition: DeclarativeRuleDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const fields: FieldPattern[] = [];
  asArray(definition.fields).forEach((source, index) => {
    const pointer = Array.isArray(definition.fields) ? `/fields/${index}` : '/fields';
    const pattern = parseFieldPattern(source);
    if (!pattern || pattern.box !== undefined) {
      problems.push({ pointer, message: `「${source}」は項目IDのパターンとして不正です / "${source}" is not a field-id pattern` });
      return;
    }
    if (catalogueFieldsOf(pattern).length === 0) {
      problems.push({ pointer, message: `「${source}」に当たる項目が様式にありません / "${source}" matches no field of the form${fieldHint(source)}` });
      return;
    }
    if (definition.check.required && !isLeafPattern(pattern)) {
      problems.push({
        pointer,
        message: `required は一つの項目を指すパターンにだけ使えます (「${source}」はまとまりか複数の項目) / required needs a pattern naming one field, "${source}" names a container or several fields`,
      });
      return;
    }
    fields.push(pattern);
  });
  asArray(definition.when).forEach((condition, index) => {
    const pointer = Array.isArray(definition.when) ? `/when/${index}` : '/when';
    problems.push(...referenceProblems(condition.field, fields, `${pointer}/field`));
    if (condition.pattern !== undefined) {
      const problem = regexProblem(condition.pattern, condition.flags);
      if (problem) problems.push({ pointer: `${pointer}/pattern`, message: problem });
    }
  });
  const { check } = definition;
  for (const key of ['pattern', 'notPattern'] as const) {
    const source = check[key];
    if (source === undefined) continue;
    const problem = regexProblem(source, check.flags);
    if (problem) problems.push({ pointer: `/check/${key}`, message: problem });
  }
  if (check.minLength !== undefined && check.maxLength !== undefined && check.minLength > check.maxLength) {
    problems.push({ pointer: '/check/minLength', message: `minLength (${check.minLength}) が maxLength (${check.maxLength}) より大きくなっています / minLength is greater than maxLength` });
  }
  if (check.equalsField !== undefined) problems.push(...referenceProblems(check.equalsField, fields, '/check/equalsField'));
  return problems;
}
