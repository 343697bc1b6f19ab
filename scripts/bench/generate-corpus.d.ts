/** Types for generate-corpus.js. */
import type { TextBank } from './text-bank.js';

export declare const KINDS: readonly ['kiso', 'juten', 'zenko'];
export declare const MIN_BYTES: number;
export declare const MAX_BYTES: number;

export interface Defect {
  type: 'subcontract-without-permission' | 'reiwa-first-year' | 'option-typo' | 'count-mismatch';
  fieldId: string;
  /** The rule expected to report it. */
  rule: string;
}

export interface ManifestDocument {
  name: string;
  kind: 'kiso' | 'juten' | 'zenko';
  /** Paths relative to the corpus directory. */
  json: string;
  rendering: string;
  jsonBytes: number;
  renderingBytes: number;
  defects: Defect[];
}

export interface Manifest {
  seed: number;
  perKind: number;
  documents: ManifestDocument[];
}

export interface CorpusOptions {
  seed?: number;
  perKind?: number;
  outDir: string;
  fixturesDir?: string;
  minBytes?: number;
  maxBytes?: number;
}

export declare function loadFixtures(dir?: string): Record<'kiso' | 'juten' | 'zenko', Record<string, unknown>>;
export declare function serialize(doc: unknown): string;
export declare function wareki(isoDate: string): string;
export declare function generateDocument(
  fixtures: Record<string, Record<string, unknown>>,
  bank: TextBank,
  kind: 'kiso' | 'juten' | 'zenko',
  index: number,
  seed: number,
  options?: { minBytes?: number; maxBytes?: number },
): { doc: Record<string, unknown>; defects: Defect[]; targetBytes: number };
export declare function generateCorpus(options: CorpusOptions): Manifest;
