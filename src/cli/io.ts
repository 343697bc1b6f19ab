/** What a command may touch of the outside world: injected so commands can be tested in-process. */
export interface CliIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input (for `--stdin` and `-`). */
  readStdin(): Promise<string>;
  stdoutIsTTY: boolean;
  /** Whether stderr is an interactive terminal (the progress bar is drawn only then). */
  stderrIsTTY?: boolean;
  /** The terminal width of stderr, when it is one. */
  stderrColumns?: number;
  env: Readonly<Record<string, string | undefined>>;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(process.stderr.columns ? { stderrColumns: process.stderr.columns } : {}),
    env: process.env,
  };
}

/** Exit codes as ESLint: 0 clean, 1 problems, 2 usage, config or internal error. */
export const EXIT = { ok: 0, problems: 1, fatal: 2 } as const;
