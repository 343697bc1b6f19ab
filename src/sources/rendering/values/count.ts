/**
 * Counts (catalogue §7.5): `( 5 ) 件`, `(6) 件`, `（ ２７ ）件` — matched after NFKC with the
 * whitespace removed, and mapped back to the digits in the rendering.
 */
import type { MappedText } from '../mapped-text.js';
import { sliceMapped } from '../mapped-text.js';
import { matchKey } from '../match-key.js';

export interface CountReading {
  value: number;
  /** The digits in the plain text. */
  digits: MappedText;
  /** Index in the plain text where the whole `( N ) 件` starts. */
  at: number;
}

/** Every `( N ) 件` of a text, in order. */
export function readCounts(plain: MappedText): CountReading[] {
  const k = matchKey(plain);
  const out: CountReading[] = [];
  for (const m of k.key.matchAll(/\((\d{1,6})\)件/g)) {
    const digitsFrom = k.index[m.index + 1]!;
    const digitsTo = k.index[m.index + m[1]!.length]! + 1;
    out.push({ value: Number(m[1]), digits: sliceMapped(plain, digitsFrom, digitsTo), at: k.index[m.index]! });
  }
  return out;
}

/** A count written as a bare number of 件 in a change-log cell: `5件`, `移転件数:9件`, `(25)件`. */
export function looseCount(text: string): number | undefined {
  const key = matchKey(text).key;
  const m = /(\d{1,6})\)?件/.exec(key);
  return m ? Number(m[1]) : undefined;
}
