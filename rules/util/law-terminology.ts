/**
 * The terminology dictionary a run uses: the built-in entries (src/law/terminology-dictionary.ts and
 * the component names below) and the config's `settings.terminology` (entries by name: `{ preferred, variants }`, see
 * src/config/types.ts). A config entry that shares a spelling with a built-in entry (its name, its
 * preferred wording or a variant) replaces that entry, so a project can prefer 「中間サーバ」 or drop
 * nothing but what it redefines; others are added. Entries with longer spellings are matched first,
 * so that 「中間サーバー」 is claimed before 「サーバー」 sees it.
 */
import { DEFAULT_TERMINOLOGY, type TerminologyDictionary, type TerminologyEntry } from '../../src/law/index.js';

/**
 * Names of components that are terms of their own: the 住民基本台帳ネットワークシステム's
 * 「都道府県サーバ」 and 「全国サーバ」 (J-LIS writes them without the long vowel, [M]). As entries of
 * their own they are claimed before the generic サーバー / サーバ entry sees them, so a document that
 * writes サーバー everywhere else may keep the component's name, and is held only to writing that
 * name one way.
 */
export const COMPONENT_NAME_ENTRIES: readonly TerminologyEntry[] = [
  { id: 'juki-prefecture-server', variants: ['都道府県サーバ', '都道府県サーバー'], preferred: '都道府県サーバ', note: '住基ネットの構成要素 [M]' },
  { id: 'juki-national-server', variants: ['全国サーバ', '全国サーバー'], preferred: '全国サーバ', note: '住基ネットの構成要素 [M]' },
];

export interface TerminologyOptions {
  /** Use the built-in entries (default true). */
  defaults?: boolean;
  /** The width that citations' digits fall back to on a tie, or `off` (default: the built-in preference). */
  citationDigits?: 'halfwidth' | 'fullwidth' | 'off';
}

function configEntries(setting: unknown): TerminologyEntry[] {
  if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) return [];
  const out: TerminologyEntry[] = [];
  for (const [name, value] of Object.entries(setting as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const { preferred, variants } = value as { preferred?: unknown; variants?: unknown };
    if (typeof preferred !== 'string' || preferred === '' || !Array.isArray(variants)) continue;
    const spellings = [preferred, ...variants.filter((v): v is string => typeof v === 'string' && v !== '')];
    out.push({ id: name, preferred, variants: [...new Set(spellings)] });
  }
  return out;
}

function spellings(entry: TerminologyEntry): Set<string> {
  return new Set([entry.id, entry.preferred, ...entry.variants]);
}

function longest(entry: TerminologyEntry): number {
  return Math.max(...entry.variants.map((v) => v.length));
}

export function terminologyDictionary(settings: Readonly<Record<string, unknown>>, options: TerminologyOptions): TerminologyDictionary {
  const custom = configEntries(settings.terminology);
  const customSpellings = new Set(custom.flatMap((e) => [...spellings(e)]));
  const builtin = options.defaults === false ? [] : [...COMPONENT_NAME_ENTRIES, ...DEFAULT_TERMINOLOGY.entries].filter((e) => ![...spellings(e)].some((s) => customSpellings.has(s)));
  // Array.prototype.sort is stable: built-in order is kept among entries of equal length.
  const entries = [...builtin, ...custom].sort((a, b) => longest(b) - longest(a));
  const digits = options.citationDigits ?? (DEFAULT_TERMINOLOGY.citationDigits ? DEFAULT_TERMINOLOGY.citationDigits.preferred : 'off');
  return { entries, citationDigits: digits === 'off' ? false : { preferred: digits } };
}
