/**
 * Compiles a declarative rule (data from a config's `customRules`) into a RuleModule (pure). Nothing
 * in a definition is executed: field patterns select fields, conditions compare values, and the
 * checks are a fixed set (required, enum, pattern, notPattern, minLength, maxLength, mustMention,
 * equalsField). Regular expressions reach here only after the config loader has refused the
 * catastrophic ones (src/config/regex-safety.ts) and the long ones (declarative-validate.ts).
 *
 * Like the built-in form rules, a declarative rule says nothing about what a rendering could not
 * read: a field (or an enclosing container) the importer marked unknown is skipped, and a missing
 * key counts as empty only in a JSON document.
 */
import type { Kind } from '../model/kinds.js';
import { fieldIdToPointer, getFieldValue, splitBoxReference } from '../model/field-id.js';
import { getFieldDef } from '../model/catalogue.js';
import { createRule } from './create-rule.js';
import { compileRegex } from './declarative-validate.js';
import { parseFieldPattern, resolveReference, selectFields, type FieldPattern, type SelectedField } from './declarative-fields.js';
import { codePointLength, codePointOffset, comparableText, valueEquals, valueState, valueText } from './declarative-values.js';
import {
  CHECK_KINDS,
  type CheckKind,
  type DeclarativeCheck,
  type DeclarativeCondition,
  type DeclarativeRuleDefinition,
} from './declarative-types.js';
import type { AnyRuleModule, LocalizedText, ReportDescriptor, RuleCategory, RuleContext } from './types.js';

/** Where a declarative rule without its own `docsUrl` links: the section of docs/plugins.md on them. */
export const DECLARATIVE_DOCS_URL = 'https://github.com/pialint/pialint/blob/main/docs/plugins.md#declarative-rules';

/** The category a rule gets when its definition names none, from its first check. */
const DEFAULT_CATEGORY: Record<CheckKind, RuleCategory> = {
  required: 'required',
  enum: 'choice',
  pattern: 'terminology',
  notPattern: 'terminology',
  minLength: 'terminology',
  maxLength: 'terminology',
  mustMention: 'terminology',
  equalsField: 'cross-field',
};

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function localized(text: LocalizedText | string): LocalizedText {
  return typeof text === 'string' ? { ja: text, en: text } : text;
}

/** The checks a definition uses, in the order they are tried. */
export function checksOf(check: DeclarativeCheck): CheckKind[] {
  return CHECK_KINDS.filter((kind) => check[kind] !== undefined);
}

/** `{{value}}` shows at most this many characters of a long text. */
const VALUE_PREVIEW = 40;

function preview(text: string): string {
  return codePointLength(text) > VALUE_PREVIEW ? `${[...text].slice(0, VALUE_PREVIEW).join('')}…` : text;
}

function termText(term: string | string[]): string {
  return Array.isArray(term) ? term.map((t) => `「${t}」`).join(' / ') : `「${term}」`;
}

interface Compiled {
  fields: FieldPattern[];
  conditions: { condition: DeclarativeCondition; reference: FieldPattern; pattern?: RegExp }[];
  pattern?: RegExp;
  notPattern?: RegExp;
  equalsField?: FieldPattern;
}

/** A failed check on one field: what to report. */
interface Failure {
  kind: CheckKind;
  target: string;
  span?: { start: number; end: number };
  data: Record<string, string | number>;
  related?: ReportDescriptor['related'];
}

function compile(definition: DeclarativeRuleDefinition): Compiled {
  const parse = (source: string): FieldPattern => {
    const pattern = parseFieldPattern(source);
    if (!pattern) throw new Error(`invalid field pattern "${source}"`);
    return pattern;
  };
  const { check } = definition;
  return {
    fields: asArray(definition.fields).map(parse),
    conditions: asArray(definition.when).map((condition) => ({
      condition,
      reference: parse(condition.field),
      ...(condition.pattern !== undefined ? { pattern: compileRegex(condition.pattern, condition.flags) } : {}),
    })),
    ...(check.pattern !== undefined ? { pattern: compileRegex(check.pattern, check.flags) } : {}),
    ...(check.notPattern !== undefined ? { notPattern: compileRegex(check.notPattern, check.flags) } : {}),
    ...(check.equalsField !== undefined ? { equalsField: parse(check.equalsField) } : {}),
  };
}

/** Whether the importer lost this field or a container around it (then the rule says nothing). */
function isUnknown(context: RuleContext, id: string): boolean {
  const { fieldId, box } = splitBoxReference(id);
  for (let dot = fieldId.indexOf('.'); dot >= 0; dot = fieldId.indexOf('.', dot + 1)) if (context.isUnknown(fieldId.slice(0, dot))) return true;
  return context.isUnknown(fieldId) || (box !== undefined && context.isUnknown(id));
}

/** A value that is absent from a rendering was lost, not left out: only JSON documents know "missing". */
function isLost(context: RuleContext, value: unknown): boolean {
  return value === undefined && context.source.kind !== 'json';
}

type ConditionOutcome = 'holds' | 'fails' | 'unknown';

function evaluateCondition(context: RuleContext, entry: Compiled['conditions'][number], fieldId: string): ConditionOutcome {
  const id = resolveReference(entry.reference, fieldId);
  if (id === undefined || isUnknown(context, id)) return 'unknown';
  const value = getFieldValue(context.assessment, id);
  if (isLost(context, value)) return 'unknown';
  const { condition } = entry;
  const holds = (ok: boolean): ConditionOutcome => (ok ? 'holds' : 'fails');
  if (condition.equals !== undefined) return holds(valueEquals(value, condition.equals));
  if (condition.notEquals !== undefined) return holds(!valueEquals(value, condition.notEquals));
  if (condition.in !== undefined) return holds(condition.in.some((v) => valueEquals(value, v)));
  if (condition.notIn !== undefined) return holds(!condition.notIn.some((v) => valueEquals(value, v)));
  if (condition.filled !== undefined) return holds((valueState(value) === 'filled') === condition.filled);
  if (entry.pattern) {
    const text = valueText(value);
    return holds(text !== undefined && entry.pattern.test(text));
  }
  return 'holds';
}

/** The texts of a value to check: one for a scalar, one per element (with its pointer) for a list. */
function textsOf(field: SelectedField): { target: string; text: string }[] {
  if (Array.isArray(field.value)) {
    const pointer = fieldIdToPointer(field.fieldId);
    return field.value.flatMap((item, index) => (typeof item === 'string' && item.trim() !== '' ? [{ target: `${pointer}/${index}`, text: item }] : []));
  }
  const text = valueText(field.value);
  return text !== undefined && text.trim() !== '' ? [{ target: field.fieldId, text }] : [];
}

function checkText(context: RuleContext, compiled: Compiled, check: DeclarativeCheck, field: SelectedField, target: string, text: string): Failure | undefined {
  const base = { value: preview(text) };
  if (check.enum !== undefined && !check.enum.some((v) => valueEquals(Array.isArray(field.value) ? text : field.value, v))) {
    return { kind: 'enum', target, data: { ...base, expected: check.enum.map((v) => `「${String(v)}」`).join('、') } };
  }
  if (compiled.pattern && !compiled.pattern.test(text)) {
    return { kind: 'pattern', target, data: { ...base, expected: check.pattern! } };
  }
  if (compiled.notPattern) {
    const match = compiled.notPattern.exec(text);
    if (match) {
      const span = match[0].length > 0 ? { start: match.index, end: match.index + match[0].length } : undefined;
      return { kind: 'notPattern', target, ...(span ? { span } : {}), data: { ...base, expected: check.notPattern!, match: match[0] } };
    }
  }
  const length = codePointLength(text);
  if (check.minLength !== undefined && length < check.minLength) {
    return { kind: 'minLength', target, data: { ...base, expected: check.minLength, length } };
  }
  if (check.maxLength !== undefined && length > check.maxLength) {
    return { kind: 'maxLength', target, span: { start: codePointOffset(text, check.maxLength), end: text.length }, data: { ...base, expected: check.maxLength, length } };
  }
  if (check.mustMention !== undefined) {
    const missing = check.mustMention.filter((term) => !asArray(term).some((t) => text.includes(t)));
    if (missing.length > 0) {
      return { kind: 'mustMention', target, data: { ...base, missing: missing.map(termText).join('、'), expected: check.mustMention.map(termText).join('、') } };
    }
  }
  if (compiled.equalsField) {
    const otherId = resolveReference(compiled.equalsField, field.fieldId);
    if (otherId === undefined || isUnknown(context, otherId)) return undefined;
    const otherText = valueText(getFieldValue(context.assessment, otherId));
    if (otherText === undefined || otherText.trim() === '') return undefined;
    if (comparableText(otherText) !== comparableText(text)) {
      return {
        kind: 'equalsField',
        target,
        data: { ...base, expected: preview(otherText), other: context.label(otherId) },
        related: [{ target: otherId }],
      };
    }
  }
  return undefined;
}

/** The first failing check on one field, or undefined when it passes (or cannot be judged). */
function checkField(context: RuleContext, compiled: Compiled, check: DeclarativeCheck, field: SelectedField): Failure | undefined {
  const state = valueState(field.value);
  if (state === 'missing' || state === 'empty') {
    if (check.required && !isLost(context, field.value)) return { kind: 'required', target: field.fieldId, data: { value: '' } };
    return undefined;
  }
  for (const { target, text } of textsOf(field)) {
    const failure = checkText(context, compiled, check, field, target, text);
    if (failure) return failure;
  }
  return undefined;
}

/**
 * The fields the rule looks at in this document: selected, of this kind's form, known, and meeting
 * `when`. `selected` counts the fields found before the conditions (a `match: any` rule with none at
 * all reports at a placeholder; one whose fields all fail `when` stays silent).
 */
function candidates(context: RuleContext, compiled: Compiled): { fields: SelectedField[]; selected: number } {
  const seen = new Set<string>();
  const out: SelectedField[] = [];
  let selected = 0;
  for (const pattern of compiled.fields) {
    for (const field of selectFields(context.assessment, pattern)) {
      if (seen.has(field.fieldId)) continue;
      seen.add(field.fieldId);
      if (!field.def.kinds.includes(context.kind) || isUnknown(context, field.fieldId)) continue;
      selected++;
      if (compiled.conditions.every((c) => evaluateCondition(context, c, field.fieldId) === 'holds')) out.push(field);
    }
  }
  return { fields: out, selected };
}

/**
 * Where a `match: any` rule reports when the document has none of its fields (no slot at all): the
 * first pattern with slot 1, if that field is in this kind's form and the conditions hold for it.
 * A missing field is placed at its nearest enclosing key.
 */
function placeholderTarget(context: RuleContext, compiled: Compiled): string | undefined {
  const first = compiled.fields[0]!;
  if (first.deep || first.segments.some((s) => s.name.includes('*'))) return undefined;
  const id = first.segments.map((s) => (s.index === undefined ? s.name : `${s.name}[${s.index === '*' ? 1 : s.index}]`)).join('.');
  const def = getFieldDef(id);
  if (!def || def.type === 'group' || !def.kinds.includes(context.kind) || isUnknown(context, id)) return undefined;
  return compiled.conditions.every((c) => evaluateCondition(context, c, id) === 'holds') ? id : undefined;
}

/**
 * Turns a definition into a rule running as `ruleId`. The definition must be valid (config schema
 * plus declarativeRuleProblems, and its regexes vetted); an invalid one throws here.
 */
export function compileDeclarativeRule(ruleId: string, definition: DeclarativeRuleDefinition): AnyRuleModule {
  const compiled = compile(definition);
  const kinds = checksOf(definition.check);
  if (kinds.length === 0) throw new Error(`declarative rule ${ruleId} has no check`);
  const message = localized(definition.message);
  const localId = ruleId.slice(ruleId.lastIndexOf('/') + 1);
  const messages = Object.fromEntries(kinds.map((kind) => [kind, message])) as Record<string, LocalizedText>;
  const fieldList = asArray(definition.fields).join(', ');
  const description =
    definition.description !== undefined
      ? localized(definition.description)
      : { ja: `宣言的ルール: ${fieldList} の ${kinds.join(' / ')}`, en: `Declarative rule: ${kinds.join(' / ')} on ${fieldList}` };
  const check = definition.check;
  const report = (context: RuleContext, failure: Failure) =>
    context.report({
      target: failure.target,
      messageId: failure.kind,
      data: { field: splitBoxReference(failure.target).fieldId, ...failure.data },
      ...(failure.span ? { span: failure.span } : {}),
      ...(failure.related ? { related: failure.related } : {}),
    });
  return createRule({
    meta: {
      id: localId,
      category: definition.category ?? DEFAULT_CATEGORY[kinds[0]!],
      defaultSeverity: definition.severity ?? 'warn',
      description,
      docsUrl: definition.docsUrl ?? DECLARATIVE_DOCS_URL,
      messages,
      ...(definition.kinds ? { kinds: definition.kinds as readonly Kind[] } : {}),
    },
    check(context) {
      const { fields, selected } = candidates(context, compiled);
      if (definition.match !== 'any') {
        for (const field of fields) {
          const failure = checkField(context, compiled, check, field);
          if (failure) report(context, failure);
        }
        return;
      }
      let first: Failure | undefined;
      for (const field of fields) {
        const failure = checkField(context, compiled, check, field);
        if (!failure) return;
        first ??= failure;
      }
      if (first) {
        report(context, first);
        return;
      }
      const target = selected === 0 ? placeholderTarget(context, compiled) : undefined;
      if (target) report(context, { kind: kinds[0]!, target, data: { value: '' } });
    },
  });
}
