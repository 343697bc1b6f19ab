/**
 * The bench corpus generator (scripts/bench/): same seed → same bytes, JSON sizes within 30–500 KB,
 * every JSON document valid against its kind's schema, every rendering imported as the right kind
 * and with its values, and every injected defect reported by the rule the manifest names.
 * Runs against the build (the generator reads the compiled catalogue): `npm run build` first.
 */
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const built = existsSync(path.join(repoRoot, 'dist', 'src', 'model', 'catalogue.js'));
if (!built) throw new Error('dist/ is missing: run `npm run build` before the bench generator tests');

const { generateCorpus, loadFixtures, wareki, MIN_BYTES, MAX_BYTES } = await import('../../scripts/bench/generate-corpus.js');
const { renderAssessment } = await import('../../scripts/bench/render.js');
const { Random, mulberry32, deriveSeed } = await import('../../scripts/bench/prng.js');
const { validateAssessment } = await import('../../src/schema/index.js');
const { importRendering } = await import('../../src/sources/rendering/index.js');
const { iterateFields } = await import('../../src/model/walk.js');
const { getFieldValue } = await import('../../src/model/field-id.js');
const { verify, builtinRules, createSource, loadConfig } = await import('../../src/index.js');

type Manifest = ReturnType<typeof generateCorpus>;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pialint-bench-test-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const sub of ['json', 'rendering']) {
    for (const name of readdirSync(path.join(dir, sub)).sort()) out.set(`${sub}/${name}`, readFileSync(path.join(dir, sub, name)));
  }
  out.set('manifest.json', readFileSync(path.join(dir, 'manifest.json')));
  return out;
}

/** Form values compared loosely: NFKC, no whitespace (a rendering prints text, not JSON). */
function loose(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.normalize('NFKC').replace(/\s+/g, '') : v)) ?? 'undefined';
}

/** Share of the form fields (cover and annexes aside) the importer read back from a rendering with their JSON value. */
function agreement(doc: Record<string, unknown>, imported: unknown, skip: ReadonlySet<string> = new Set()): { share: number; differing: string[] } {
  let same = 0;
  const differing: string[] = [];
  for (const entry of iterateFields(doc)) {
    if (/^(?:meta|cover|annex|attachments)/.test(entry.fieldId) || skip.has(entry.fieldId)) continue;
    if (loose(getFieldValue(imported, entry.fieldId)) === loose(entry.value)) same++;
    else differing.push(entry.fieldId);
  }
  return { share: same / Math.max(1, same + differing.length), differing };
}

describe('prng', () => {
  it('mulberry32 is a fixed sequence in [0, 1) for a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBe(100);
    expect(mulberry32(43)()).not.toBe(first[0]);
  });

  it('Random draws within bounds; derived seeds differ by label', () => {
    const random = new Random(7);
    for (let i = 0; i < 200; i++) {
      const n = random.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      const x = random.logUniform(30, 500);
      expect(x).toBeGreaterThanOrEqual(30);
      expect(x).toBeLessThanOrEqual(500);
    }
    expect(random.sample([1, 2, 3, 4], 3).sort()).toHaveLength(3);
    expect(deriveSeed(1, 'juten-1')).not.toBe(deriveSeed(1, 'juten-2'));
    expect(deriveSeed(1, 'juten-1')).toBe(deriveSeed(1, 'juten-1'));
  });

  it('wareki writes the first year of 令和 as 元年', () => {
    expect(wareki('2019-06-01')).toBe('令和元年6月1日');
    expect(wareki('2019-04-30')).toBe('平成31年4月30日');
    expect(wareki('2024-12-03')).toBe('令和6年12月3日');
  });
});

describe('renderAssessment', () => {
  const fixtures = loadFixtures();

  it.each(['juten', 'zenko'] as const)('a %s fixture renders to a TAB rendering the importer reads back', (kind) => {
    const doc = fixtures[kind];
    const text = renderAssessment(doc, new Random(1));
    expect(text).toContain('\t');
    expect(text).toMatch(/<選択肢>|&lt;選択肢&gt;/);
    expect(text).toMatch(/type="checkbox"|\[○\]/);
    const result = importRendering(text);
    expect(result.assessment.meta.kind).toBe(kind);
    expect(result.notes.filter((n) => /kindUndetected|kindConflict/.test(n.messageId))).toEqual([]);
    const { share, differing } = agreement(doc, result.assessment);
    // Every form field of these fixtures comes back: the rendering is real input, not noise.
    expect(differing).toEqual([]);
    expect(share).toBe(1);
  });

  it('the style varies with the random source, the content does not', () => {
    const doc = fixtures.juten;
    const a = renderAssessment(doc, new Random(1));
    const b = renderAssessment(doc, new Random(2));
    expect(renderAssessment(doc, new Random(1))).toBe(a);
    expect(b).not.toBe(a);
    expect(agreement(doc, importRendering(b).assessment).share).toBe(1);
  });
});

describe('generateCorpus', () => {
  let dir: string;
  let manifest: Manifest;

  beforeAll(() => {
    dir = tempDir();
    manifest = generateCorpus({ seed: 5, perKind: 2, outDir: dir });
  }, 120_000);

  it('the same seed gives the same bytes; another seed gives other documents', () => {
    const again = tempDir();
    generateCorpus({ seed: 5, perKind: 2, outDir: again });
    const first = filesOf(dir);
    const second = filesOf(again);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(second.get(name)!.equals(bytes)).toBe(true);

    const other = tempDir();
    generateCorpus({ seed: 6, perKind: 2, outDir: other });
    const third = filesOf(other);
    const changed = [...first.keys()].filter((name) => name !== 'manifest.json' && !third.get(name)!.equals(first.get(name)!));
    expect(changed.length).toBe(first.size - 1);
  }, 120_000);

  it('writes N documents of each kind, as JSON and as a rendering, with sizes within 30–500 KB', () => {
    expect(manifest.documents.map((d) => d.kind)).toEqual(['kiso', 'kiso', 'juten', 'juten', 'zenko', 'zenko']);
    for (const d of manifest.documents) {
      const size = readFileSync(path.join(dir, d.json)).length;
      expect(size).toBe(d.jsonBytes);
      expect(size).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(size).toBeLessThanOrEqual(MAX_BYTES);
      expect(readFileSync(path.join(dir, d.rendering)).length).toBe(d.renderingBytes);
      expect(d.renderingBytes).toBeGreaterThan(MIN_BYTES / 2);
    }
  });

  it('sizes spread over the range (many documents, one seed)', () => {
    const wide = generateCorpus({ seed: 11, perKind: 8, outDir: tempDir() });
    const sizes = wide.documents.map((d) => d.jsonBytes);
    for (const s of sizes) {
      expect(s).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(s).toBeLessThanOrEqual(MAX_BYTES);
    }
    expect(Math.max(...sizes)).toBeGreaterThan(200 * 1024);
    expect(Math.min(...sizes)).toBeLessThan(80 * 1024);
  }, 120_000);

  it('every JSON document is valid against the schema of its kind', () => {
    for (const d of manifest.documents) {
      const doc = JSON.parse(readFileSync(path.join(dir, d.json), 'utf8')) as { meta: { kind: string } };
      expect(doc.meta.kind).toBe(d.kind);
      expect(validateAssessment(doc).filter((p) => p.severity === 'error')).toEqual([]);
    }
  });

  it('every rendering imports as its kind, with the values of its JSON', () => {
    for (const d of manifest.documents) {
      const doc = JSON.parse(readFileSync(path.join(dir, d.json), 'utf8')) as Record<string, unknown>;
      const result = importRendering(readFileSync(path.join(dir, d.rendering), 'utf8'));
      expect(result.assessment.meta.kind).toBe(d.kind);
      // A misspelt option is text only in a rendering (no option name): the defect fields are left out.
      // kiso's two opt-out boxes of Ⅳ 6 share one heading, and the importer reads one of them.
      const defects = new Set(d.defects.map((x) => x.fieldId));
      expect(agreement(doc, result.assessment, defects).share).toBeGreaterThan(0.95);
    }
  }, 120_000);

  it('every injected defect is reported by the rule the manifest names', async () => {
    const config = { ...loadConfig(path.join(dir, 'json', 'x.json'), { cwd: dir, noConfigLookup: true }), today: '2025-11-01' };
    const types = new Set<string>();
    for (const d of manifest.documents) {
      expect(d.defects.length).toBeGreaterThanOrEqual(2);
      const file = path.join(dir, d.json);
      const source = await createSource(file, { text: readFileSync(file, 'utf8'), encoding: 'utf8', bom: false });
      const messages = verify(source, config, builtinRules);
      for (const defect of d.defects) {
        types.add(defect.type);
        expect(messages.some((m) => m.ruleId === defect.rule)).toBe(true);
      }
      expect(messages.some((m) => m.fatal)).toBe(false);
    }
    expect([...types].sort()).toEqual(['count-mismatch', 'option-typo', 'reiwa-first-year', 'subcontract-without-permission']);
  }, 120_000);
});
