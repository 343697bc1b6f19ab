/** Runs shorter than this get no progress bar: it would only flicker. */
export const PROGRESS_MIN_FILES = 20;

export interface ProgressTarget {
  write(text: string): void;
  isTTY: boolean;
  columns?: number;
  env: Readonly<Record<string, string | undefined>>;
}

/** Whether `CI` says we run in a CI service (GitHub Actions, GitLab CI and most others set CI=true). */
export function isCI(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export interface Progress {
  tick(done: number): void;
  /** Erases the bar, so the report starts on a clean line. */
  finish(): void;
}

const NONE: Progress = { tick: () => undefined, finish: () => undefined };

/**
 * A one-line progress bar on stderr for long runs, redrawn in place with `\r`. Only on an
 * interactive terminal: never when stderr is a pipe or a file, never in CI logs (`CI` set), never
 * for fewer than PROGRESS_MIN_FILES files, so captured output stays clean.
 */
export function createProgress(total: number, target: ProgressTarget): Progress {
  if (!target.isTTY || isCI(target.env) || total < PROGRESS_MIN_FILES) return NONE;
  const width = Math.max(10, Math.min(40, (target.columns ?? 80) - 30));
  let drawn = -1;
  let visible = false;
  return {
    tick(done) {
      const filled = Math.round((done / total) * width);
      // Redraw only when the bar or the count changes enough to see: at most `width` + a few writes.
      const step = Math.floor((done / total) * 100);
      if (step === drawn && done !== total) return;
      drawn = step;
      visible = true;
      target.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
    },
    finish() {
      if (visible) target.write(`\r${' '.repeat(width + 30)}\r`);
      visible = false;
    },
  };
}
