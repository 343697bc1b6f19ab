/**
 * JSON Schemas (draft-07) of a plugin and of a rule's meta: what the loader checks before a plugin's
 * rules are used, and what RuleTester checks before it runs a rule. Functions (`check`) are outside
 * JSON Schema's reach; validate-plugin.ts checks them by hand.
 */
import type { RuleCategory } from '../engine/types.js';

/** Every rule category, in the order `pialint rules` and `--fix-type` list them. */
export const RULE_CATEGORIES = [
  'law',
  'count',
  'conditional',
  'required',
  'choice',
  'date',
  'terminology',
  'cross-field',
  'change-log',
  'cloud',
  'procedure',
  'structure',
  'typo',
  'import',
  'schema',
  'syntax',
] as const satisfies readonly RuleCategory[];

// Fails to compile when RuleCategory gains a member that the list above lacks.
type MissingCategory = Exclude<RuleCategory, (typeof RULE_CATEGORIES)[number]>;
const _allCategoriesListed: MissingCategory extends never ? true : MissingCategory = true;
void _allCategoriesListed;

/** A rule id without namespace: lower-case words joined by hyphens (`approved-contractor`). */
export const RULE_ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

const localizedText = {
  type: 'object',
  required: ['ja', 'en'],
  additionalProperties: false,
  properties: {
    ja: { type: 'string', minLength: 1 },
    en: { type: 'string', minLength: 1 },
  },
} as const;

export const ruleMetaSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'pialint rule meta',
  type: 'object',
  required: ['id', 'category', 'defaultSeverity', 'description', 'messages'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: RULE_ID_PATTERN },
    category: { enum: [...RULE_CATEGORIES] },
    defaultSeverity: { enum: ['info', 'warn', 'error'] },
    description: localizedText,
    docsUrl: { type: 'string', pattern: '^https?://' },
    fixable: { const: 'code' },
    hasSuggestions: { type: 'boolean' },
    schema: { type: 'object' },
    messages: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
      additionalProperties: localizedText,
    },
    kinds: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['kiso', 'juten', 'zenko'] } },
    dateDependent: { type: 'boolean' },
    deprecated: { type: 'boolean' },
  },
} as const;

/** The plugin object without its rules' functions (checked separately) and without rule meta (ruleMetaSchema). */
export const pluginSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'pialint plugin',
  type: 'object',
  required: ['meta'],
  properties: {
    meta: {
      type: 'object',
      required: ['name', 'version'],
      properties: {
        // An npm package name (scoped or not); the namespace is derived from it.
        name: { type: 'string', pattern: '^(?:@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$' },
        version: { type: 'string', minLength: 1 },
      },
    },
    rules: {
      type: 'object',
      propertyNames: { pattern: RULE_ID_PATTERN },
      additionalProperties: {
        type: 'object',
        required: ['meta', 'check'],
        properties: { meta: { type: 'object' }, defaultOptions: { type: 'object' } },
      },
    },
    presets: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          rules: { type: 'object' },
          settings: { type: 'object' },
        },
      },
    },
  },
} as const;
