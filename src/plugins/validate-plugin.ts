/**
 * Validates what a plugin module exports before any of its rules is used: the plugin shape and each
 * rule's meta against the JSON Schemas of rule-meta-schema.ts, plus what a schema cannot say (a
 * `check` function, `meta.id` equal to the rule's key, an options schema that compiles, default
 * options that satisfy it). Problems are plain sentences (Japanese / English) with a path into the
 * plugin (`rules.approved-contractor.meta.category`), for the config error that names the plugin.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { PialintPlugin } from './types.js';
import { pluginSchema, ruleMetaSchema } from './rule-meta-schema.js';

// verbose: errors carry the offending value, for "(got …)".
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
let pluginValidator: ValidateFunction | undefined;
let metaValidator: ValidateFunction | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeError(prefix: string, error: ErrorObject): string {
  const where = `${prefix}${error.instancePath.replaceAll('/', '.')}`.replace(/^\./, '') || '(plugin)';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${where}: 「${String(params.missingProperty)}」がありません / "${String(params.missingProperty)}" is required`;
    case 'additionalProperties':
      return `${where}: 不明なキー「${String(params.additionalProperty)}」 / unknown key "${String(params.additionalProperty)}"`;
    case 'enum':
      return `${where}: ${(params.allowedValues as unknown[]).map(String).join(' / ')} のいずれかです / must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')} (got ${JSON.stringify(error.data)})`;
    case 'minProperties':
      return `${where}: ${String(params.limit)} 個以上の項目が必要です / must have at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}`;
    case 'type':
      return `${where}: ${String(params.type)} でなければなりません / must be ${String(params.type)} (got ${JSON.stringify(error.data)})`;
    case 'pattern':
      return `${where}: 形式が違います / must match ${String(params.pattern)} (got ${JSON.stringify(error.data)})`;
    case 'propertyNames':
      return `${where}: キー「${String(params.propertyName)}」の形式が不正です / invalid key "${String(params.propertyName)}"`;
    default:
      return `${where}: ${error.message ?? 'invalid'}${error.data !== undefined && typeof error.data !== 'object' ? ` (got ${JSON.stringify(error.data)})` : ''}`;
  }
}

function schemaProblems(validate: ValidateFunction, value: unknown, prefix: string): string[] {
  if (validate(value)) return [];
  // propertyNames reports twice (the name, then a generic line): keep the one that names the key.
  return (validate.errors ?? []).filter((e) => !(e.keyword === 'pattern' && e.propertyName !== undefined)).map((e) => describeError(prefix, e));
}

/**
 * Problems with one rule (its meta, `check`, options schema and default options); empty when valid.
 * `expectedId` is the key the plugin lists the rule under.
 */
export function ruleProblems(rule: unknown, expectedId: string | undefined, prefix = ''): string[] {
  if (!isRecord(rule)) return [`${prefix || 'rule'}: ルールはオブジェクトです / a rule must be an object`];
  const problems: string[] = [];
  metaValidator ??= ajv.compile(ruleMetaSchema);
  problems.push(...schemaProblems(metaValidator, rule.meta, `${prefix}.meta`.replace(/^\./, '')));
  if (typeof rule.check !== 'function') problems.push(`${prefix}.check`.replace(/^\./, '') + ': 関数ではありません / must be a function');
  const meta = isRecord(rule.meta) ? rule.meta : {};
  if (expectedId !== undefined && typeof meta.id === 'string' && meta.id !== expectedId) {
    problems.push(`${prefix}.meta.id`.replace(/^\./, '') + `: 「${meta.id}」はキー「${expectedId}」と一致しません / "${meta.id}" differs from its key "${expectedId}"`);
  }
  if (isRecord(meta.schema)) {
    let validateOptions: ValidateFunction | undefined;
    try {
      validateOptions = ajv.compile(meta.schema);
    } catch (error) {
      problems.push(`${prefix}.meta.schema`.replace(/^\./, '') + `: JSON Schema として不正です / not a valid JSON Schema (${(error as Error).message})`);
    }
    if (validateOptions && rule.defaultOptions !== undefined && !validateOptions(rule.defaultOptions)) {
      problems.push(
        `${prefix}.defaultOptions`.replace(/^\./, '') +
          `: meta.schema に合いません / does not satisfy meta.schema (${(validateOptions.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ')})`,
      );
    }
  } else if (rule.defaultOptions !== undefined && isRecord(rule.defaultOptions) && Object.keys(rule.defaultOptions).length > 0) {
    problems.push(`${prefix}.meta.schema`.replace(/^\./, '') + ': defaultOptions があるのに schema がありません / defaultOptions given without meta.schema');
  }
  return problems;
}

/** The plugin, or the list of what is wrong with it. */
export function validatePlugin(value: unknown): { plugin: PialintPlugin; problems: [] } | { plugin?: undefined; problems: string[] } {
  pluginValidator ??= ajv.compile(pluginSchema);
  const problems = schemaProblems(pluginValidator, value, '');
  if (problems.length > 0 || !isRecord(value)) return { problems: problems.length > 0 ? problems : ['プラグインはオブジェクトです / a plugin must be an object'] };
  for (const [id, rule] of Object.entries(isRecord(value.rules) ? value.rules : {})) {
    problems.push(...ruleProblems(rule, id, `rules.${id}`));
  }
  if (problems.length > 0) return { problems };
  return { plugin: value as unknown as PialintPlugin, problems: [] };
}
