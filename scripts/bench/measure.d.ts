/** Types for measure.js. */
export declare const childScript: string;
export declare function median(values: readonly number[]): number;
export declare function percentile(values: readonly number[], p: number): number;
export declare function nowMs(): number;
export declare function runTask(task: string, args: unknown, options?: { cpuProfileDir?: string; execArgv?: string[] }): Promise<Record<string, unknown>>;
export declare function repeatTask(task: string, args: unknown, runs: number, options?: { cpuProfileDir?: string; execArgv?: string[] }): Promise<Record<string, unknown>[]>;
export declare function timeCommand(args: string[], options?: { cwd?: string; okCodes?: number[] }): number;
