import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../model/kinds.js';
import type { Formatter, FormatterContext, LintMessage, LintResult, RelatedLocation, RuleMeta, TextEdit } from '../engine/types.js';
import { fullMessageText, severityName, toPosixPath } from './common.js';

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the rules as reporting
 * descriptors, one result per message (suppressed ones too, marked as suppressed), the field id as a
 * logical location, fixes and suggestions as SARIF fixes.
 *
 * Messages without a rule (a parse error, an engine note) become results of synthetic rules: GitHub
 * shows results as alerts but keeps tool notifications out of sight, and a document that does not
 * parse must fail the check visibly.
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_INFORMATION_URI = 'https://github.com/pialint/pialint';
export const PARSE_ERROR_RULE_ID = 'pialint/parse-error';
export const ENGINE_RULE_ID = 'pialint/engine';
/** Bump when the fingerprint recipe changes, so old and new alerts are not matched by accident. */
export const FINGERPRINT_KEY = 'pialint/v1';

type Json = Record<string, unknown>;
type Level = 'error' | 'warning' | 'note';

const SYNTHETIC_RULES: Record<string, Pick<RuleMeta, 'category' | 'defaultSeverity' | 'description' | 'docsUrl'>> = {
  [PARSE_ERROR_RULE_ID]: {
    category: 'syntax',
    defaultSeverity: 'error',
    description: { ja: 'ファイルを解析できなかったため、検査できなかった。', en: 'The file could not be parsed, so it was not checked.' },
    docsUrl: TOOL_INFORMATION_URI,
  },
  [ENGINE_RULE_ID]: {
    category: 'structure',
    defaultSeverity: 'warn',
    description: { ja: 'どのルールにも属さない pialint のメッセージ。', en: 'A pialint message that belongs to no rule.' },
    docsUrl: TOOL_INFORMATION_URI,
  },
};

function sarifRuleId(message: LintMessage): string {
  if (message.ruleId) return message.ruleId;
  return message.fatal ? PARSE_ERROR_RULE_ID : ENGINE_RULE_ID;
}

function level(message: LintMessage): Level {
  const name = severityName(message);
  return name === 'info' ? 'note' : name;
}

function defaultLevel(severity: RuleMeta['defaultSeverity']): Level {
  return severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'note';
}

/** SARIF's `name` is a friendly identifier, by convention Pascal case: `choice-value` → `ChoiceValue`. */
function friendlyName(ruleId: string): string {
  return ruleId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** The first sentence, for `shortDescription` (SARIF asks for one sentence there). */
function firstSentence(text: string): string {
  const match = /^.*?(?:。|[.!?](?=\s|$))/su.exec(text);
  return match ? match[0] : text;
}

function multiformat(text: string): Json {
  return { text };
}

function otherLocale(locale: Locale): Locale {
  return locale === 'ja' ? 'en' : 'ja';
}

function ruleDescriptor(id: string, meta: Pick<RuleMeta, 'category' | 'defaultSeverity' | 'description' | 'docsUrl'> & Partial<RuleMeta>, locale: Locale): Json {
  const description = meta.description[locale];
  const other = otherLocale(locale);
  const tags = ['pialint', meta.category];
  if (meta.dateDependent) tags.push('date-dependent');
  if (meta.fixable) tags.push('fixable');
  return {
    id,
    name: friendlyName(id),
    shortDescription: multiformat(firstSentence(description)),
    fullDescription: multiformat(description),
    helpUri: meta.docsUrl,
    help: { text: `${description} ${meta.docsUrl}`, markdown: `${description}\n\n[${id}](${meta.docsUrl})` },
    defaultConfiguration: { level: defaultLevel(meta.defaultSeverity) },
    properties: {
      category: meta.category,
      tags,
      // The descriptions in the other language, for viewers that pick a locale themselves.
      [other]: {
        shortDescription: firstSentence(meta.description[other]),
        fullDescription: meta.description[other],
      },
      ...(meta.kinds ? { kinds: [...meta.kinds] } : {}),
      ...(meta.deprecated ? { deprecated: true } : {}),
    },
  };
}

/**
 * A rule seen in the results whose meta the formatter was not given. GitHub code scanning rejects a
 * descriptor without fullDescription and help, so those say at least which rule it is.
 */
function bareDescriptor(id: string, locale: Locale): Json {
  const text = locale === 'en' ? `pialint rule ${id} (no description available).` : `pialint のルール ${id}（説明はありません）。`;
  return { id, name: friendlyName(id), shortDescription: multiformat(id), fullDescription: multiformat(text), help: { text } };
}

class RuleTable {
  readonly descriptors: Json[] = [];
  private readonly indexes = new Map<string, number>();

  constructor(
    private readonly context: FormatterContext,
    results: LintResult[],
  ) {
    const ids = new Set(Object.keys(context.rulesMeta));
    for (const result of results) {
      for (const message of [...result.messages, ...result.suppressedMessages]) ids.add(sarifRuleId(message));
    }
    for (const id of [...ids].sort()) this.add(id);
  }

  private add(id: string): void {
    const meta = Object.hasOwn(this.context.rulesMeta, id) ? this.context.rulesMeta[id] : SYNTHETIC_RULES[id];
    this.indexes.set(id, this.descriptors.length);
    this.descriptors.push(meta ? ruleDescriptor(id, meta, this.context.locale) : bareDescriptor(id, this.context.locale));
  }

  index(id: string): number {
    return this.indexes.get(id) ?? -1;
  }
}

/**
 * Where a file is, for SARIF: relative to %SRCROOT% (the working directory) with each segment
 * percent-encoded (spaces, Japanese names), or an absolute file URI for a file outside it.
 */
function artifactLocation(filePath: string, cwd: string, index: number): Json {
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href, index };
  }
  const uri = toPosixPath(relative).split('/').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: '%SRCROOT%', index };
}

function region(position: { line: number; column: number; endLine?: number; endColumn?: number }): Json | undefined {
  // SARIF lines and columns start at 1; a file-level message at line 0 has no region.
  if (!(position.line >= 1)) return undefined;
  const out: Json = { startLine: position.line };
  if (position.column >= 1) out.startColumn = position.column;
  if (position.endLine !== undefined && position.endLine >= position.line) {
    out.endLine = position.endLine;
    if (position.endColumn !== undefined && position.endColumn >= 1 && out.startColumn !== undefined) out.endColumn = position.endColumn;
  }
  return out;
}

/** Offsets of line starts (CR, LF, CRLF end a line, as SARIF §3.30.2 says), to add lines to fix regions. */
function lineStarts(text: string): number[] {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function positionAt(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/**
 * A text edit as a SARIF replacement. The range is in UTF-16 code units, which is what SARIF's
 * charOffset/charLength count under `columnKind: utf16CodeUnits`; with the source at hand the
 * line/column form is added too, for viewers that only read that.
 */
function replacement(edit: TextEdit, starts: number[] | undefined): Json {
  const [start, end] = edit.range;
  const deletedRegion: Json = { charOffset: start, charLength: end - start };
  if (starts) {
    const from = positionAt(starts, start);
    const to = positionAt(starts, end);
    Object.assign(deletedRegion, { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column });
  }
  return { deletedRegion, insertedContent: { text: edit.text } };
}

function fix(description: string, edit: TextEdit, location: Json, starts: number[] | undefined): Json {
  return {
    description: { text: description },
    artifactChanges: [{ artifactLocation: location, replacements: [replacement(edit, starts)] }],
  };
}

function logicalLocations(fieldId: string | null | undefined): Json[] | undefined {
  return fieldId ? [{ fullyQualifiedName: fieldId, kind: 'member' }] : undefined;
}

function relatedLocation(related: RelatedLocation, id: number, location: Json): Json {
  const physical: Json = { artifactLocation: location };
  const r = region(related);
  if (r) physical.region = r;
  const out: Json = { id, physicalLocation: physical, message: { text: related.message } };
  const logical = logicalLocations(related.fieldId);
  if (logical) out.logicalLocations = logical;
  return out;
}

function fingerprintHash(ruleId: string, message: LintMessage): string {
  return createHash('sha256').update(`${ruleId}\u0000${message.fieldId ?? ''}\u0000${message.message}`).digest('hex').slice(0, 32);
}

/** Suppressed by an in-source directive or by an external suppressions file (ESLint's `suppressions`). */
function suppressions(message: LintMessage): Json[] {
  const declared = (message as { suppressions?: { kind?: string; justification?: string }[] }).suppressions;
  if (!Array.isArray(declared) || declared.length === 0) return [{ kind: 'inSource' }];
  return declared.map((s) => ({
    kind: s.kind === 'directive' || s.kind === 'inSource' || s.kind === undefined ? 'inSource' : 'external',
    ...(s.justification ? { justification: s.justification } : {}),
  }));
}

const AUTOFIX_DESCRIPTION: Record<Locale, string> = { ja: '自動修正（--fix）', en: 'Autofix (--fix)' };

function fileResults(result: LintResult, fileIndex: number, rules: RuleTable, context: FormatterContext): Json[] {
  const location = artifactLocation(result.filePath, context.cwd, fileIndex);
  const starts = result.source === undefined ? undefined : lineStarts(result.source);
  const occurrences = new Map<string, number>();
  const convert = (message: LintMessage, suppressed: boolean): Json => {
    const ruleId = sarifRuleId(message);
    const hash = fingerprintHash(ruleId, message);
    // Identical messages on one field get :1, :2, … as GitHub's own line-hash fingerprints do.
    const occurrence = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, occurrence);
    const physical: Json = { artifactLocation: location };
    const r = region(message);
    if (r) physical.region = r;
    const primary: Json = { physicalLocation: physical };
    const logical = logicalLocations(message.fieldId);
    if (logical) primary.logicalLocations = logical;
    const out: Json = {
      ruleId,
      ruleIndex: rules.index(ruleId),
      level: level(message),
      message: { text: fullMessageText(message, context.locale) },
      locations: [primary],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
    };
    const related = message.relatedInformation ?? [];
    if (related.length > 0) out.relatedLocations = related.map((rel, i) => relatedLocation(rel, i + 1, location));
    const fixes: Json[] = [];
    if (message.fix) fixes.push(fix(AUTOFIX_DESCRIPTION[context.locale], message.fix, location, starts));
    for (const suggestion of message.suggestions ?? []) fixes.push(fix(suggestion.desc, suggestion.fix, location, starts));
    if (fixes.length > 0) out.fixes = fixes;
    if (suppressed) out.suppressions = suppressions(message);
    const properties: Json = {};
    if (message.fieldLabel) properties.fieldLabel = message.fieldLabel;
    if (message.messageId) properties.messageId = message.messageId;
    if (message.asOf) properties.asOf = message.asOf;
    if (Object.keys(properties).length > 0) out.properties = properties;
    return out;
  };
  return [...result.messages.map((m) => convert(m, false)), ...result.suppressedMessages.map((m) => convert(m, true))];
}

/** The SARIF log as an object (the formatter serialises it; tests and the CLI may inspect it). */
export function toSarifLog(results: LintResult[], context: FormatterContext): Json {
  const rules = new RuleTable(context, results);
  const artifacts = results.map((result, i) => {
    const { index: _index, ...location } = artifactLocation(result.filePath, context.cwd, i);
    const artifact: Json = { location };
    if (result.documentKind) artifact.properties = { documentKind: result.documentKind };
    return artifact;
  });
  const srcroot = pathToFileURL(context.cwd).href;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pialint',
            version: context.version,
            informationUri: TOOL_INFORMATION_URI,
            rules: rules.descriptors,
          },
        },
        invocations: [{ executionSuccessful: true }],
        originalUriBaseIds: { '%SRCROOT%': { uri: srcroot.endsWith('/') ? srcroot : `${srcroot}/` } },
        artifacts,
        results: results.flatMap((result, i) => fileResults(result, i, rules, context)),
        language: context.locale,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export const sarif: Formatter = (results, context) => `${JSON.stringify(toSarifLog(results, context), null, 2)}\n`;

export default sarif;
