import type { Assessment } from '../model/values.js';
import type { Kind, Locale } from '../model/kinds.js';

/**
 * Message severities. 2 and 1 are ESLint's error and warning. 0 is pialint's "info" (import notes,
 * unknown fields): ESLint consumers count it neither as an error nor as a warning.
 */
export type MessageSeverity = 0 | 1 | 2;

/** Severity in config: ESLint's words and numbers (0 = off), plus "info". */
export type ConfigSeverity = 'off' | 'info' | 'warn' | 'error' | 0 | 1 | 2;

export type RuleCategory =
  | 'law'
  | 'count'
  | 'conditional'
  | 'required'
  | 'choice'
  | 'date'
  | 'terminology'
  | 'cross-field'
  | 'change-log'
  | 'cloud'
  | 'procedure'
  | 'structure'
  | 'typo'
  | 'import'
  | 'schema'
  | 'syntax';

/** A text edit on the file the user opened: UTF-16 offsets into the decoded text, like ESLint's fix. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  messageId?: string;
  desc: string;
  fix: TextEdit;
}

export interface RelatedLocation {
  fieldId?: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One message shape for every producer (parser, schema, importer, rules), as ESLint's LintMessage. */
export interface LintMessage {
  ruleId: string | null;
  severity: MessageSeverity;
  message: string;
  messageId?: string;
  /** 1-based line and UTF-16 column, like ESLint. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The canonical field id (instance) the message is about, or null for file-level messages. */
  fieldId: string | null;
  /** The field's label as the form prints it for this kind. */
  fieldLabel?: string;
  fatal?: boolean;
  fix?: TextEdit;
  suggestions?: Suggestion[];
  relatedInformation?: RelatedLocation[];
  /** The as-of date a date-dependent finding used. */
  asOf?: string;
}

/** An edit expressed on the assessment, translated by the source into a text edit. */
export type ValueEdit =
  /** Replace [start, end) of the string at `pointer` (or the field's own string value / `raw`). */
  | { type: 'replaceInString'; target: string; start: number; end: number; text: string }
  /** Replace the whole JSON value at `target` (JSON sources only; renderings drop this fix). */
  | { type: 'setValue'; target: string; value: unknown };

export interface ReportDescriptor {
  /** A field id (`II[1].4.item[2].contractor`, or a box reference `…#other`) or a JSON pointer (`/II[1]/…`). */
  target: string;
  messageId: string;
  data?: Record<string, string | number>;
  /** Narrow the range to [start, end) of the target's string (or its `raw`). */
  span?: { start: number; end: number };
  /** Overrides the severity for this one report (only lower: a rule's "info" notes). */
  severity?: MessageSeverity;
  fix?: ValueEdit | ValueEdit[];
  suggest?: { messageId: string; data?: Record<string, string | number>; fix: ValueEdit | ValueEdit[] }[];
  related?: { target: string; messageId?: string; data?: Record<string, string | number> }[];
  /** The as-of date used, for date-dependent findings. */
  asOf?: string;
  /** A raw text range (offsets), for the import rule whose notes may have no field. Other rules use targets. */
  at?: { start: number; end: number };
}

export interface LocalizedText {
  ja: string;
  en: string;
}

export interface RuleMeta {
  /** Rule id without a plugin prefix (`choice-value`). */
  id: string;
  category: RuleCategory;
  defaultSeverity: Exclude<ConfigSeverity, 'off' | 0 | 1 | 2>;
  description: LocalizedText;
  docsUrl: string;
  fixable?: 'code';
  hasSuggestions?: boolean;
  /** JSON Schema of the options object (one object, like typescript-eslint's defaultOptions). */
  schema?: Record<string, unknown>;
  messages: Record<string, LocalizedText>;
  /** Kinds the rule applies to (all when absent). */
  kinds?: readonly Kind[];
  /** Whether the rule reads the as-of date. */
  dateDependent?: boolean;
  deprecated?: boolean;
}

/** A note from reading a rendering (the importer's ImportNote). */
export interface SourceNote {
  fieldId: string | null;
  severity: 'info' | 'warning';
  messageId: string;
  message: LocalizedText;
  range?: { start: number; end: number };
}

/** Read-only facts about the document that rules may use. */
export interface RuleContext<Options = Record<string, unknown>> {
  readonly ruleId: string;
  readonly assessment: Assessment;
  readonly kind: Kind;
  readonly options: Options;
  readonly locale: Locale;
  /** The as-of date (YYYY-MM-DD) and where it came from. */
  readonly asOf: { date: string; source: 'config' | 'cli' | 'published' | 'changeLog' | 'evaluated' | 'today' };
  /** Shared settings from config (terminology dictionary, …). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Fields whose value a rendering could not recover (the importer's unknowns): rules stay silent on them. */
  isUnknown(fieldId: string): boolean;
  /** The previous version of this document (a git base or an older file), when the run has one. */
  readonly previous?: Assessment;
  /** What the document was read from, and the importer's notes for a rendering. */
  readonly source: { kind: 'json' | 'markdown' | 'pdf-text'; importNotes: readonly SourceNote[] };
  report(descriptor: ReportDescriptor): void;
  /** The label of a field as the form prints it for this document (kind, locale, file names). */
  label(target: string): string;
}

export interface RuleModule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  defaultOptions?: Options;
  /** Pure: reads the assessment, reports through the context. No I/O. */
  check(context: RuleContext<Options>): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRuleModule = RuleModule<any>;

/** The result for one file, in ESLint's shape (plus infoCount), so existing ESLint consumers work. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, when fixes were applied. */
  output?: string;
  /** The source text, for formatters that show it (not set for large runs). */
  source?: string;
  /** The kind of the document, when known. */
  documentKind?: Kind;
  /** The as-of date used for date-dependent rules. */
  asOf?: string;
}

export interface FormatterContext {
  cwd: string;
  /** Meta of every rule that appears in the results (and of all loaded rules). */
  rulesMeta: Record<string, RuleMeta>;
  locale: Locale;
  color: boolean;
  version: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;
