/** Types for prng.js (the bench scripts are plain JavaScript; these serve the tests). */
export declare function mulberry32(seed: number): () => number;
export declare function deriveSeed(seed: number, label: string): number;
export declare class Random {
  constructor(seed: number);
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  logUniform(lo: number, hi: number): number;
  sample<T>(list: readonly T[], count: number): T[];
}
