/**
 * The importer never throws and always finishes: truncated, line-shuffled and byte-damaged variants
 * of the corpus, degenerate inputs and a 5 MB document. The output stays schema-valid JSON of a
 * kind, with notes instead of exceptions. (No timing asserts: only a generous per-test timeout.)
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFields, importRendering, looksLikeRendering } from '../../src/sources/rendering/index.js';
import type { ImportResult } from '../../src/sources/rendering/index.js';
import { validateAssessment } from '../../src/schema/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const available = existsSync(corpusDir);
if (!available) console.warn(`corpus robustness tests skipped: ${corpusDir} not found`);
const corpus = available ? describe : describe.skip;
const docs = available ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort() : [];

/** A small deterministic generator (LCG) so failures can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function sound(result: ImportResult): void {
  expect(['kiso', 'juten', 'zenko']).toContain(result.assessment.meta.kind);
  const json = JSON.parse(JSON.stringify(result.assessment));
  expect(validateAssessment(json).filter((p) => p.severity === 'error')).toEqual([]);
  expect(typeof formatFields(result.assessment)).toBe('string');
  for (const note of result.notes) {
    expect(note.message.ja.length).toBeGreaterThan(0);
    expect(note.message.en.length).toBeGreaterThan(0);
  }
  for (const [, range] of result.valueRanges) expect(range.end).toBeGreaterThanOrEqual(range.start);
}

corpus('damaged corpus documents', () => {
  for (const name of docs) {
    const text = available ? readFileSync(path.join(corpusDir, name), 'utf8') : '';

    it(`${name}: truncated at 10 random points`, () => {
      const random = rng(7);
      for (let i = 0; i < 10; i++) {
        const cut = Math.floor(random() * text.length);
        const result = importRendering(text.slice(0, cut));
        sound(result);
        for (const range of result.valueRanges.values()) expect(range.end).toBeLessThanOrEqual(cut);
      }
    }, 300_000);

    it(`${name}: lines shuffled`, () => {
      const random = rng(11);
      const lines = text.split('\n');
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      sound(importRendering(lines.join('\n')));
    }, 300_000);

    it(`${name}: random characters inserted`, () => {
      const random = rng(13);
      let damaged = text;
      for (let i = 0; i < 300; i++) {
        const at = Math.floor(random() * damaged.length);
        // Any UTF-16 unit, lone surrogates and control characters included.
        damaged = damaged.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x10000)) + damaged.slice(at);
      }
      sound(importRendering(damaged));
    }, 300_000);
  }
});

describe('degenerate inputs', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t\r\n\u3000'],
    ['one huge line', 'あ'.repeat(1_000_000)],
    ['only TABs', '\t'.repeat(200_000)],
    ['unclosed brackets and marks', '[ ○ '.repeat(100_000)],
    ['unclosed tags', '<p><ul><li>'.repeat(50_000)],
    ['option markers only', '<選択肢> 1) '.repeat(50_000)],
    ['labels without values', '委託事項1\n①委託内容\n'.repeat(20_000)],
    ['binary noise', String.fromCharCode(...Array.from({ length: 100_000 }, (_v, i) => (i * 7919) % 65536))],
  ];
  for (const [name, text] of cases) {
    it(`does not throw on ${name}`, () => {
      sound(importRendering(text));
    }, 300_000);
  }

  it('does not claim that noise is a rendering', () => {
    expect(looksLikeRendering('hello\nworld')).toBe(false);
    expect(looksLikeRendering('特定個人情報保護評価書(重点項目評価書)')).toBe(true);
  });
});

corpus('a 5 MB document', () => {
  it('finishes and reads the repeated document', () => {
    const text = readFileSync(path.join(corpusDir, docs[0]!), 'utf8');
    let big = '';
    while (big.length < 5_000_000) big += text + '\n';
    const result = importRendering(big);
    sound(result);
    expect(result.assessment.meta.kind).toBe('juten');
  }, 600_000);
});
