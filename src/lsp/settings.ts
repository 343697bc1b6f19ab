/**
 * The server's user settings (`pialint.*`), from initializationOptions and the client's configuration.
 * Unknown or malformed values are ignored with a note, never fatal: a typo in an editor setting must
 * not stop linting.
 */
import type { Locale } from '../model/kinds.js';

export interface PialintSettings {
  /** Message language; unset: the config file's `locale`, else PIALINT_LOCALE, else ja. */
  locale?: Locale;
  /** `YYYY-MM-DD` or `today`: the date the law is checked at (like `--as-of`). */
  asOf?: string;
  /**
   * Whether rule code from the workspace (config `plugins`) may be loaded. Off by default: opening a
   * folder must not run code from it (config-cache.ts). Declarative rules run no code and apply either way.
   */
  allowWorkspacePlugins: boolean;
}

export const DEFAULT_SETTINGS: PialintSettings = { allowWorkspacePlugins: false };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads settings from `{ pialint: { … } }` (didChangeConfiguration, initializationOptions) or from
 * the section itself (`workspace/configuration` with section "pialint"). Returns the settings and
 * notes about ignored values.
 */
export function parseSettings(raw: unknown, base: PialintSettings = DEFAULT_SETTINGS): { settings: PialintSettings; notes: string[] } {
  const notes: string[] = [];
  const settings: PialintSettings = { ...base };
  const section = isRecord(raw) && isRecord(raw.pialint) ? raw.pialint : raw;
  if (!isRecord(section)) return { settings, notes };
  const { locale, asOf, allowWorkspacePlugins } = section;
  if (locale === 'ja' || locale === 'en') settings.locale = locale;
  else if (locale === null || locale === '') delete settings.locale;
  else if (locale !== undefined) notes.push(`pialint.locale: expected "ja" or "en", got ${JSON.stringify(locale)}`);
  if (typeof asOf === 'string' && (asOf === 'today' || (/^\d{4}-\d{2}-\d{2}$/.test(asOf) && !Number.isNaN(Date.parse(asOf))))) {
    settings.asOf = asOf;
  } else if (asOf === null || asOf === '') {
    delete settings.asOf;
  } else if (asOf !== undefined) {
    notes.push(`pialint.asOf: expected YYYY-MM-DD or "today", got ${JSON.stringify(asOf)}`);
  }
  if (typeof allowWorkspacePlugins === 'boolean') settings.allowWorkspacePlugins = allowWorkspacePlugins;
  else if (allowWorkspacePlugins !== undefined) notes.push(`pialint.allowWorkspacePlugins: expected true or false`);
  return { settings, notes };
}

/** The as-of date a setting asks for (`today` is the date of the run). */
export function settingAsOf(settings: PialintSettings, today: string): string | undefined {
  return settings.asOf === 'today' ? today : settings.asOf;
}
