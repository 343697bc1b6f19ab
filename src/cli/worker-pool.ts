import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileTask, FileTaskOptions } from './lint-one-file.js';
import type { WorkerRequest, WorkerResponse } from './lint-worker.js';

/** `--concurrency`: `off` (or 1) lints in the main thread, N uses N worker threads, `auto` picks for the machine. */
export type Concurrency = 'off' | 'auto' | number;

export function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'off') return 'off';
  if (value === 'auto') return 'auto';
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new Error(`--concurrency は auto / off / 正の整数です / --concurrency takes auto, off or a positive integer (got ${value})`);
}

/** Files per worker below which starting a thread (~100 ms of module loading) does not pay off. */
const FILES_PER_WORKER = 8;

/**
 * The number of worker threads for `files` files: 0 means lint in the main thread. `auto` uses half
 * the available cores (as ESLint's), and never more threads than FILES_PER_WORKER-file batches.
 */
export function workerCount(concurrency: Concurrency, files: number): number {
  if (concurrency === 'off' || files < 2) return 0;
  if (concurrency === 'auto') {
    const threads = Math.min(Math.max(1, Math.floor(availableParallelism() / 2)), Math.floor(files / FILES_PER_WORKER));
    return threads >= 2 ? threads : 0;
  }
  const threads = Math.min(concurrency, files);
  return threads >= 2 ? threads : 0;
}

/**
 * Lints tasks on `threads` worker threads. Each worker takes the next task when it finishes one, so
 * slow files do not hold up a fixed batch; outcomes come back in task order whatever the finishing
 * order, so the report is identical to a serial run.
 */
export async function lintInWorkers(
  tasks: readonly FileTask[],
  options: FileTaskOptions,
  threads: number,
  onDone?: (index: number, outcome: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array<FileOutcome>(tasks.length);
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      if (tasks.length === 0) {
        resolve();
        return;
      }
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const feed = (worker: Worker) => {
        if (next >= tasks.length) return;
        const request: WorkerRequest = { id: next, task: tasks[next]! };
        next++;
        worker.postMessage(request);
      };
      for (let i = 0; i < Math.min(threads, tasks.length); i++) {
        const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: options });
        workers.push(worker);
        worker.on('message', (response: WorkerResponse) => {
          if ('error' in response) {
            const error = new Error(`${tasks[response.id]?.path ?? ''}: ${response.error.message}`);
            if (response.error.stack) error.stack = response.error.stack;
            fail(error);
            return;
          }
          outcomes[response.id] = response.outcome;
          onDone?.(response.id, response.outcome);
          finished++;
          if (finished === tasks.length) resolve();
          else feed(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (finished < tasks.length) fail(new Error(`worker thread exited early (code ${code})`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
