/** The three official forms (catalogue §0). */
export type Kind = 'kiso' | 'juten' | 'zenko';

export const KINDS: readonly Kind[] = ['kiso', 'juten', 'zenko'];

export function isKind(value: unknown): value is Kind {
  return value === 'kiso' || value === 'juten' || value === 'zenko';
}

export type Locale = 'ja' | 'en';
