import path from 'node:path';
import type { Formatter, LintMessage } from '../engine/types.js';
import { displayPath, fullMessageText, severityName, toPosixPath } from './common.js';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns into
 * annotations on the pull request. Paths are relative to the working directory, which in a workflow
 * is the checkout the annotations are resolved against.
 */

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Message data: the runner unescapes %25, %0D and %0A (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally escape the `:` and `,` that separate properties (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(message: LintMessage, file: string, locale: 'ja' | 'en'): string {
  const properties: [string, string | number][] = [['file', file]];
  if (message.line > 0) {
    properties.push(['line', message.line]);
    const endLine = message.endLine ?? message.line;
    if (message.endLine !== undefined) properties.push(['endLine', message.endLine]);
    // GitHub ignores columns on an annotation that spans lines (toolkit: "cannot be sent when
    // startLine and endLine are different values"), so they are sent only for one-line ranges.
    if (endLine === message.line && message.column > 0) {
      properties.push(['col', message.column]);
      if (message.endColumn !== undefined) properties.push(['endColumn', message.endColumn]);
    }
  }
  properties.push(['title', message.ruleId ? `pialint (${message.ruleId})` : 'pialint']);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMANDS[severityName(message)]} ${props}::${escapeData(fullMessageText(message, locale))}`;
}

export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const shown = displayPath(result.filePath, context.cwd);
    const file = path.isAbsolute(shown) ? shown : toPosixPath(shown);
    for (const message of result.messages) lines.push(annotation(message, file, context.locale));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

export default github;
