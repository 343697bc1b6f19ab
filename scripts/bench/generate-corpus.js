#!/usr/bin/env node
/**
 * The bench corpus: N assessments of each kind, seeded and reproducible byte for byte, written as JSON
 * and as TAB renderings (render.js). Each document starts from the valid fixture of its kind, takes a
 * place name of its own, grows (or shrinks) to a target size spread 30–500 KB on a log scale by adding
 * what makes real assessments big (変更箇所 rows, 提供先/移転先 and 委託事項 slots, systems, record
 * items, longer free text), and then gets a few defects of the kinds reviewers meet (再委託する
 * without 許諾方法, a 令和1年 date, an option text that is not on the form, a count that does not
 * match its slots). The manifest lists every defect with the rule expected to report it.
 *
 *   node scripts/bench/generate-corpus.js [--seed 1] [--per-kind 20] [--out DIR (default: <tmp>/pialint-bench-corpus)]
 *
 * Needs the build (dist/): it reads the catalogue to label change rows and render documents.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fieldLabel } from '../../dist/src/model/labels.js';
import { iterateFields } from '../../dist/src/model/walk.js';
import { Random, deriveSeed } from './prng.js';
import { renderAssessment } from './render.js';
import { PROVIDE_RECIPIENTS, RECORD_GROUPS, RECORD_ITEMS, TRANSFER_RECIPIENTS, TextBank } from './text-bank.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const KINDS = ['kiso', 'juten', 'zenko'];
export const MIN_BYTES = 30 * 1024;
export const MAX_BYTES = 500 * 1024;
/** The largest single growth step: targets stop this far below MAX_BYTES so no document overshoots. */
const STEP_MARGIN = 24 * 1024;

export function loadFixtures(dir = path.join(repoRoot, 'fixtures', 'valid')) {
  return Object.fromEntries(KINDS.map((kind) => [kind, JSON.parse(readFileSync(path.join(dir, `${kind}.json`), 'utf8'))]));
}

export function serialize(doc) {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Approximate bytes a value adds to the pretty-printed document (indentation included). */
function sizeOf(value) {
  return Math.round(Buffer.byteLength(JSON.stringify(value)) * 1.2);
}

function byteSize(doc) {
  return Buffer.byteLength(serialize(doc));
}

// ------------------------------------------------------------------ structure helpers

function slotKeys(container, group) {
  const re = new RegExp(`^${group}\\[(\\d+)\\]$`);
  return Object.keys(container ?? {})
    .filter((k) => re.test(k))
    .sort((a, b) => Number(re.exec(a)[1]) - Number(re.exec(b)[1]));
}

/** Adds `key: value` right after the last key of the same slot group (key order is document order). */
function insertSlot(container, group, value) {
  const keys = slotKeys(container, group);
  const key = `${group}[${keys.length + 1}]`;
  const after = keys[keys.length - 1];
  const entries = Object.entries(container);
  const at = after === undefined ? entries.length : entries.findIndex(([k]) => k === after) + 1;
  entries.splice(at, 0, [key, value]);
  for (const k of Object.keys(container)) delete container[k];
  for (const [k, v] of entries) container[k] = v;
  return key;
}

function fileBlocks(doc) {
  return Object.keys(doc).filter((k) => /^II\[\d+\]$/.test(k));
}

/** Wareki as the forms print it; the first year of 令和 is 元年 (the 令和1年 spelling is a defect). */
export function wareki(date) {
  const [y, m, d] = date.split('-').map(Number);
  if (date >= '2019-05-01') return `令和${y - 2018 === 1 ? '元' : y - 2018}年${m}月${d}日`;
  return `平成${y - 1988}年${m}月${d}日`;
}

function randomDate(random, fromIso, toIso) {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  return new Date(from + Math.floor(random.next() * (to - from))).toISOString().slice(0, 10);
}

function publishedIso(doc) {
  const iso = doc.cover?.published?.iso;
  return typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : '2025-03-31';
}

// ------------------------------------------------------------------ growth steps

/** Text that may cite the law (its meaning depends on the date it speaks at). */
const CITES = /[条項号]|別表|省令|法律/;

/** Growth steps return the approximate bytes they added (0: nothing to grow here). */

/** Free-text fields worth lengthening (already prose, not a name or a dash). */
function proseFields(doc) {
  const out = [];
  for (const entry of iterateFields(doc)) {
    if (entry.def.type !== 'text' || typeof entry.value !== 'string') continue;
    if (entry.value.length < 40 || /(?:^|\.)(?:name|title|fileName|contractor|dept)$/.test(entry.fieldId)) continue;
    // The cover is one-off prose, and a change row speaks as of its own date.
    if (/^(?:cover|annex)\./.test(entry.fieldId)) continue;
    // Cloud statements come as a set that cloud-wording checks: cut or padded, they would be findings.
    if (entry.value.includes('クラウド')) continue;
    out.push(entry);
  }
  return out;
}

function setAt(doc, fieldId, value) {
  const tokens = fieldId.split('.');
  let node = doc;
  for (const t of tokens.slice(0, -1)) node = node[t];
  node[tokens[tokens.length - 1]] = value;
}

function getAt(doc, fieldId) {
  return fieldId.split('.').reduce((node, t) => (node && typeof node === 'object' ? node[t] : undefined), doc);
}

function extendText(ctx) {
  const fields = ctx.prose;
  if (fields.length === 0) return 0;
  const { fieldId } = ctx.random.pick(fields);
  const value = getAt(ctx.doc, fieldId);
  if (typeof value !== 'string') return 0;
  const bullets = value.split('\n').some((l) => l.startsWith('・'));
  const added = ctx.bank.paragraph(ctx.random, ctx.place, ctx.random.int(1, 3), bullets);
  setAt(ctx.doc, fieldId, `${value}${bullets ? '\n' : ''}${added}`);
  return Buffer.byteLength(added);
}

function addChangeRow(ctx) {
  const { doc, random, kind } = ctx;
  doc.annex ??= {};
  const fields = ctx.texts;
  if (fields.length === 0) return 0;
  const target = random.pick(fields);
  const current = getAt(doc, target.fieldId);
  if (typeof current !== 'string') return 0;
  const before = current.length > 400 ? current.slice(0, 400) : current;
  const after = `${before}${ctx.bank.paragraph(random, ctx.place, 1)}`;
  // Text that cites the law is dated after the last renumbering (2024-05-27), so that a row never
  // cites what did not exist yet on its date: that is a defect of its own, not one of the mix.
  const cites = CITES.test(before + after);
  const iso = randomDate(random, cites ? '2024-06-01' : '2015-10-05', publishedIso(doc));
  const timing = random.chance(0.7) ? { value: 'after', raw: '事後' } : { value: 'before', raw: '事前' };
  const row = {
    date: { raw: wareki(iso), iso },
    item: fieldLabel(target.fieldId, kind),
    before,
    after,
    timing,
    timingNote: timing.value === 'after' ? '記載内容の明確化であり、重要な変更にあたらない' : null,
  };
  insertSlot(doc.annex, 'changes', row);
  return sizeOf(row);
}

function addProvision(ctx, group) {
  const { doc, random } = ctx;
  const blocks = fileBlocks(doc);
  if (blocks.length === 0) return 0;
  const five = doc[random.pick(blocks)]['5'];
  const keys = slotKeys(five, group);
  if (!five || keys.length === 0 || keys.length >= 20) return 0;
  const slot = structuredClone(five[random.pick(keys)]);
  slot.name = group === 'provide' ? random.pick(PROVIDE_RECIPIENTS) : random.pick(TRANSFER_RECIPIENTS);
  if (typeof slot.purpose === 'string') slot.purpose = ctx.bank.localize(`${slot.purpose.split('。')[0]}。${ctx.bank.paragraph(random, ctx.place, 1)}`, ctx.place);
  insertSlot(five, group, slot);
  five[group === 'provide' ? 'provideCount' : 'transferCount'] = keys.length + 1;
  return sizeOf(slot);
}

function addOutsourcing(ctx) {
  const { doc, random } = ctx;
  const blocks = fileBlocks(doc);
  if (blocks.length === 0) return 0;
  const four = doc[random.pick(blocks)]['4'];
  const keys = slotKeys(four, 'item');
  if (!four || keys.length === 0 || keys.length >= 20) return 0;
  const slot = structuredClone(four[random.pick(keys)]);
  slot.title = `${ctx.place.town}${random.pick(['国民健康保険', '介護保険', '住民税', '福祉', '子育て支援'])}${random.pick(['システム運用保守業務', '帳票印刷業務', 'データ入力業務', '窓口受付業務'])}`;
  if (typeof slot.content === 'string') slot.content = ctx.bank.paragraph(random, ctx.place, random.int(1, 3));
  insertSlot(four, 'item', slot);
  four.count = keys.length + 1;
  return sizeOf(slot);
}

function addSystem(ctx) {
  const two = ctx.doc.I?.['2'];
  const keys = slotKeys(two, 'system');
  if (!two || keys.length === 0 || keys.length >= 15) return 0;
  const slot = structuredClone(two[ctx.random.pick(keys)]);
  slot.name = `${ctx.random.pick(['住民情報', '税務', '福祉総合', '収納管理', '文書管理'])}システム${keys.length + 1}`;
  slot.function = ctx.bank.paragraph(ctx.random, ctx.place, ctx.random.int(2, 4));
  insertSlot(two, 'system', slot);
  return sizeOf(slot);
}

function addRecordGroup(ctx) {
  const annex = ctx.doc.annex;
  const records = annex?.['records[1]'];
  if (!records) return 0;
  const name = ctx.random.pick(RECORD_GROUPS);
  const items = ctx.random.sample(RECORD_ITEMS, ctx.random.int(6, 20));
  insertSlot(records, 'group', { name, items });
  if (typeof records.raw === 'string') records.raw += `\n${name}\n${items.join('、')}`;
  return 2 * sizeOf({ name, items });
}

const GROWTH = {
  kiso: [
    [addChangeRow, 5],
    [extendText, 5],
  ],
  juten: [
    [addChangeRow, 4],
    [extendText, 4],
    [(ctx) => addProvision(ctx, 'provide'), 1],
    [(ctx) => addProvision(ctx, 'transfer'), 1],
    [addOutsourcing, 0.4],
    [addSystem, 0.2],
    [addRecordGroup, 0.5],
  ],
};
GROWTH.zenko = GROWTH.juten;

function weightedPick(random, steps) {
  const total = steps.reduce((sum, [, w]) => sum + w, 0);
  let x = random.next() * total;
  for (const [step, w] of steps) {
    x -= w;
    if (x < 0) return step;
  }
  return steps[steps.length - 1][0];
}

/** Shortens long free text to its first sentence, for targets below the fixture's own size. */
function shrink(ctx, target) {
  const entries = proseFields(ctx.doc).sort((a, b) => b.value.length - a.value.length);
  for (const entry of entries) {
    if (byteSize(ctx.doc) <= target) return;
    const first = entry.value.split(/(?<=。)/)[0];
    if (first.length < entry.value.length) setAt(ctx.doc, entry.fieldId, first);
  }
}

/** Keeps change rows in date order and numbered from 1, as a real change log is. */
function sortChanges(doc) {
  const annex = doc.annex;
  if (!annex) return;
  const keys = slotKeys(annex, 'changes');
  const rows = keys.map((k) => annex[k]).sort((a, b) => String(a.date?.iso ?? '').localeCompare(String(b.date?.iso ?? '')));
  keys.forEach((k, i) => (annex[k] = rows[i]));
}

// ------------------------------------------------------------------ defects

const OPTION_TYPOS = [
  ['十分に行っている', '十分に行なっている'],
  ['十分である', '十分で有る'],
  ['行っている', '行なっている'],
  ['定めている', '定めてある'],
  ['記録を残している', '記録を残してある'],
  ['実施する', '実施します'],
  ['発生なし', '発生無し'],
];

function choiceWith(doc, texts) {
  return [...iterateFields(doc)].filter((e) => e.def.type === 'choice' && e.value && typeof e.value.raw === 'string' && texts.includes(e.value.raw));
}

const DEFECTS = {
  /** 再委託する, but no 再委託の許諾方法 (subcontract-details). */
  subcontractWithoutPermission(ctx) {
    const items = fileBlocks(ctx.doc).flatMap((f) => slotKeys(ctx.doc[f]['4'], 'item').map((k) => `${f}.4.${k}`));
    if (items.length === 0) return undefined;
    const id = ctx.random.pick(items);
    const item = getAt(ctx.doc, id);
    item.subcontract = { value: 'subcontract', raw: '再委託する' };
    item.subcontractPermission = null;
    if (typeof item.subcontractWork !== 'string' || item.subcontractWork === '—') item.subcontractWork = 'システム運用業務の一部';
    return { type: 'subcontract-without-permission', fieldId: `${id}.subcontractPermission`, rule: 'subcontract-details' };
  },
  /** A date written 令和1年 instead of 令和元年 (era-first-year). */
  reiwaFirstYear(ctx) {
    const keys = slotKeys(ctx.doc.annex, 'changes');
    // A row whose text cites no law: moving it to 2019 must not make a citation anachronistic.
    const plain = keys.filter((k) => !CITES.test(JSON.stringify(ctx.doc.annex[k])));
    if (plain.length === 0) return undefined;
    const key = ctx.random.pick(plain);
    const iso = `2019-${String(ctx.random.int(5, 12)).padStart(2, '0')}-${String(ctx.random.int(1, 28)).padStart(2, '0')}`;
    const [, m, d] = iso.split('-').map(Number);
    const row = ctx.doc.annex[key];
    row.date = { raw: `令和1年${m}月${d}日`, iso };
    // Only the spelling is wrong: the row moves to its place in the date order.
    sortChanges(ctx.doc);
    const at = keys.find((k) => ctx.doc.annex[k] === row);
    return { type: 'reiwa-first-year', fieldId: `annex.${at}.date`, rule: 'era-first-year' };
  },
  /** An option text that is not on the form (送り仮名 and the like: choice-value). */
  optionTypo(ctx) {
    const candidates = choiceWith(ctx.doc, OPTION_TYPOS.map(([a]) => a));
    if (candidates.length === 0) return undefined;
    const entry = ctx.random.pick(candidates);
    const typo = OPTION_TYPOS.find(([a]) => a === entry.value.raw)[1];
    setAt(ctx.doc, entry.fieldId, { ...entry.value, raw: typo });
    return { type: 'option-typo', fieldId: entry.fieldId, rule: 'choice-value' };
  },
  /** 委託件数 or 提供件数 that does not match the slots (outsourcing-count / provision-count). */
  countMismatch(ctx) {
    const blocks = fileBlocks(ctx.doc);
    if (blocks.length === 0) return undefined;
    const f = ctx.random.pick(blocks);
    // Below the slots filled: a slot numbered above the count is wrong whatever the count (a count
    // above 20 may legitimately exceed the 20 printed slots).
    const lower = (count, slots) => (slots >= 2 ? slots - 1 : count + 1);
    const four = ctx.doc[f]['4'];
    if (ctx.random.chance(0.5) && typeof four?.count === 'number') {
      four.count = lower(four.count, slotKeys(four, 'item').length);
      return { type: 'count-mismatch', fieldId: `${f}.4.count`, rule: 'outsourcing-count' };
    }
    const five = ctx.doc[f]['5'];
    if (typeof five?.provideCount !== 'number') return undefined;
    five.provideCount = lower(five.provideCount, slotKeys(five, 'provide').length);
    return { type: 'count-mismatch', fieldId: `${f}.5.provideCount`, rule: 'provision-count' };
  },
};

function injectDefects(ctx) {
  const wanted = ctx.random.int(2, 4);
  const defects = [];
  for (const name of ctx.random.sample(Object.keys(DEFECTS), Object.keys(DEFECTS).length)) {
    if (defects.length >= wanted) break;
    const defect = DEFECTS[name](ctx);
    if (defect) defects.push(defect);
  }
  return defects;
}

// ------------------------------------------------------------------ documents and corpus

/**
 * One document: `{ doc, defects, targetBytes }`. Deterministic in (fixtures, kind, index, seed).
 * `minBytes`/`maxBytes` bound the JSON size (the fixture's own size, after shrinking, is the floor).
 */
export function generateDocument(fixtures, bank, kind, index, seed, { minBytes = MIN_BYTES, maxBytes = MAX_BYTES } = {}) {
  const random = new Random(deriveSeed(seed, `${kind}-${index}`));
  const doc = structuredClone(fixtures[kind]);
  const place = bank.place(random);
  const ctx = { doc, random, kind, bank, place };
  // Localize every string of the fixture first: the place is part of the document's identity.
  const localized = JSON.parse(bank.localize(JSON.stringify(doc), place));
  for (const k of Object.keys(doc)) delete doc[k];
  Object.assign(doc, localized);
  doc.$schema = `./node_modules/pialint/dist/schemas/${kind}.schema.json`;
  if (doc.cover) doc.cover.evaluationNo = String(random.int(1, 40));

  const targetBytes = Math.round(random.logUniform(minBytes, Math.max(minBytes, maxBytes - STEP_MARGIN)));
  let size = byteSize(doc);
  if (size > targetBytes) shrink(ctx, targetBytes);
  // The fields growth steps edit, listed once (walking a 500 KB document per step would be quadratic).
  ctx.prose = proseFields(doc);
  ctx.texts = [...iterateFields(doc)].filter((e) => e.def.type === 'text' && typeof e.value === 'string' && !/^(?:annex|cover)\./.test(e.fieldId) && !e.value.includes('クラウド'));
  const steps = GROWTH[kind];
  let guard = 0;
  while (size < targetBytes && guard++ < 20000) {
    // Grow by estimate, measuring exactly only when the estimate says the target is reached.
    let estimate = size;
    while (estimate < targetBytes && guard++ < 20000) estimate += weightedPick(random, steps)(ctx);
    size = byteSize(doc);
  }
  sortChanges(doc);
  const defects = injectDefects(ctx);
  return { doc, defects, targetBytes };
}

/**
 * Writes `perKind` documents of each kind under `outDir` (json/ and rendering/) and a manifest.json;
 * returns the manifest. Same seed and count → the same bytes.
 */
export function generateCorpus({ seed = 1, perKind = 20, outDir, fixturesDir, minBytes = MIN_BYTES, maxBytes = MAX_BYTES } = {}) {
  if (!outDir) throw new Error('generateCorpus: outDir is required');
  const fixtures = loadFixtures(fixturesDir);
  const bank = new TextBank(Object.values(fixtures));
  mkdirSync(path.join(outDir, 'json'), { recursive: true });
  mkdirSync(path.join(outDir, 'rendering'), { recursive: true });
  const documents = [];
  for (const kind of KINDS) {
    for (let i = 1; i <= perKind; i++) {
      const name = `${kind}-${String(i).padStart(3, '0')}`;
      const { doc, defects } = generateDocument(fixtures, bank, kind, i, seed, { minBytes, maxBytes });
      const json = serialize(doc);
      const rendering = renderAssessment(doc, new Random(deriveSeed(seed, `${name}-rendering`)));
      const jsonPath = path.join('json', `${name}.json`);
      const renderingPath = path.join('rendering', `${name}.md`);
      writeFileSync(path.join(outDir, jsonPath), json);
      writeFileSync(path.join(outDir, renderingPath), rendering);
      documents.push({ name, kind, json: jsonPath, rendering: renderingPath, jsonBytes: Buffer.byteLength(json), renderingBytes: Buffer.byteLength(rendering), defects });
    }
  }
  const manifest = { seed, perKind, documents };
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

function parseArgs(argv) {
  const args = { seed: 1, perKind: 20, outDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--per-kind') args.perKind = Number(argv[++i]);
    else if (a === '--out') args.outDir = path.resolve(argv[++i]);
    else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isInteger(args.seed) || !Number.isInteger(args.perKind) || args.perKind < 1) throw new Error('--seed and --per-kind take integers');
  return args;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = parseArgs(process.argv.slice(2));
  args.outDir ??= path.join(os.tmpdir(), 'pialint-bench-corpus');
  const manifest = generateCorpus(args);
  const total = manifest.documents.reduce((s, d) => s + d.jsonBytes, 0);
  console.log(`wrote ${manifest.documents.length} documents (${(total / 1024 / 1024).toFixed(1)} MB of JSON) to ${args.outDir}`);
}
