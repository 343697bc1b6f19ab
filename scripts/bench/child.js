/**
 * One bench task in a fresh process: `node child.js <task> '<json args>'`. Prints one JSON line with
 * the task's wall time (`ms`, `process.hrtime.bigint()` around the work only — module loading is left
 * out for every task alike) and the process's peak resident memory (`maxRssKB`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (p) => path.join(repoRoot, 'dist', 'src', p);

function clock() {
  const start = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU time (user + system, all threads of the process) since `start`, in ms: shows what load did to the wall time. */
function cpuSince(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function byteLength(files) {
  return files.reduce((sum, f) => sum + readFileSync(f).length, 0);
}

const TASKS = {
  /** The floor for JSON: read every file and JSON.parse it (the parsed documents are kept, as a linter keeps them). */
  async floorJson({ files }) {
    const kept = [];
    const elapsed = clock();
    for (const file of files) kept.push(JSON.parse(readFileSync(file, 'utf8')));
    const ms = elapsed();
    return { ms, files: kept.length, bytes: byteLength(files) };
  },

  /** The floor for renderings: read and decode every file (there is nothing cheaper to parse them with). */
  async floorRead({ files }) {
    const kept = [];
    const elapsed = clock();
    for (const file of files) kept.push(readFileSync(file, 'utf8'));
    const ms = elapsed();
    return { ms, files: kept.length, bytes: byteLength(files) };
  },

  /** pialint's library API on a directory, serial or in worker threads. */
  async lint({ dir, concurrency }) {
    const { lint } = await import(dist('index.js'));
    const cpu = process.cpuUsage();
    const elapsed = clock();
    const results = await lint([dir], { cwd: dir, concurrency });
    const ms = elapsed();
    const cpuMs = cpuSince(cpu);
    let messages = 0;
    let fatal = 0;
    for (const r of results) {
      messages += r.messages.length;
      fatal += r.messages.filter((m) => m.fatal).length;
    }
    return { ms, cpuMs, files: results.length, messages, fatal };
  },

  /** The familiar peer: ESLint with @eslint/json's recommended rules on the same JSON files. */
  async eslint({ dir }) {
    const [{ ESLint }, { default: json }] = await Promise.all([import('eslint'), import('@eslint/json')]);
    const cpu = process.cpuUsage();
    const elapsed = clock();
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.json'], plugins: { json }, language: 'json/json', ...json.configs.recommended }],
    });
    const results = await eslint.lintFiles(['**/*.json']);
    const ms = elapsed();
    return { ms, cpuMs: cpuSince(cpu), files: results.length, messages: results.reduce((s, r) => s + r.messages.length, 0) };
  },

  /** The importer alone (rendering → assessment), per file; texts are read before the clock starts. */
  async importRenderings({ files }) {
    const { importRendering } = await import(dist('sources/rendering/index.js'));
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const perFile = [];
    const elapsed = clock();
    for (const text of texts) {
      const one = clock();
      importRendering(text);
      perFile.push(one());
    }
    const ms = elapsed();
    return { ms, perFile, bytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0) };
  },

  /** Baseline for the importer: remark-parse (the Markdown parser the importer itself uses) on the same texts. */
  async remark({ files }) {
    const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const processor = unified().use(remarkParse);
    const elapsed = clock();
    for (const text of texts) processor.parse(text);
    const ms = elapsed();
    return { ms, bytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0) };
  },

  /**
   * Baseline for the editor: the same document linted in one warm process with the library
   * (createSource + verify, as the server does), `runs` times after one warm-up run.
   */
  async lintInProcess({ file, runs }) {
    const { createSource, verify, builtinRules, loadConfig } = await import(dist('index.js'));
    const text = readFileSync(file, 'utf8');
    const config = { ...loadConfig(file, { cwd: path.dirname(file) }), today: new Date().toISOString().slice(0, 10) };
    const once = async () => {
      const elapsed = clock();
      const doc = await createSource(file, { text, encoding: 'utf8', bom: false });
      verify(doc, config, builtinRules);
      return elapsed();
    };
    await once();
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await once());
    return { samples };
  },

  /** Editor latency through the real language server (lsp-latency.js). */
  async lsp(args) {
    const { measureLspLatency } = await import('./lsp-latency.js');
    return measureLspLatency(args);
  },
};

const [task, json] = process.argv.slice(2);
const run = TASKS[task];
if (!run) {
  process.stderr.write(`unknown bench task: ${task}\n`);
  process.exit(2);
}
const result = await run(JSON.parse(json ?? '{}'));
result.maxRssKB = process.resourceUsage().maxRSS;
process.stdout.write(JSON.stringify(result) + '\n');
