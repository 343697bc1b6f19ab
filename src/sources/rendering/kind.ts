/**
 * Which form a rendering is (catalogue §2): the cover title decides when present; otherwise the
 * headings, option texts and annex numbers that only one kind prints are counted. All strings here
 * are printed form text, the same in every document of the kind.
 */
import type { Kind } from '../../model/index.js';
import { keyOf } from './match-key.js';

export interface KindDetection {
  kind: Kind | null;
  /** The signal that decided (for the note). */
  signal: string;
  /** Scores per kind (signals found). */
  scores: Record<Kind, number>;
  /** Kinds whose strong signals were both present. */
  conflict: boolean;
  /** Offset of the deciding signal in the text, when known. */
  at?: number;
}

const TITLES: readonly [Kind, string][] = [
  ['kiso', '特定個人情報保護評価書(基礎項目評価書)'],
  ['juten', '特定個人情報保護評価書(重点項目評価書)'],
  ['zenko', '特定個人情報保護評価書(全項目評価書)'],
];

/** [kind, form text (matched on keys), weight]. Weight 3: printed only by that kind's form. */
const SIGNALS: readonly [Kind, string, number][] = [
  ['juten', 'IIIリスク対策※(7.②を除く。)', 3],
  ['juten', '(任意に重点項目評価を実施)', 3],
  ['juten', '国民・住民等からの意見の聴取【任意】', 3],
  ['juten', '第三者点検【任意】', 3],
  ['juten', '(別添2)変更箇所', 2],
  ['juten', '8.監査', 1],
  ['juten', '10.その他のリスク対策', 2],
  ['zenko', '特定個人情報ファイルの取扱いプロセスにおけるリスク対策', 3],
  ['zenko', '※(7.リスク1⑨を除く。)', 3],
  ['zenko', 'IVその他のリスク対策', 3],
  ['zenko', 'VI評価実施手続', 3],
  ['zenko', '(任意に全項目評価を実施)', 3],
  ['zenko', '(別添3)変更箇所', 2],
  ['zenko', '4.特定個人情報ファイルを取り扱う理由', 3],
  ['kiso', 'I関連情報', 3],
  ['kiso', 'IIしきい値判断項目', 3],
  ['kiso', 'IIIしきい値判断結果', 3],
];

/** Weak signal: the 評価書名 often ends with the kind's name. */
const NAMES: readonly [Kind, string][] = [
  ['kiso', '基礎項目評価書'],
  ['juten', '重点項目評価書'],
  ['zenko', '全項目評価書'],
];

/** A light key for scanning a whole document: NFKC without whitespace, one line at a time. */
function lineKeys(text: string, maxLines = 200000): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length && out.length < maxLines; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const line = text.slice(start, Math.min(i, start + 4000));
      // Markdown heading marks and tags out, entities of brackets back: `# 特定個人情報保護評価書(…)`,
      // `&lt;選択肢&gt;` and `<p>` do not hide a signal.
      out.push(keyOf(line.replace(/^[ \t]{0,3}#{1,6}[ \t]+/, '').replace(/<[A-Za-z/!][^>]*>/g, ''), { dropMarks: false }));
      start = i + 1;
    }
  }
  return out;
}

export function detectKind(text: string): KindDetection {
  const scores: Record<Kind, number> = { kiso: 0, juten: 0, zenko: 0 };
  const keys = lineKeys(text);
  // ※ inside signals: keys keep it (dropMarks false), and the signals were written with it.
  const sigKeys = SIGNALS.map(([kind, s, w]) => [kind, keyOf(s, { dropMarks: false }), w, s] as const);
  const titleKeys = TITLES.map(([kind, s]) => [kind, keyOf(s, { dropMarks: false }), s] as const);
  let title: { kind: Kind; signal: string } | undefined;
  const seen = new Set<string>();
  for (const key of keys) {
    if (key === '') continue;
    if (!title) {
      for (const [kind, t, s] of titleKeys) {
        if (key === t || (key.startsWith(t) && key.length < t.length + 8)) title = { kind, signal: s };
      }
    }
    for (const [kind, s, w, raw] of sigKeys) {
      if (seen.has(raw)) continue;
      if (key.includes(s)) {
        // Item headings must start the line; option texts and long headings may sit inside one.
        if (/^\d/.test(s) && !key.startsWith(s)) continue;
        seen.add(raw);
        scores[kind] += w;
      }
    }
  }
  for (const key of keys.slice(0, 60)) {
    for (const [kind, name] of NAMES) if (key.endsWith(name) && key.length < 200) scores[kind] += 1;
  }
  const ranked = (Object.keys(scores) as Kind[]).sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0]!;
  const second = ranked[1]!;
  const conflict = scores[second] >= 3 && scores[top] >= 3;
  if (title) return { kind: title.kind, signal: title.signal, scores, conflict: conflict && top !== title.kind };
  if (scores[top] === 0) return { kind: null, signal: '', scores, conflict: false };
  const signals = SIGNALS.filter(([k, s]) => k === top && seen.has(s)).map(([, s]) => s);
  return { kind: top, signal: signals.join(' / ') || NAMES.find(([k]) => k === top)![1], scores, conflict };
}
