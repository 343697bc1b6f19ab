/** Types for report.js: the bench result is described loosely (bench.js builds it; latest.json holds it). */
export type BenchResult = Record<string, unknown> & {
  targets: { id: string; text: string; met?: boolean }[];
  notes: string[];
};

export declare function tableRows(result: BenchResult): string[][];
export declare function renderMarkdown(result: BenchResult): string;
