/**
 * Declarative rules: house rules written as data in a config (`customRules`), the way Spectral
 * rulesets are. They never run code: a definition selects fields by canonical field-id pattern,
 * optionally narrows them by conditions on other fields, and applies one of a fixed set of checks.
 * The config JSON Schema (src/config/schema.ts) describes the same shape for editors.
 */
import type { Kind } from '../model/kinds.js';
import type { LocalizedText, RuleCategory } from './types.js';

export type DeclarativeScalar = string | number | boolean;

/**
 * A condition on another field. `field` is a sibling of the checked field in the same slot
 * (`subcontract`, or a box `sources#otherDept`), or a field id pattern whose `[*]` take the indexes
 * of the checked field (`II[*].4.has` for a field under `II[2]` reads `II[2].4.has`). One test.
 */
export interface DeclarativeCondition {
  field: string;
  /** A choice's option name or printed text, a date's ISO date or printed text, a box's checked state, a count, a text. */
  equals?: DeclarativeScalar;
  notEquals?: DeclarativeScalar;
  in?: DeclarativeScalar[];
  notIn?: DeclarativeScalar[];
  /** true: the field has content (not missing, blank or a dash); false: it has none. */
  filled?: boolean;
  /** The field's text matches this regular expression (checked for catastrophic backtracking). */
  pattern?: string;
  flags?: string;
}

/** What to check on each selected field. Several checks may be combined; the first failing one is reported. */
export interface DeclarativeCheck {
  /** The field must have a value (a dash 「—」 counts as one). */
  required?: true;
  /** The text must match (JavaScript regular expression, always with the `u` flag). */
  pattern?: string;
  /** The text must not match; the match is what gets reported. */
  notPattern?: string;
  /** Extra flags for pattern / notPattern: i, m, s. */
  flags?: string;
  /** The value must be one of these (a choice's option name or printed text, or a text). */
  enum?: DeclarativeScalar[];
  /** Length in characters (code points). */
  minLength?: number;
  maxLength?: number;
  /** Terms that must all appear; an inner list is a set of alternatives (one of them suffices). */
  mustMention?: (string | string[])[];
  /** The text must equal another field's (after Unicode NFKC normalisation and whitespace folding). */
  equalsField?: string;
}

export interface DeclarativeRuleDefinition {
  description?: LocalizedText | string;
  /** Field-id patterns: `[*]` any slot, `*` any text within one segment, a container or `.**` for every field below it. */
  fields: string | string[];
  kinds?: Kind[];
  when?: DeclarativeCondition | DeclarativeCondition[];
  /** `each` (default): every selected field must pass. `any`: one passing field is enough (one report otherwise). */
  match?: 'each' | 'any';
  check: DeclarativeCheck;
  /** The message; `{{label}}`, `{{value}}`, `{{field}}`, `{{expected}}` and `{{missing}}` are filled in. */
  message: LocalizedText | string;
  severity?: 'info' | 'warn' | 'error';
  category?: RuleCategory;
  docsUrl?: string;
}

/** The checks in the order they are tried on a field (the first failure is the one reported). */
export const CHECK_KINDS = ['required', 'enum', 'pattern', 'notPattern', 'minLength', 'maxLength', 'mustMention', 'equalsField'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Longest pattern accepted (a house rule's regex is a phrase, not a program). */
export const MAX_PATTERN_LENGTH = 300;
