import type { Formatter, LintMessage, LintResult, RelatedLocation, Suggestion, TextEdit } from '../engine/types.js';

/**
 * ESLint's json formatter: the results array as ESLint writes it (so ESLint report consumers read it),
 * plus pialint's `infoCount`, `fieldId`, `fieldLabel` and `asOf`. Keys are written in a fixed order,
 * whatever order the producers built the objects in, so two runs diff cleanly.
 */

const RESULT_KEYS = [
  'filePath',
  'messages',
  'suppressedMessages',
  'errorCount',
  'fatalErrorCount',
  'warningCount',
  'infoCount',
  'fixableErrorCount',
  'fixableWarningCount',
  'source',
  'output',
  'usedDeprecatedRules',
  'documentKind',
  'asOf',
] as const;

const MESSAGE_KEYS = [
  'ruleId',
  'severity',
  'message',
  'line',
  'column',
  'endLine',
  'endColumn',
  'fieldId',
  'fieldLabel',
  'messageId',
  'fatal',
  'fix',
  'suggestions',
  'relatedInformation',
  'asOf',
] as const;

const EDIT_KEYS = ['range', 'text'] as const;
const SUGGESTION_KEYS = ['messageId', 'desc', 'fix'] as const;
const RELATED_KEYS = ['fieldId', 'message', 'line', 'column', 'endLine', 'endColumn'] as const;

/**
 * Known keys first in `order`, then any others in their own order: a producer that adds a field
 * (ESLint's `suppressions`, say) still sees it written. `undefined` values are dropped.
 */
function ordered(value: object, order: readonly string[], transform: (key: string, v: unknown) => unknown = (_k, v) => v): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = [...order.filter((k) => Object.hasOwn(source, k)), ...Object.keys(source).filter((k) => !order.includes(k))];
  for (const key of keys) {
    const v = transform(key, source[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function edit(fix: TextEdit): Record<string, unknown> {
  return ordered(fix, EDIT_KEYS);
}

function message(m: LintMessage): Record<string, unknown> {
  return ordered(m, MESSAGE_KEYS, (key, v) => {
    if (key === 'fix' && v) return edit(v as TextEdit);
    if (key === 'suggestions' && Array.isArray(v)) {
      return (v as Suggestion[]).map((s) => ordered(s, SUGGESTION_KEYS, (k, sv) => (k === 'fix' && sv ? edit(sv as TextEdit) : sv)));
    }
    if (key === 'relatedInformation' && Array.isArray(v)) return (v as RelatedLocation[]).map((r) => ordered(r, RELATED_KEYS));
    return v;
  });
}

export function toEslintResult(result: LintResult): Record<string, unknown> {
  // ESLint always writes usedDeprecatedRules; the engine does not track it yet, so it may be absent.
  const withDefaults = { usedDeprecatedRules: [], ...result };
  return ordered(withDefaults, RESULT_KEYS, (key, v) =>
    (key === 'messages' || key === 'suppressedMessages') && Array.isArray(v) ? (v as LintMessage[]).map(message) : v,
  );
}

export const json: Formatter = (results) => `${JSON.stringify(results.map(toEslintResult))}\n`;

export default json;
