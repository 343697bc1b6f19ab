/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) of one lint run: the split between reading the
 * sources and running the rules, the time of each rule, and the functions with the most self time,
 * named by file and line relative to the repository — so the report can say where the time goes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

function relative(url, repoRoot) {
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(repoRoot, file);
  return rel.startsWith('..') ? file : rel;
}

/** Frames whose inclusive time makes a phase (the first matching frame on a stack counts). */
const PHASES = [
  // The synchronous reader (createSource awaits the rendering reader, so its own frame is not on every stack).
  { name: 'source', fn: 'createSourceSync', file: 'dist/src/sources/read-source.js' },
  { name: 'rules', fn: 'runRules', file: 'dist/src/engine/linter.js' },
];

/**
 * `{ busyMs, gcMs, loadMs, lintMs, phases: { source, rules }, rules: [{ rule, ms, share }], self: [{ fn, where, selfMs, share }] }`.
 * The profile covers the whole process: `lintMs` is the busy time without module loading (`loadMs`) and
 * garbage collection (`gcMs`, which V8 samples outside any stack) — the work the bench times, async
 * stacks notwithstanding. Phase and rule shares are of `lintMs`, self-time shares of the busy time.
 */
export function summarizeProfile(file, repoRoot, limit = 12) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const where = (frame) => (frame.url ? `${relative(frame.url, repoRoot)}:${frame.lineNumber + 1}` : '(native)');

  let busy = 0;
  let load = 0;
  const self = new Map();
  const phases = Object.fromEntries(PHASES.map((p) => [p.name, 0]));
  const rules = new Map();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    busy += us;
    const key = `${frame.functionName || '(anonymous)'}\u0000${where(frame)}`;
    self.set(key, (self.get(key) ?? 0) + us);
    // Inclusive time: charge each phase and each rule on the stack once.
    const seenPhases = new Set();
    const seenRules = new Set();
    let loading = false;
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const f = nodes.get(id).callFrame;
      if (f.url.startsWith('node:internal/modules')) loading = true;
      const file = f.url ? relative(f.url, repoRoot) : '';
      for (const p of PHASES) {
        if (!seenPhases.has(p.name) && f.functionName === p.fn && file === p.file) {
          seenPhases.add(p.name);
          phases[p.name] += us;
        }
      }
      const rule = /^dist\/rules\/([a-z0-9-]+)\.js$/.exec(file)?.[1];
      if (rule && f.functionName === 'check' && !seenRules.has(rule)) {
        seenRules.add(rule);
        rules.set(rule, (rules.get(rule) ?? 0) + us);
      }
    }
    if (loading) load += us;
  }
  const share = (us) => (busy > 0 ? us / busy : 0);
  const gc = [...self].filter(([key]) => key.startsWith('(garbage collector)')).reduce((sum, [, us]) => sum + us, 0);
  const lint = Math.max(0, busy - gc - load);
  const ofLint = (us) => (lint > 0 ? us / lint : 0);
  return {
    busyMs: busy / 1000,
    gcMs: gc / 1000,
    loadMs: load / 1000,
    lintMs: lint / 1000,
    phases: { source: { ms: phases.source / 1000, share: ofLint(phases.source) }, rules: { ms: phases.rules / 1000, share: ofLint(phases.rules) } },
    rules: [...rules]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([rule, us]) => ({ rule, ms: us / 1000, share: ofLint(us) })),
    self: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, us]) => {
        const [fn, at] = key.split('\u0000');
        return { fn, where: at, selfMs: us / 1000, share: share(us) };
      }),
  };
}
