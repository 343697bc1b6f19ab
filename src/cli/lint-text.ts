import type { RuleRegistry, VerifyOptions } from '../engine/linter.js';
import { lintDocument } from '../engine/linter.js';
import { verifyAndFix } from '../engine/verify-and-fix.js';
import type { LinterConfig } from '../engine/config-types.js';
import type { LintMessage, LintResult } from '../engine/types.js';
import { createSource, createSourceSync, loadRenderingReader, sourceFormatFor } from '../sources/read-source.js';
import { canEncode, decodeBuffer, encodeText } from '../sources/encoding.js';
import { isKind } from '../model/kinds.js';

/** A result in ESLint's shape with the counts of `messages`. */
export function summarize(filePath: string, messages: LintMessage[]): LintResult {
  const result: LintResult = {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const m of messages) {
    if (m.severity === 2) {
      result.errorCount++;
      if (m.fatal) result.fatalErrorCount++;
      if (m.fix) result.fixableErrorCount++;
    } else if (m.severity === 1) {
      result.warningCount++;
      if (m.fix) result.fixableWarningCount++;
    } else {
      result.infoCount++;
    }
  }
  return result;
}

export function fileLevelError(ja: string, en: string, locale: 'ja' | 'en'): LintMessage {
  return { ruleId: null, severity: 2, fatal: true, message: locale === 'en' ? en : ja, line: 1, column: 1, fieldId: null };
}

export interface LintTextOptions {
  fix?: 'write' | 'dry-run';
  /** Which fixes to apply (`--fix-type`); all when absent. */
  shouldFix?: (message: LintMessage) => boolean;
  /** Named on the command line: a file that is not an assessment is reported instead of skipped. */
  explicit?: boolean;
  includeSource?: boolean;
  verify?: VerifyOptions;
}

export interface LintTextOutcome {
  /** null: not an assessment, found by a walk (skipped). */
  result: LintResult | null;
  /** The bytes to write back (fixed text in the file's own encoding), when fixes changed the text. */
  write?: Uint8Array;
  /** The decoded text before fixing, when fixes changed it (for a diff). */
  original?: string;
}

/** Lints one already-read text with a resolved config (shared by files, workers, --stdin and the API). */
export async function lintText(
  text: string | Uint8Array,
  filePath: string,
  config: LinterConfig,
  rules: RuleRegistry,
  options: LintTextOptions = {},
): Promise<LintTextOutcome> {
  const locale = config.locale ?? 'ja';
  const decoded = typeof text === 'string' ? { text, encoding: 'utf8' as const, bom: false } : decodeBuffer(text);
  const doc = await createSource(filePath, decoded, locale);
  const fatal = doc.parseMessages.some((m) => m.fatal);
  // A rendering always yields an assessment (the importer's best reading), so ask it whether the text
  // looked like an assessment at all: a README.md must be skipped, not linted as a 重点項目評価書.
  if (!fatal && (!doc.assessment || doc.isAssessment === false)) {
    // Not an assessment: skipped silently in a walk, an error when named explicitly.
    if (!options.explicit) return { result: null };
    const isJson = sourceFormatFor(filePath) === 'json';
    const message = isJson
      ? fileLevelError(
          'このファイルは評価書ではありません: "meta.kind" (kiso / juten / zenko) も pialint の "$schema" もありません。評価書なら "meta": {"kind": "juten"} などを追加してください。',
          'Not an assessment: it has neither "meta.kind" (kiso / juten / zenko) nor the pialint "$schema". If it is one, add e.g. "meta": {"kind": "juten"}.',
          locale,
        )
      : fileLevelError(
          'このファイルは評価書の表示形式として読めません: 様式の表題や見出し（「特定個人情報保護評価書(重点項目評価書)」など）が見つかりません。評価書の PDF から抽出したテキストか markdown を指定してください。',
          'Not a readable assessment rendering: no form title or headings (such as 特定個人情報保護評価書(重点項目評価書)) were found. Give the text extracted from an assessment PDF, or its markdown rendering.',
          locale,
        );
    return { result: summarize(filePath, [message]) };
  }
  let messages: LintMessage[];
  let suppressedMessages: LintMessage[];
  let write: Uint8Array | undefined;
  let output: string | undefined;
  if (options.fix && !fatal) {
    if (sourceFormatFor(filePath) === 'rendering') await loadRenderingReader();
    const reread = (next: string) => createSourceSync(filePath, { ...decoded, text: next }, locale);
    const fixed = verifyAndFix(doc, config, rules, reread, options.shouldFix, options.verify);
    messages = fixed.messages;
    suppressedMessages = fixed.suppressedMessages;
    if (fixed.fixed) {
      output = fixed.output;
      if (canEncode(fixed.output, decoded.encoding)) write = encodeText(fixed.output, decoded.encoding, decoded.bom);
    }
  } else {
    ({ messages, suppressedMessages } = lintDocument(doc, config, rules, options.verify));
  }
  const result = summarize(filePath, messages);
  result.suppressedMessages = suppressedMessages;
  if (output !== undefined) result.output = output;
  if (options.includeSource) result.source = doc.text;
  const kind = doc.assessment?.meta?.kind;
  if (isKind(kind)) result.documentKind = kind;
  return { result, ...(write ? { write } : {}), ...(output !== undefined ? { original: doc.text } : {}) };
}
