import type { LintMessage, TextEdit } from './types.js';

/**
 * Applies the non-overlapping fixes of one pass, in order (ESLint's source-code-fixer): when two
 * fixes overlap, the later one waits for the next pass, which re-lints the fixed text.
 */
export function applyFixes(text: string, messages: readonly LintMessage[], shouldFix: (m: LintMessage) => boolean = () => true): {
  output: string;
  applied: LintMessage[];
  remaining: LintMessage[];
} {
  const fixable = messages.filter((m) => m.fix && shouldFix(m)).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied: LintMessage[] = [];
  const remaining: LintMessage[] = messages.filter((m) => !fixable.includes(m));
  let output = '';
  let cursor = 0;
  let lastEnd = -1;
  for (const message of fixable) {
    const fix = message.fix as TextEdit;
    const [start, end] = fix.range;
    if (start < lastEnd || start < 0 || end > text.length || start > end) {
      remaining.push(message);
      continue;
    }
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied.push(message);
  }
  output += text.slice(cursor);
  return { output, applied, remaining };
}
