/**
 * A worker thread of `--concurrency`: lints the files the main thread sends, one at a time, with the
 * built-in rules. Configs are resolved by the main thread (so config errors and their order are the
 * same as in a serial run); the worker only reads, lints, fixes and writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { builtinRules } from '../../rules/index.js';
import { lintOneFile, type FileTask, type FileTaskOptions } from './lint-one-file.js';

export interface WorkerRequest {
  id: number;
  task: FileTask;
}

export type WorkerResponse =
  | { id: number; outcome: Awaited<ReturnType<typeof lintOneFile>> }
  | { id: number; error: { message: string; stack?: string } };

const port = parentPort;
if (!port) throw new Error('lint-worker must run in a worker thread');
const options = workerData as FileTaskOptions;

port.on('message', (request: WorkerRequest) => {
  lintOneFile(request.task, options, builtinRules).then(
    (outcome) => port.postMessage({ id: request.id, outcome } satisfies WorkerResponse),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id: request.id, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } } satisfies WorkerResponse);
    },
  );
});
