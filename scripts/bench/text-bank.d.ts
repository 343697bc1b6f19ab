/** Types for text-bank.js. */
import type { Random } from './prng.js';

export declare const PROVIDE_RECIPIENTS: readonly string[];
export declare const TRANSFER_RECIPIENTS: readonly string[];
export declare const RECORD_ITEMS: readonly string[];
export declare const RECORD_GROUPS: readonly string[];

export interface Place {
  town: string;
  prefecture: string;
}

export declare class TextBank {
  constructor(fixtures: readonly unknown[]);
  readonly sentences: string[];
  place(random: Random): Place;
  localize(text: string, place: Place): string;
  paragraph(random: Random, place: Place, count: number, bullets?: boolean): string;
}
