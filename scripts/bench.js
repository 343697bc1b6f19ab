#!/usr/bin/env node
/**
 * `npm run bench`: throughput, start-up, memory and editor latency of pialint, each against a baseline
 * measured in the same run (read + JSON.parse of the same files, bare `node -e 0`, ESLint with
 * @eslint/json on the same files, remark-parse of the same renderings, the library in a warm process).
 * Writes bench-results/latest.json (every sample) and docs/performance.md (the table).
 *
 *   node scripts/bench.js [--per-kind 20] [--seed 1] [--runs 3] [--lsp-edits 50] [--startup-runs 20]
 *                         [--budget 240] [--out bench-results/latest.json] [--no-docs] [--no-profile] [--keep]
 *
 * Needs the build (`npm run bench` builds first). Designed to finish within 5 minutes, build included,
 * on a 2-core machine: when the run falls behind its time budget, later phases use fewer repetitions
 * and the report says so.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './bench/generate-corpus.js';
import { median, nowMs, percentile, repeatTask, runTask, timeCommand } from './bench/measure.js';
import { summarizeProfile } from './bench/profile.js';
import { renderMarkdown } from './bench/report.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repoRoot, 'bin', 'pialint.js');

function parseArgs(argv) {
  const args = {
    perKind: 20,
    seed: 1,
    runs: 3,
    lspEdits: 50,
    startupRuns: 20,
    budgetS: 240,
    docs: true,
    profile: true,
    keep: false,
    out: path.join(repoRoot, 'bench-results', 'latest.json'),
  };
  const number = (i) => {
    const n = Number(argv[i]);
    if (!Number.isFinite(n) || n < 1) throw new Error(`${argv[i - 1]} takes a positive number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--per-kind') args.perKind = number(++i);
    else if (a === '--seed') args.seed = number(++i);
    else if (a === '--runs') args.runs = number(++i);
    else if (a === '--lsp-edits') args.lspEdits = number(++i);
    else if (a === '--budget') args.budgetS = number(++i);
    else if (a === '--startup-runs') args.startupRuns = number(++i);
    else if (a === '--out') args.out = path.resolve(argv[++i] ?? '');
    else if (a === '--no-docs') args.docs = false;
    else if (a === '--no-profile') args.profile = false;
    else if (a === '--keep') args.keep = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

function filesIn(dir) {
  return readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
}

function bytesOf(files) {
  return files.reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Median and throughput of a series of task results over `files` of `bytes`. */
function throughput(results, files, bytes, extra = {}) {
  const samplesMs = results.map((r) => r.ms);
  const medianMs = median(samplesMs);
  const cpu = results.map((r) => r.cpuMs).filter(Number.isFinite);
  return {
    samplesMs,
    medianMs,
    ...(cpu.length > 0 ? { cpuSamplesMs: cpu, medianCpuMs: median(cpu) } : {}),
    mbPerS: bytes / 1024 / 1024 / (medianMs / 1000),
    docsPerS: files / (medianMs / 1000),
    maxRssKB: Math.max(...results.map((r) => r.maxRssKB)),
    ...extra,
  };
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

/** The largest real rendering, for the editor figure; undefined when ../shared/corpus is absent. */
function largestCorpusDocument() {
  const dir = path.resolve(repoRoot, '..', 'shared', 'corpus');
  if (!existsSync(dir)) return { dir, files: [] };
  const files = filesIn(dir).filter((f) => /\.(?:txt|md)$/.test(f) && !/README/i.test(path.basename(f)));
  const largest = files.reduce((a, f) => (a === undefined || statSync(f).size > statSync(a).size ? f : a), undefined);
  return { dir, files, largest };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = nowMs();
  const elapsedS = () => (nowMs() - started) / 1000;
  const behind = (share) => elapsedS() > args.budgetS * share;
  const notes = [];
  const reduced = (phase, share) => {
    if (!behind(share)) return args.runs;
    notes.push(`${phase}: 1 run instead of ${args.runs} (the bench was behind its ${args.budgetS} s budget).`);
    return 1;
  };
  const loadavgStart = os.loadavg();
  const work = mkdtempSync(path.join(os.tmpdir(), 'pialint-bench-'));
  const threads = Math.max(2, Math.min(4, os.availableParallelism()));
  const peaks = [];
  const track = (where, results) => {
    for (const r of [results].flat()) if (Number.isFinite(r.maxRssKB)) peaks.push({ where, kb: r.maxRssKB });
    return results;
  };

  try {
    // ---- corpus
    log(`generating the corpus (${args.perKind} per kind, seed ${args.seed}) in ${work}`);
    const corpusDir = path.join(work, 'corpus');
    const manifest = generateCorpus({ seed: args.seed, perKind: args.perKind, outDir: corpusDir });
    const jsonDir = path.join(corpusDir, 'json');
    const renderingDir = path.join(corpusDir, 'rendering');
    const jsonFiles = filesIn(jsonDir);
    const renderingFiles = filesIn(renderingDir);
    const jsonBytes = bytesOf(jsonFiles);
    const renderingBytes = bytesOf(renderingFiles);
    const defectCounts = manifest.documents.map((d) => d.defects.length);

    // ---- floors
    log('floors: read + JSON.parse, read + decode');
    const floorRuns = Math.max(5, args.runs);
    const floorJson = throughput(track('read + JSON.parse', await repeatTask('floorJson', { files: jsonFiles }, floorRuns)), jsonFiles.length, jsonBytes, {
      label: 'read + JSON.parse',
    });
    const floorRendering = throughput(
      track('read + decode', await repeatTask('floorRead', { files: renderingFiles }, floorRuns)),
      renderingFiles.length,
      renderingBytes,
      { label: 'read + decode' },
    );

    // ---- JSON lint, ESLint
    log('lint JSON, serial');
    const jsonSerialRuns = track('lint JSON serial', await repeatTask('lint', { dir: jsonDir, concurrency: 'off' }, args.runs));
    const lintJsonSerial = throughput(jsonSerialRuns, jsonFiles.length, jsonBytes, { messages: jsonSerialRuns[0].messages });
    log('ESLint + @eslint/json on the same files');
    const eslintRuns = track('ESLint', await repeatTask('eslint', { dir: jsonDir }, args.runs));
    const eslint = throughput(eslintRuns, jsonFiles.length, jsonBytes, { messages: eslintRuns[0].messages });
    log(`lint JSON, ${threads} worker threads`);
    const lintJsonWorkers = throughput(
      track('lint JSON workers', await repeatTask('lint', { dir: jsonDir, concurrency: threads }, reduced('JSON lint with workers', 0.35))),
      jsonFiles.length,
      jsonBytes,
      { threads },
    );

    // ---- start-up
    log('start-up');
    const smallDir = path.join(work, 'small');
    mkdirSync(smallDir);
    const smallDoc = path.join(smallDir, 'kiso.json');
    copyFileSync(path.join(repoRoot, 'fixtures', 'valid', 'kiso.json'), smallDoc);
    const startupRuns = args.startupRuns;
    const bare = [];
    const version = [];
    const small = [];
    for (let i = 0; i < startupRuns; i++) {
      // Interleaved, so that a slow moment of the machine hits every series alike.
      bare.push(timeCommand(['-e', '0']));
      version.push(timeCommand([cli, '--version']));
      if (i % 2 === 0) small.push(timeCommand([cli, 'kiso.json'], { cwd: smallDir, okCodes: [0, 1] }));
    }
    const startup = {
      bareNode: { samplesMs: bare, medianMs: median(bare) },
      version: { samplesMs: version, medianMs: median(version) },
      smallDocument: { samplesMs: small, medianMs: median(small), bytes: statSync(smallDoc).size },
    };

    // ---- renderings
    log('lint renderings, serial');
    const renderingSerialRuns = track('lint renderings serial', await repeatTask('lint', { dir: renderingDir, concurrency: 'off' }, reduced('Serial rendering lint', 0.45)));
    const lintRenderingSerial = throughput(renderingSerialRuns, renderingFiles.length, renderingBytes, { messages: renderingSerialRuns[0].messages });
    log(`lint renderings, ${threads} worker threads`);
    const lintRenderingWorkers = throughput(
      track('lint renderings workers', await repeatTask('lint', { dir: renderingDir, concurrency: threads }, reduced('Rendering lint with workers', 0.55))),
      renderingFiles.length,
      renderingBytes,
      { threads },
    );

    // ---- import per MB
    log('import per MB');
    const corpus = largestCorpusDocument();
    const perMB = (r) => ({
      bytes: r.bytes,
      files: r.perFile?.length,
      msPerMB: r.ms / (r.bytes / 1024 / 1024),
      maxRssKB: r.maxRssKB,
    });
    const importSynthetic = track('import', await runTask('importRenderings', { files: renderingFiles }));
    const importFigures = {
      synthetic: { ...perMB(importSynthetic), medianMsPerMB: median(importSynthetic.perFile.map((ms, i) => ms / (statSync(renderingFiles[i]).size / 1024 / 1024))) },
      remarkSynthetic: perMB(track('remark-parse', await runTask('remark', { files: renderingFiles }))),
    };
    if (corpus.files.length > 0) {
      const importCorpus = track('import', await runTask('importRenderings', { files: corpus.files }));
      importFigures.corpus = {
        ...perMB(importCorpus),
        medianMsPerMB: median(importCorpus.perFile.map((ms, i) => ms / (statSync(corpus.files[i]).size / 1024 / 1024))),
        perFile: corpus.files.map((f, i) => ({ name: path.basename(f), bytes: statSync(f).size, ms: importCorpus.perFile[i] })),
      };
      importFigures.remarkCorpus = perMB(track('remark-parse', await runTask('remark', { files: corpus.files })));
    }

    // ---- editor
    const editorDir = path.join(work, 'editor');
    mkdirSync(editorDir);
    let editorSource = corpus.largest;
    let editorKind = 'corpus';
    if (!editorSource) {
      notes.push(`${corpus.dir} was not found: editor latency uses the largest synthetic rendering instead of the largest real one.`);
      editorSource = renderingFiles.reduce((a, f) => (statSync(f).size > statSync(a).size ? f : a));
      editorKind = 'synthetic';
    }
    const editorDoc = path.join(editorDir, path.basename(editorSource));
    copyFileSync(editorSource, editorDoc);
    const { DEBOUNCE_MS } = await import('../dist/src/lsp/server.js');
    const lspEdits = behind(0.75) ? Math.max(10, Math.round(args.lspEdits / 5)) : args.lspEdits;
    if (lspEdits !== args.lspEdits) notes.push(`Editor latency: ${lspEdits} edits instead of ${args.lspEdits} (the bench was behind its ${args.budgetS} s budget).`);
    log(`editor latency on ${path.basename(editorDoc)}: library baseline, then ${lspEdits} edits through the language server`);
    const baselineRuns = track('library lint (editor baseline)', await runTask('lintInProcess', { file: editorDoc, runs: 10 }));
    const lspRun = track('LSP client', await runTask('lsp', { file: editorDoc, edits: lspEdits, debouncedEdits: 5, seed: args.seed }));
    if (Number.isFinite(lspRun.serverMaxRssKB)) peaks.push({ where: 'language server', kb: lspRun.serverMaxRssKB });
    const lsp = {
      document: path.basename(editorDoc),
      source: editorKind,
      bytes: lspRun.bytes,
      openMs: lspRun.openMs,
      debounceMs: DEBOUNCE_MS,
      relint: { samples: lspRun.relint, medianMs: median(lspRun.relint), p95Ms: percentile(lspRun.relint, 95) },
      debounced: { samples: lspRun.debounced, medianMs: median(lspRun.debounced) },
      baseline: { samples: baselineRuns.samples, medianMs: median(baselineRuns.samples), p95Ms: percentile(baselineRuns.samples, 95) },
      serverMaxRssKB: lspRun.serverMaxRssKB,
    };

    // ---- profiles (only with time to spare: they are explanations, not figures)
    let profiles;
    if (args.profile) {
      if (behind(0.8)) {
        notes.push('No CPU profiles: the bench was behind its time budget.');
      } else {
        log('CPU profiles of one serial JSON lint and one serial rendering lint');
        const profileDir = path.join(work, 'profiles');
        const profileOf = async (dir, sub) => {
          const out = path.join(profileDir, sub);
          await runTask('lint', { dir, concurrency: 'off' }, { cpuProfileDir: out });
          const file = filesIn(out).find((f) => f.endsWith('.cpuprofile'));
          return file ? summarizeProfile(file, repoRoot) : undefined;
        };
        profiles = { lintJson: await profileOf(jsonDir, 'json') };
        if (!behind(0.88)) profiles.lintRendering = await profileOf(renderingDir, 'rendering');
        else notes.push('No CPU profile of the rendering lint: the bench was behind its time budget.');
      }
    }

    // ---- memory, targets, notes
    peaks.push({ where: 'bench driver', kb: process.resourceUsage().maxRSS });
    const peak = peaks.reduce((a, b) => (b.kb > a.kb ? b : a));
    const memory = { peakKB: peak.kb, peakIn: peak.where, baselineKB: floorJson.maxRssKB, byProcess: peaks };
    const serialRatio = lintJsonSerial.medianMs / floorJson.medianMs;
    const eslintRatio = lintJsonSerial.medianMs / eslint.medianMs;
    const startupRatio = startup.version.medianMs / startup.bareNode.medianMs;
    const targets = [
      { id: 'serialVsFloor', text: '≤ 3× the floor', ratio: serialRatio, met: serialRatio <= 3 },
      { id: 'vsEslint', text: 'faster than ESLint (< 1×)', ratio: eslintRatio, met: eslintRatio < 1 },
      { id: 'startup', text: '≤ 1.3× bare node', ratio: startupRatio, met: startupRatio <= 1.3 },
      { id: 'editor', text: 'median < 50 ms', valueMs: lsp.relint.medianMs, met: lsp.relint.medianMs < 50 },
    ];
    // Why a target is missed, in the run's own numbers (the profiles say where the rest goes).
    const pct = (x) => `${Math.round(x * 100)} %`;
    const jsonPhases = profiles?.lintJson?.phases;
    if (!targets[0].met && jsonPhases) {
      const sourceMs = lintJsonSerial.medianMs * jsonPhases.source.share;
      notes.push(
        `Serial JSON lint against the floor: reading the sources (jsonc-parser, which keeps every value's position for messages and fixes) is ${pct(jsonPhases.source.share)} of the lint, about ${Math.round(sourceMs)} ms or ${(sourceMs / floorJson.medianMs).toFixed(1)}× the whole read + JSON.parse floor by itself; the rules are ${pct(jsonPhases.rules.share)}. Within 3× of the floor is out of reach of this design (ESLint + @eslint/json itself is ${(eslint.medianMs / floorJson.medianMs).toFixed(0)}× the floor).`,
      );
    }
    if (!targets[3].met) {
      const imported = importFigures.corpus?.perFile?.find((p) => p.name === lsp.document);
      notes.push(
        `Editor re-lint: every change re-imports and re-lints the whole document${imported ? `; importing ${lsp.document} alone took ${Math.round(imported.ms)} ms in this run (import figure)` : ''}, and the library does the same work in ${Math.round(lsp.baseline.medianMs)} ms, so the server adds little (${(lsp.relint.medianMs / lsp.baseline.medianMs).toFixed(2)}×). Under 50 ms on a document of this size needs incremental work: re-import only the changed rows and re-run only the rules whose fields changed.`,
      );
    }
    if (lintJsonWorkers.medianMs > lintJsonSerial.medianMs) {
      notes.push(
        `Worker threads were slower than serial in this run (JSON: CPU ${Math.round(lintJsonWorkers.medianCpuMs)} ms against ${Math.round(lintJsonSerial.medianCpuMs)} ms serial): each worker loads the modules and warms up on its own, and on a loaded 2-CPU machine the threads do not get two CPUs.`,
      );
    }
    const loadavgEnd = os.loadavg();
    if (Math.max(loadavgStart[0], loadavgEnd[0]) > os.cpus().length) {
      notes.push(`The machine was busy with other work (load average above the ${os.cpus().length} CPUs): absolute times are pessimistic; ratios are fairer, as both sides ran under the same load.`);
    }
    notes.push(
      `Lint results: ${lintJsonSerial.messages} messages on the JSON files and ${lintRenderingSerial.messages} on their renderings (the corpus carries ${defectCounts.reduce((a, b) => a + b, 0)} injected defects); ESLint + @eslint/json reported ${eslint.messages} (its rules check JSON syntax, keys and values, not the form: it is the familiar cost of linting JSON, not a competitor).`,
    );
    notes.push(
      `Editor: the server lints ${lsp.debounceMs} ms after the last change (debounce) or at once when a request needs the result; the re-lint series sends a hover with each change, so it measures the lint itself. Opening the document (first lint) took ${Math.round(lsp.openMs)} ms. The server's peak memory was ${lsp.serverMaxRssKB ? `${Math.round(lsp.serverMaxRssKB / 1024)} MB` : 'not available'}.`,
    );
    notes.push(`Worker threads: \`--concurrency ${threads}\` (at least 2, at most 4 or the CPU count).`);

    const result = {
      schemaVersion: 1,
      date: new Date().toISOString(),
      machine: {
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        cpus: os.cpus().length,
        node: process.versions.node,
        platform: os.platform(),
        arch: os.arch(),
        totalMemMB: Math.round(os.totalmem() / 1024 / 1024),
        loadavgStart,
        loadavgEnd,
      },
      settings: { seed: args.seed, perKind: args.perKind, runs: args.runs, lspEdits, startupRuns, budgetS: args.budgetS },
      corpus: {
        documents: manifest.documents.length,
        json: { files: jsonFiles.length, bytes: jsonBytes, minKB: Math.min(...manifest.documents.map((d) => d.jsonBytes)) / 1024, maxKB: Math.max(...manifest.documents.map((d) => d.jsonBytes)) / 1024 },
        renderings: { files: renderingFiles.length, bytes: renderingBytes },
        defects: { total: defectCounts.reduce((a, b) => a + b, 0), min: Math.min(...defectCounts), max: Math.max(...defectCounts) },
        editorDocument: { name: path.basename(editorDoc), bytes: lsp.bytes, source: editorKind },
      },
      figures: {
        floorJson,
        floorRendering,
        lintJsonSerial,
        lintJsonWorkers,
        eslint,
        lintRenderingSerial,
        lintRenderingWorkers,
        startup,
        import: importFigures,
        lsp,
        memory,
      },
      targets,
      profiles,
      notes,
      elapsedS: elapsedS(),
    };

    mkdirSync(path.dirname(args.out), { recursive: true });
    writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n');
    log(`wrote ${path.relative(process.cwd(), args.out)}`);
    const markdown = renderMarkdown(result);
    if (args.docs) {
      writeFileSync(path.join(repoRoot, 'docs', 'performance.md'), markdown);
      log('wrote docs/performance.md');
    }
    process.stdout.write(markdown);
    log(`done in ${elapsedS().toFixed(0)} s; targets met: ${targets.filter((t) => t.met).length} of ${targets.length}`);
  } finally {
    if (args.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
