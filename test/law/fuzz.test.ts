/**
 * The law core must never throw on arbitrary text, and its spans must always be slices of the input.
 * Random strings are drawn (seeded, so a failure reproduces) from citation fragments and noise.
 */
import { assess } from '../../src/law/assess.js';
import { findStaleChukanServerSentence } from '../../src/law/chukan-server.js';
import { checkCloudWording } from '../../src/law/cloud.js';
import { findHokenshoAsCurrent } from '../../src/law/hokensho.js';
import { findOrdinanceAsOperative } from '../../src/law/ordinance.js';
import { parseCitations } from '../../src/law/parse.js';
import { findTerminologyVariants } from '../../src/law/terminology.js';

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '第', '条', '項', '号', 'の', '別表', '番号法', '番号利用法', '主務省令', '同条', '同法', '附則', '、', '及び', '並びに', '又は',
  '(', ')', '（', '）', '「', '」', ' ', '　', '\n', '\t', '1', '2', '19', '３', '８', '十', '九', '一', '二', '百', '〇', '表', '命令',
  '条例', '法', '法律', '項番', '令和', '平成', '年', '月', '日', '𠮷', '𩸽', '\uD800', '\uDC00', 'a', 'Z', '。', 'に基づく', 'に基づき',
  '行政手続における特定の個人を識別するための番号の利用等に関する法律', '別表第一の主務省令で定める事務を定める命令',
  '別表第二の主務省令で定める事務及び情報を定める命令', '第十九条第八号に基づく利用特定個人情報の提供に関する命令',
  '主務省令事項を定める命令', '個人情報保護条例', '行政機関の保有する個人情報の保護に関する法律', '被保険者証', 'クラウド',
  'ガバメントクラウド', '中間サーバ', 'ー', '情報照会者、情報提供者', 'リスト化', '独自利用事務', '委託', '指針', '旧', '廃止前の',
];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 40);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (next() < 0.15) s += String.fromCharCode(Math.floor(next() * 0xffff));
    else s += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
  }
  return s;
}

const DAYS = ['2015-06-01', '2017-05-29', '2017-05-30', '2021-09-01', '2024-05-26', '2024-05-27', '2025-01-01', '2024-05', 'not-a-date'];

test('2000 random texts: no throw, spans are slices, citations ordered', () => {
  const next = prng(20240527);
  for (let i = 0; i < 2000; i++) {
    const text = randomText(next);
    const day = DAYS[i % DAYS.length]!;
    const cs = parseCitations(text);
    let last = 0;
    for (const c of cs) {
      expect(c.start).toBeGreaterThanOrEqual(last);
      expect(c.end).toBeGreaterThan(c.start);
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.normalized.length).toBeGreaterThan(0);
      last = c.end;
      const a = assess(c, day);
      expect(['current', 'outdated', 'unknown']).toContain(a.status);
      if (a.replacement !== undefined) expect(typeof a.replacementNormalized).toBe('string');
    }
    for (const f of [...findStaleChukanServerSentence(text, day), ...findOrdinanceAsOperative(text, day), ...findHokenshoAsCurrent(text, day)]) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
    checkCloudWording(text);
    findTerminologyVariants([{ id: String(i), text }]);
  }
});

test('large and adversarial inputs stay fast', () => {
  const inputs = [
    '第1、'.repeat(30000),
    '第' + '1、'.repeat(30000),
    '別表'.repeat(50000),
    '第十'.repeat(50000),
    ('法'.repeat(70) + '第1条').repeat(1000),
    ('）'.repeat(50) + '第1条').repeat(1000),
    '番号法第19条第8号、'.repeat(20000),
  ];
  const started = Date.now();
  for (const text of inputs) parseCitations(text);
  expect(Date.now() - started).toBeLessThan(5000);
});
