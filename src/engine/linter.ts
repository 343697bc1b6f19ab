import type { Kind } from '../model/kinds.js';
import type { Assessment } from '../model/values.js';
import { isKind } from '../model/kinds.js';
import { compileFieldIdPattern } from '../model/field-id.js';
import { withWalkCache } from '../model/walk.js';
import { fieldLabel, fieldLabelOptions } from '../model/labels.js';
import { resolveAsOf } from '../law/as-of.js';
import type { SourceDocument } from '../sources/types.js';
import { LineIndex } from '../sources/line-index.js';
import { severityNumber, type LinterConfig, type RuleSetting } from './config-types.js';
import { translateReport } from './report-translator.js';
import { applyDirectives, parseDirectives, unusedDirectiveMessage } from './directives.js';
import type { AnyRuleModule, LintMessage, RuleContext } from './types.js';

/** Rule modules by id (`choice-value`, or `plugin/rule-id`). */
export type RuleRegistry = ReadonlyMap<string, AnyRuleModule>;

function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

function internalErrorMessage(ruleId: string, error: unknown, locale: 'ja' | 'en'): LintMessage {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId,
    severity: 2,
    message:
      locale === 'en'
        ? `Rule "${ruleId}" failed on this file and was skipped: ${detail}`
        : `ルール「${ruleId}」がこのファイルの検査中に失敗したため、このルールの結果はありません: ${detail}`,
    line: 1,
    column: 1,
    fieldId: null,
  };
}

/** Applies `fieldOverrides`: a later override wins, and "off" drops the message. */
function applyFieldOverrides(messages: LintMessage[], config: LinterConfig): LintMessage[] {
  const overrides = (config.fieldOverrides ?? []).map((o) => ({ matchers: o.fields.map(compileFieldIdPattern), rules: o.rules }));
  if (overrides.length === 0) return messages;
  const out: LintMessage[] = [];
  for (const message of messages) {
    let setting: RuleSetting | undefined;
    if (message.fieldId && message.ruleId) {
      for (const override of overrides) {
        const candidate = override.rules[message.ruleId];
        if (candidate && override.matchers.some((m) => m(message.fieldId!))) setting = candidate;
      }
    }
    if (!setting) {
      out.push(message);
      continue;
    }
    const severity = severityNumber(setting.severity);
    if (severity !== undefined) out.push({ ...message, severity });
  }
  return out;
}

/**
 * Lints one document: pure and synchronous, the call the CLI, the language server and the tests share.
 * A syntax error is fatal (no rule runs); a rule that throws yields one error message and the rest go on.
 */
export interface VerifyOptions {
  /** The previous version of the document (for change-tracking rules). */
  previous?: Assessment;
}

export function verify(doc: SourceDocument, config: LinterConfig, rules: RuleRegistry, options: VerifyOptions = {}): LintMessage[] {
  return lintDocument(doc, config, rules, options).messages;
}

export interface DocumentLintOutcome {
  messages: LintMessage[];
  /** Messages that inline directives suppressed (ESLint's suppressedMessages). */
  suppressedMessages: LintMessage[];
}

/** verify, keeping what directives suppressed. */
export function lintDocument(doc: SourceDocument, config: LinterConfig, rules: RuleRegistry, options: VerifyOptions = {}): DocumentLintOutcome {
  const raw = runRules(doc, config, rules, options);
  if (doc.comments.length === 0) return { messages: raw, suppressedMessages: [] };
  const lines = new LineIndex(doc.text);
  const directives = parseDirectives(doc.comments, lines);
  if (directives.length === 0) return { messages: raw, suppressedMessages: [] };
  const outcome = applyDirectives(raw, directives, lines);
  const messages = outcome.messages;
  const report = config.reportUnusedDisableDirectives ?? 'off';
  if (report !== 'off') {
    for (const directive of outcome.unused) messages.push(unusedDirectiveMessage(directive, lines, report === 'error' ? 2 : 1, config.locale ?? 'ja'));
  }
  return { messages: messages.sort(compareMessages), suppressedMessages: outcome.suppressed };
}

function runRules(doc: SourceDocument, config: LinterConfig, rules: RuleRegistry, options: VerifyOptions): LintMessage[] {
  if (doc.parseMessages.some((m) => m.fatal) || !doc.assessment) return [...doc.parseMessages];
  // Every rule walks the same document: walk it once for the whole run.
  return withWalkCache(doc.assessment, () => runRulesOn(doc, doc.assessment!, config, rules, options));
}

function runRulesOn(doc: SourceDocument, assessment: Assessment, config: LinterConfig, rules: RuleRegistry, options: VerifyOptions): LintMessage[] {
  const locale = config.locale ?? 'ja';
  const kind: Kind = isKind(assessment.meta?.kind) ? assessment.meta.kind : 'juten';
  const lines = new LineIndex(doc.text);
  const asOf = resolveAsOf(assessment, {
    override: config.asOf ? { date: config.asOf, source: config.asOfSource ?? 'config' } : undefined,
    today: config.today ?? new Date().toISOString().slice(0, 10),
  });
  const messages: LintMessage[] = [...doc.parseMessages];
  const labelOptions = fieldLabelOptions(assessment);
  for (const [ruleId, setting] of Object.entries(config.rules)) {
    const severity = severityNumber(setting.severity);
    if (severity === undefined) continue;
    const rule = rules.get(ruleId);
    if (!rule) continue;
    if (rule.meta.kinds && !rule.meta.kinds.includes(kind)) continue;
    const collected: LintMessage[] = [];
    const context: RuleContext = {
      ruleId,
      assessment,
      kind,
      options: { ...(rule.defaultOptions ?? {}), ...(setting.options ?? {}) },
      locale,
      asOf,
      settings: config.settings ?? {},
      source: { kind: doc.sourceKind, importNotes: doc.importNotes ?? [] },
      ...(options.previous ? { previous: options.previous } : {}),
      isUnknown: (fieldId) => doc.unknownFields.has(fieldId),
      label: (target) => fieldLabel(target, kind, locale, labelOptions),
      report: (descriptor) => {
        collected.push(translateReport({ doc, lines, kind, locale, rule, ruleId, severity, labelOptions }, descriptor));
      },
    };
    try {
      rule.check(context);
      messages.push(...collected);
    } catch (error) {
      messages.push(internalErrorMessage(ruleId, error, locale));
    }
  }
  return applyFieldOverrides(messages, config).sort(compareMessages);
}
