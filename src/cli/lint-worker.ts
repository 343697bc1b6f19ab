/**
 * A worker thread of `--concurrency`: lints the files the main thread sends, one at a time, with the
 * built-in rules plus what each file's config adds (its plugins, loaded here again from the files
 * the main thread resolved, and its declarative rules). Configs are resolved by the main thread (so
 * config errors and their order are the same as in a serial run); the worker only reads, lints,
 * fixes and writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { builtinRules } from '../../rules/index.js';
import type { RuleRegistry } from '../engine/linter.js';
import { registryFromSource } from '../config/rule-source.js';
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

/** Registries by rule source: the files of one config share one. */
const registries = new Map<string, Promise<RuleRegistry>>();

function rulesFor(task: FileTask): Promise<RuleRegistry> {
  if (!task.ruleSource) return Promise.resolve(builtinRules);
  const key = JSON.stringify(task.ruleSource);
  let registry = registries.get(key);
  if (!registry) {
    registry = registryFromSource(builtinRules, task.ruleSource);
    registries.set(key, registry);
  }
  return registry;
}

port.on('message', (request: WorkerRequest) => {
  rulesFor(request.task)
    .then((rules) => lintOneFile(request.task, options, rules))
    .then(
      (outcome) => port.postMessage({ id: request.id, outcome } satisfies WorkerResponse),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        port.postMessage({ id: request.id, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } } satisfies WorkerResponse);
      },
    );
});
