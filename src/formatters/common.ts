import path from 'node:path';
import type { Locale } from '../model/kinds.js';
import type { LintMessage } from '../engine/types.js';

/** The three severities as words; a fatal message is an error whatever its severity says (ESLint). */
export type SeverityName = 'error' | 'warning' | 'info';

export function severityName(message: LintMessage): SeverityName {
  if (message.fatal || message.severity === 2) return 'error';
  return message.severity === 1 ? 'warning' : 'info';
}

const SEVERITY_WORDS: Record<Locale, Record<SeverityName, string>> = {
  ja: { error: 'エラー', warning: '警告', info: '情報' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function severityWord(message: LintMessage, locale: Locale): string {
  return SEVERITY_WORDS[locale][severityName(message)];
}

/**
 * The path to show a person: relative to `cwd` when the file is under it, else as given (a long
 * `../../..` chain reads worse than the absolute path). Non-absolute names (`<stdin>`) pass through.
 */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return filePath;
  return relative;
}

/** Forward slashes whatever the platform: GitHub and SARIF consumers expect them. */
export function toPosixPath(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/**
 * What a reader needs beside the message text and that the message does not already say: the
 * field's label as the form prints it, and the as-of date of a date-dependent finding.
 */
export function messageExtras(message: LintMessage, locale: Locale): string[] {
  const extras: string[] = [];
  if (message.fieldLabel && !message.message.includes(message.fieldLabel)) extras.push(`「${message.fieldLabel}」`);
  if (message.asOf && !message.message.includes(message.asOf)) {
    extras.push(locale === 'en' ? `(as of ${message.asOf})` : `（基準日 ${message.asOf}）`);
  }
  return extras;
}

/** The message with its extras, as one line of plain text (for formats without styling). */
export function fullMessageText(message: LintMessage, locale: Locale): string {
  return [message.message, ...messageExtras(message, locale)].join(' ');
}
