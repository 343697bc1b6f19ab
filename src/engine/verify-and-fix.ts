import type { SourceDocument } from '../sources/types.js';
import type { LinterConfig } from './config-types.js';
import { applyFixes } from './fixer.js';
import { lintDocument, type RuleRegistry, type VerifyOptions } from './linter.js';
import type { LintMessage } from './types.js';

export interface FixResult {
  fixed: boolean;
  output: string;
  /** The messages that remain after the last pass. */
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  passes: number;
}

const MAX_PASSES = 10;

/**
 * Multi-pass fixing: lint, apply non-overlapping fixes, re-read the text, again — until nothing is
 * fixable, the text repeats (a cycle between rules) or MAX_PASSES. `reread` turns text back into a
 * document (the source of the same kind), so this stays pure.
 */
export function verifyAndFix(
  doc: SourceDocument,
  config: LinterConfig,
  rules: RuleRegistry,
  reread: (text: string) => SourceDocument,
  shouldFix?: (message: LintMessage) => boolean,
  options: VerifyOptions = {},
): FixResult {
  const seen = new Set<string>([doc.text]);
  let current = doc;
  let outcome = lintDocument(current, config, rules, options);
  let passes = 0;
  while (passes < MAX_PASSES) {
    const { output, applied } = applyFixes(current.text, outcome.messages, shouldFix);
    if (applied.length === 0 || seen.has(output)) break;
    seen.add(output);
    passes++;
    current = reread(output);
    outcome = lintDocument(current, config, rules, options);
  }
  return { fixed: current.text !== doc.text, output: current.text, messages: outcome.messages, suppressedMessages: outcome.suppressedMessages, passes };
}
