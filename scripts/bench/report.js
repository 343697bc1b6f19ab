/**
 * docs/performance.md from one bench result (bench-results/latest.json): the machine, the corpus, one
 * table row per figure with its same-run baseline and ratio, which targets are met, and where the
 * time goes (the CPU profiles of the run). Nothing in the page is typed by hand.
 */

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const ms = (n) => (Number.isFinite(n) ? `${n >= 100 ? n.toFixed(0) : n.toFixed(1)} ms` : '—');
const ratio = (n) => (Number.isFinite(n) ? `${n >= 10 ? n.toFixed(0) : n.toFixed(2)}×` : '—');
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const mbs = (f) => `${fmt(f.mbPerS, 2)} MB/s`;
const memory = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : '—');

function met(target) {
  if (target.met === undefined) return '—';
  return target.met ? '**yes**' : '**no**';
}

/** The table rows: [figure, value, baseline, ratio, target, met]. */
export function tableRows(result) {
  const f = result.figures;
  const t = Object.fromEntries(result.targets.map((x) => [x.id, x]));
  const rows = [];
  const lintRow = (label, fig, floor, target) =>
    rows.push([
      label,
      `${mbs(fig)}, ${fmt(fig.docsPerS, 1)} docs/s (${ms(fig.medianMs)}${Number.isFinite(fig.medianCpuMs) ? `; CPU ${ms(fig.medianCpuMs)}` : ''})`,
      `${floor.label}: ${mbs(floor)} (${ms(floor.medianMs)})`,
      ratio(fig.medianMs / floor.medianMs),
      target ? target.text : '—',
      target ? met(target) : '—',
    ]);
  lintRow('Lint JSON, serial', f.lintJsonSerial, f.floorJson, t.serialVsFloor);
  lintRow(`Lint JSON, ${f.lintJsonWorkers.threads} worker threads`, f.lintJsonWorkers, f.floorJson);
  rows.push([
    'Lint JSON, serial, against ESLint + @eslint/json (recommended) on the same files',
    `${ms(f.lintJsonSerial.medianMs)}`,
    `ESLint: ${ms(f.eslint.medianMs)} (${mbs(f.eslint)}${Number.isFinite(f.eslint.medianCpuMs) ? `; CPU ${ms(f.eslint.medianCpuMs)}` : ''})`,
    ratio(f.lintJsonSerial.medianMs / f.eslint.medianMs),
    t.vsEslint.text,
    met(t.vsEslint),
  ]);
  rows.push([
    `Lint JSON, ${f.lintJsonWorkers.threads} worker threads, against ESLint`,
    `${ms(f.lintJsonWorkers.medianMs)}`,
    `ESLint: ${ms(f.eslint.medianMs)}`,
    ratio(f.lintJsonWorkers.medianMs / f.eslint.medianMs),
    '—',
    '—',
  ]);
  lintRow('Lint renderings (.md), serial', f.lintRenderingSerial, f.floorRendering);
  lintRow(`Lint renderings (.md), ${f.lintRenderingWorkers.threads} worker threads`, f.lintRenderingWorkers, f.floorRendering);
  const s = f.startup;
  rows.push(['Start-up: `pialint --version`', ms(s.version.medianMs), `\`node -e 0\`: ${ms(s.bareNode.medianMs)}`, ratio(s.version.medianMs / s.bareNode.medianMs), t.startup.text, met(t.startup)]);
  rows.push([
    `Start-up: \`pialint\` on one small document (${fmt(s.smallDocument.bytes / 1024, 0)} KB JSON)`,
    ms(s.smallDocument.medianMs),
    `\`node -e 0\`: ${ms(s.bareNode.medianMs)}`,
    ratio(s.smallDocument.medianMs / s.bareNode.medianMs),
    '—',
    '—',
  ]);
  const l = f.lsp;
  rows.push([
    `Editor: re-lint after a change, \`didChange\` → \`publishDiagnostics\`, median of ${l.relint.samples.length} edits (${l.document}, ${fmt(l.bytes / 1024, 0)} KB)`,
    ms(l.relint.medianMs),
    `library lint of the same text in one warm process: ${ms(l.baseline.medianMs)}`,
    ratio(l.relint.medianMs / l.baseline.medianMs),
    t.editor.text,
    met(t.editor),
  ]);
  rows.push([
    'Editor: re-lint, p95',
    ms(l.relint.p95Ms),
    `library lint, p95: ${ms(l.baseline.p95Ms)}`,
    ratio(l.relint.p95Ms / l.baseline.p95Ms),
    '—',
    '—',
  ]);
  rows.push([
    `Editor: plain change with the server's ${l.debounceMs} ms debounce, median of ${l.debounced.samples.length}`,
    ms(l.debounced.medianMs),
    `re-lint median + debounce: ${ms(l.relint.medianMs + l.debounceMs)}`,
    ratio(l.debounced.medianMs / (l.relint.medianMs + l.debounceMs)),
    '—',
    '—',
  ]);
  const i = f.import;
  rows.push([
    `Import (rendering → JSON), synthetic renderings (${mb(i.synthetic.bytes)})`,
    `${fmt(i.synthetic.msPerMB, 0)} ms/MB (median per file ${fmt(i.synthetic.medianMsPerMB, 0)})`,
    `remark-parse of the same text: ${fmt(i.remarkSynthetic.msPerMB, 0)} ms/MB`,
    ratio(i.synthetic.msPerMB / i.remarkSynthetic.msPerMB),
    '—',
    '—',
  ]);
  if (i.corpus) {
    rows.push([
      `Import, the real corpus renderings (${i.corpus.files} files, ${mb(i.corpus.bytes)})`,
      `${fmt(i.corpus.msPerMB, 0)} ms/MB (median per file ${fmt(i.corpus.medianMsPerMB, 0)})`,
      `remark-parse of the same text: ${fmt(i.remarkCorpus.msPerMB, 0)} ms/MB`,
      ratio(i.corpus.msPerMB / i.remarkCorpus.msPerMB),
      '—',
      '—',
    ]);
  }
  const m = f.memory;
  rows.push([
    'Peak memory of the whole run (largest resident set of any process)',
    `${memory(m.peakKB)} (${m.peakIn})`,
    `read + JSON.parse of the JSON corpus: ${memory(m.baselineKB)}`,
    ratio(m.peakKB / m.baselineKB),
    '—',
    '—',
  ]);
  rows.push([
    'Peak memory, serial JSON lint',
    memory(f.lintJsonSerial.maxRssKB),
    `read + JSON.parse: ${memory(m.baselineKB)}`,
    ratio(f.lintJsonSerial.maxRssKB / m.baselineKB),
    '—',
    '—',
  ]);
  return rows;
}

function table(header, rows) {
  const escape = (cell) => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`)].join('\n');
}

function profileSection(title, profile) {
  if (!profile || !profile.phases) return [];
  const pct = (x) => `${fmt(x * 100, 0)} %`;
  const { source, rules } = profile.phases;
  const lines = [
    `**${title}** (one extra run under \`node --cpu-prof\`): of ${ms(profile.lintMs)} of CPU (module loading, ${ms(profile.loadMs)}, and garbage collection, ${ms(profile.gcMs)}, aside),` +
      ` reading the sources took ${pct(source.share)}, the rules ${pct(rules.share)}, the rest (finding files, config, results) ${pct(Math.max(0, 1 - source.share - rules.share))}.`,
    '',
  ];
  if (profile.rules.length > 0) {
    lines.push(table(['rule', 'time', 'share of the lint'], profile.rules.map((r) => [`\`${r.rule}\``, ms(r.ms), pct(r.share)])), '');
  }
  lines.push(table(['function (self time)', 'where', 'self time', 'share'], profile.self.map((p) => [`\`${p.fn}\``, `\`${p.where}\``, ms(p.selfMs), `${fmt(p.share * 100, 1)} %`])), '');
  return lines;
}

export function renderMarkdown(result) {
  const m = result.machine;
  const c = result.corpus;
  const met = result.targets.filter((x) => x.met === true).length;
  const lines = [
    '# Performance',
    '',
    '<!-- Generated by `npm run bench` (scripts/bench.js) from bench-results/latest.json: do not edit by hand. -->',
    '',
    `Measured ${result.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.platform} ${m.arch}, Node ${m.node}` +
      ` (load average ${m.loadavgStart.map((x) => fmt(x, 2)).join(' / ')} at the start, ${m.loadavgEnd.map((x) => fmt(x, 2)).join(' / ')} at the end;` +
      ` the whole bench took ${fmt(result.elapsedS, 0)} s after the build).`,
    '',
    `Every figure is set against a baseline measured in the same run, on the same files. Throughput and`,
    `memory come from fresh processes (median of ${result.settings.runs} runs each, module loading left out);`,
    `start-up is the wall time of the whole command (median of ${result.settings.startupRuns}); editor latency goes through`,
    '`pialint lsp --stdio` with a JSON-RPC client.',
    '',
    `**Corpus**: ${c.documents} synthetic assessments (seed ${result.settings.seed}, ${result.settings.perKind} per kind, JSON ${fmt(c.json.minKB, 0)}–${fmt(c.json.maxKB, 0)} KB each),` +
      ` ${mb(c.json.bytes)} of JSON and ${mb(c.renderings.bytes)} of their TAB renderings (scripts/bench/generate-corpus.js;` +
      ` each document carries ${c.defects.min}–${c.defects.max} known defects, ${c.defects.total} in all).` +
      ` Editor latency uses ${c.editorDocument.source === 'corpus' ? 'the largest real corpus rendering' : 'the largest synthetic rendering (../shared/corpus was not found)'}: \`${c.editorDocument.name}\`.`,
    '',
    `**Targets met: ${met} of ${result.targets.length}.**`,
    '',
    table(['figure', 'value', 'baseline (same run)', 'ratio', 'target', 'met?'], tableRows(result)),
    '',
    'Ratios are value ÷ baseline of the wall times (and of memory): a throughput ratio of 20× means 20 times slower than the floor.' +
      ' CPU times (user + system, all threads of the process) are given beside the wall times: on a loaded machine they show how much of the wall time was waiting.',
    '',
  ];
  if (result.notes.length > 0) {
    lines.push('## Notes from this run', '', ...result.notes.map((n) => `- ${n}`), '');
  }
  if (result.profiles) {
    lines.push('## Where the time goes', '');
    lines.push(...profileSection('Serial JSON lint', result.profiles.lintJson));
    lines.push(...profileSection('Serial rendering lint', result.profiles.lintRendering));
  }
  lines.push(
    '## Reproduce',
    '',
    '```sh',
    'npm run bench                          # build, generate the corpus in a temp dir, measure, write this page',
    'node scripts/bench.js --per-kind 5     # a quicker, smaller run (also: --seed N, --runs N, --no-docs)',
    'node scripts/bench/generate-corpus.js --out DIR   # only the corpus',
    '```',
    '',
    'The raw samples of this run are in `bench-results/latest.json` (not committed).',
    '',
  );
  return lines.join('\n');
}
