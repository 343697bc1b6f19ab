import type { Formatter, LintMessage } from '../engine/types.js';
import { fullMessageText, severityName } from './common.js';
import { XML_DECLARATION, xmlEscape } from './xml.js';

/**
 * Checkstyle XML as ESLint's checkstyle formatter writes it (absolute file names, the rule id after
 * the message, `source="pialint.<rule>"`), one element a line. Checkstyle has an `info` severity, so
 * pialint's info level keeps its name.
 */

function error(message: LintMessage, locale: 'ja' | 'en'): string {
  const text = fullMessageText(message, locale) + (message.ruleId ? ` (${message.ruleId})` : '');
  const attributes = [
    `line="${xmlEscape(message.line || 0)}"`,
    `column="${xmlEscape(message.column || 0)}"`,
    `severity="${severityName(message)}"`,
    `message="${xmlEscape(text)}"`,
    `source="${message.ruleId ? xmlEscape(`pialint.${message.ruleId}`) : ''}"`,
  ];
  return `    <error ${attributes.join(' ')} />`;
}

export const checkstyle: Formatter = (results, context) => {
  const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const result of results) {
    if (result.messages.length === 0) {
      lines.push(`  <file name="${xmlEscape(result.filePath)}" />`);
      continue;
    }
    lines.push(`  <file name="${xmlEscape(result.filePath)}">`);
    for (const message of result.messages) lines.push(error(message, context.locale));
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return `${lines.join('\n')}\n`;
};

export default checkstyle;
