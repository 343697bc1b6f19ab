import path from 'node:path';
import type { Formatter, LintMessage, LintResult } from '../engine/types.js';
import { fullMessageText, severityName } from './common.js';
import { XML_DECLARATION, xmlEscape } from './xml.js';

/**
 * JUnit XML in the shape of ESLint's junit formatter: a testsuite per file, a testcase per message,
 * and one passing testcase for a clean file. Errors and warnings fail their testcase; a fatal parse
 * error is a JUnit `<error>` (the test could not run), and an info note passes with the note in
 * `<system-out>`, so it shows in reports without failing the build.
 */

function classname(filePath: string): string {
  const ext = path.extname(filePath);
  return ext ? filePath.slice(0, -ext.length) : filePath;
}

function testcaseName(message: LintMessage): string {
  if (message.ruleId) return `pialint.${message.ruleId}`;
  return message.fatal ? 'pialint.parse-error' : 'pialint.unknown';
}

function detail(message: LintMessage, locale: 'ja' | 'en'): string {
  const rule = message.ruleId ? ` (${message.ruleId})` : '';
  return `line ${message.line || 0}, col ${message.column || 0}, ${severityName(message)} - ${fullMessageText(message, locale)}${rule}`;
}

function testcase(message: LintMessage, filePath: string, locale: 'ja' | 'en'): string {
  const open = `    <testcase time="0" name="${xmlEscape(testcaseName(message))}" classname="${xmlEscape(classname(filePath))}">`;
  const text = xmlEscape(detail(message, locale));
  const summary = xmlEscape(fullMessageText(message, locale));
  let body: string;
  if (message.fatal) body = `<error message="${summary}" type="fatal">${text}</error>`;
  else if (severityName(message) === 'info') body = `<system-out>${text}</system-out>`;
  else body = `<failure message="${summary}" type="${severityName(message)}">${text}</failure>`;
  return `${open}${body}</testcase>`;
}

function testsuite(result: LintResult, locale: 'ja' | 'en'): string[] {
  const name = xmlEscape(result.filePath);
  const messages = result.messages;
  if (messages.length === 0) {
    return [
      `  <testsuite package="pialint" time="0" tests="1" failures="0" errors="0" name="${name}">`,
      `    <testcase time="0" name="${name}" classname="${xmlEscape(classname(result.filePath))}" />`,
      '  </testsuite>',
    ];
  }
  const errors = messages.filter((m) => m.fatal).length;
  const failures = messages.filter((m) => !m.fatal && severityName(m) !== 'info').length;
  return [
    `  <testsuite package="pialint" time="0" tests="${messages.length}" failures="${failures}" errors="${errors}" name="${name}">`,
    ...messages.map((m) => testcase(m, result.filePath, locale)),
    '  </testsuite>',
  ];
}

export const junit: Formatter = (results, context) => {
  const lines = [XML_DECLARATION, '<testsuites>'];
  for (const result of results) lines.push(...testsuite(result, context.locale));
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};

export default junit;
