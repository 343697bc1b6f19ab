import type { Locale } from '../model/kinds.js';
import type { LocalizedText } from './types.js';

/** Fills `{{name}}` placeholders like ESLint; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export function localize(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? text.en : text.ja;
}
