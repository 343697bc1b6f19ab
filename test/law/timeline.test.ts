/**
 * The timeline data file: well-formed, consistent with law-and-rules.md's dates and tags, and the
 * only place that holds them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess } from '../../src/law/assess.js';
import { dayBefore } from '../../src/law/dates.js';
import { listTimelineFacts } from '../../src/law/facts.js';
import { findHokenshoAsCurrent } from '../../src/law/hokensho.js';
import { parseCitations } from '../../src/law/parse.js';
import { findJimuRows, ord198DetailArticle } from '../../src/law/rows.js';
import { japaneseDateForms } from '../../src/law/wareki.js';
import { isIsoDate } from '../../src/law/dates.js';
import {
  ART19_ITEMS,
  BETSU1_TO_BETSU,
  BETSU2_TO_TABLE,
  LAW_DATES,
  ORD19_8_TABLE,
  VALIDITY_PATTERNS,
  type DateKey,
} from '../../src/law/timeline.js';
import type { Evidence } from '../../src/law/timeline-types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const lawDir = path.join(here, '../../src/law');

/** law-and-rules.md §1.1 / §4: the 施行日 and other dates the checks use, transcribed. */
const DOC_DATES: [DateKey, string | null][] = [
  ['bangoPromulgated', '2013-05-31'],
  ['shishinApplied', '2014-04-20'],
  ['bangoUseStart', '2016-01-01'],
  ['nwsProvisionsStart', '2017-05-30'],
  ['nwsTrial', '2017-07-18'],
  ['nwsFullOperation', '2017-11-13'],
  ['ppcRules2018', '2018-05-21'],
  ['digitalReform', '2021-09-01'],
  ['nationalPiUnified', '2022-04-01'],
  ['localPiLaw', '2023-04-01'],
  ['r5Amendment', '2024-05-27'],
  ['shishinRevisionR6No1', '2024-10-01'],
  ['hokenshoAbolished', '2024-12-02'],
  ['lawTextChecked', '2025-06-20'],
  ['ordB2Promulgated', null],
];

/** The dates law-and-rules.md tags [M] (unverified). */
const UNVERIFIED_DATES: DateKey[] = ['bangoUseStart', 'nwsProvisionsStart', 'nwsFullOperation', 'ppcRules2018', 'nationalPiUnified', 'piaArticleRenumbered', 'ordB2Promulgated'];

function tagOf(text: string): string | undefined {
  return /\[([VSMI])[:\]\s]/.exec(text)?.[1];
}

function allEvidence(value: unknown, out: Evidence[] = []): Evidence[] {
  if (Array.isArray(value)) value.forEach((v) => allEvidence(v, out));
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.tag === 'string' && typeof v.text === 'string') out.push(v as unknown as Evidence);
    else Object.values(v).forEach((x) => allEvidence(x, out));
  }
  return out;
}

describe('timeline data', () => {
  test.each(DOC_DATES)('%s = %s', (key, date) => {
    expect(LAW_DATES[key].date).toBe(date);
  });

  test('every date is a valid day or explicitly unknown with an approximation', () => {
    for (const [key, d] of Object.entries(LAW_DATES)) {
      if (d.date === null) expect((d as { approx?: string }).approx).toBeTruthy();
      else expect(isIsoDate(d.date)).toBe(true);
      expect(d.evidence.length).toBeGreaterThan(0);
      expect(d.doc).toMatch(/§/);
      if (UNVERIFIED_DATES.includes(key as DateKey)) expect(d.evidence.some((e) => e.tag === 'M' || e.tag === 'I')).toBe(true);
    }
  });

  test('every evidence text carries the tag it is filed under', () => {
    const evidence = allEvidence({ LAW_DATES, ART19_ITEMS, BETSU1_TO_BETSU, BETSU2_TO_TABLE, ORD19_8_TABLE, facts: listTimelineFacts() });
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) {
      const written = tagOf(e.text);
      if (written !== undefined) expect(`${written} ${e.text}`).toBe(`${e.tag} ${e.text}`);
    }
  });

  test('§1.4 patterns name real dates, start before they end, and have examples', () => {
    expect(VALIDITY_PATTERNS.map((p) => p.id)).toEqual(Array.from({ length: 19 }, (_, i) => `P${i + 1}`));
    for (const p of VALIDITY_PATTERNS) {
      const from = p.validFrom === null ? null : LAW_DATES[p.validFrom].date;
      const until = p.supersededOn === null ? null : LAW_DATES[p.supersededOn].date;
      if (from !== null && until !== null) expect(from < until).toBe(true);
      expect(p.example.length).toBeGreaterThan(0);
    }
  });

  test('flattened facts: contiguous eras with concrete dates', () => {
    const facts = listTimelineFacts();
    const bySubject = new Map<string, typeof facts>();
    for (const f of facts) bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), f]);
    for (const list of bySubject.values()) {
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1]!;
        const cur = list[i]!;
        if (cur.validFrom !== null && prev.validUntil !== null) expect(prev.validUntil < cur.validFrom).toBe(true);
      }
    }
    const nws = facts.filter((f) => f.id.startsWith('art19.nws.'));
    expect(nws.map((f) => [f.value, f.validFrom, f.validUntil])).toEqual([
      ['第7号', '2016-01-01', '2017-05-29'],
      ['第7号', '2017-05-30', '2021-08-31'],
      ['第8号', '2021-09-01', null],
    ]);
    expect(facts.find((f) => f.id === 'utilisationAnnex.0')).toMatchObject({ value: '別表第一', validUntil: '2024-05-26', replacement: '別表' });
  });

  test('mapping tables: unique old rows; the ORD19-8 detail article is the row + 2 where verified', () => {
    const olds1 = BETSU1_TO_BETSU.flatMap((r) => (r.old ? [r.old.row] : []));
    expect(new Set(olds1).size).toBe(olds1.length);
    const olds2 = BETSU2_TO_TABLE.map((r) => r.old.row);
    expect(new Set(olds2).size).toBe(olds2.length);
    for (const r of BETSU2_TO_TABLE) {
      const first = r.new[0];
      if (!first || !r.detailArticle) continue;
      if (!first.row.includes('の')) expect(r.detailArticle.article).toBe(Number(first.row) + ORD19_8_TABLE.detailArticleOffset);
    }
  });
});

describe('§1.4 examples of the data file behave as their rows say', () => {
  const superseded = VALIDITY_PATTERNS.filter((p) => p.supersededOn !== null && p.id !== 'P18');
  test.each(superseded.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const day = LAW_DATES[p.supersededOn!].date!;
    const outdatedOn = (d: string) => parseCitations(p.example).map((c) => assess(c, d)).filter((a) => a.status === 'outdated');
    expect(outdatedOn(dayBefore(day))).toEqual([]);
    const after = outdatedOn(day);
    expect(after.length).toBeGreaterThan(0);
    if (p.exampleReplacement) expect(after.map((a) => a.replacement)).toContain(p.exampleReplacement);
  });

  test('P18 (a wording check)', () => {
    const p = VALIDITY_PATTERNS.find((x) => x.id === 'P18')!;
    const day = LAW_DATES[p.supersededOn!].date!;
    expect(findHokenshoAsCurrent(p.example, dayBefore(day))).toEqual([]);
    expect(findHokenshoAsCurrent(p.example, day)).toHaveLength(1);
  });
});

describe('row helpers', () => {
  test('ORD19-8 detail article', () => {
    expect(ord198DetailArticle(42)).toMatchObject({ article: 44, verified: true });
    expect(ord198DetailArticle(69)).toMatchObject({ article: 71, verified: false });
  });

  test('事務 rows by keyword', () => {
    const rows = findJimuRows('介護保険法による保険給付の支給');
    expect(rows.utilisation.map((r) => r.new.row)).toEqual(['100']);
    expect(rows.provision.map((r) => r.new.map((n) => n.row)).flat()).toEqual(['131', '132']);
  });

  test('Japanese forms of a day', () => {
    expect(japaneseDateForms('2024-12-02')).toEqual(expect.arrayContaining(['令和6年12月2日', '2024年12月2日', '令和６年１２月２日', '12月2日']));
    expect(japaneseDateForms('2019-05-01')).toContain('令和元年5月1日');
    expect(japaneseDateForms('2019-04-30')).toContain('平成31年4月30日');
  });
});

describe('no dates outside the timeline', () => {
  test('law modules other than the data file hold no ISO dates', () => {
    const allowed = new Set(['timeline.ts']);
    for (const file of readdirSync(lawDir)) {
      if (!file.endsWith('.ts') || allowed.has(file)) continue;
      const code = readFileSync(path.join(lawDir, file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .join('\n');
      expect(`${file}: ${code.match(/\b(19|20)\d{2}-\d{2}-\d{2}\b/g) ?? []}`).toBe(`${file}: `);
    }
  });
});
