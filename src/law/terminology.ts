/**
 * findTerminologyVariants: across the texts of one document, the spellings that disagree with the
 * document's own majority (中間サーバ among 中間サーバー, 第１９条 among 第19条 …), each reported with
 * the spelling to use. A term spelt one way throughout is not reported, whatever the dictionary
 * prefers: the check is about consistency.
 */
import { parseCitations } from './parse.js';
import { convertDigitWidth } from './numerals.js';
import { DEFAULT_TERMINOLOGY, type TerminologyDictionary, type TerminologyEntry } from './terminology-dictionary.js';

export interface TerminologyFinding {
  textId: string;
  start: number;
  end: number;
  found: string;
  /** What to write instead (for citations: the citation text in the majority width). */
  preferred: string;
  /** The dictionary entry, or 'citation-digits'. */
  entryId: string;
  /** How often each spelling occurs across the texts. */
  counts: Record<string, number>;
}

interface Occurrence {
  textId: string;
  start: number;
  end: number;
  variant: string;
  claimed: boolean;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function overlaps(spans: readonly [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

function majority(counts: Record<string, number>, tieBreak: string): string {
  let best = tieBreak;
  let bestCount = counts[tieBreak] ?? 0;
  for (const [variant, n] of Object.entries(counts)) {
    if (n > bestCount) {
      best = variant;
      bestCount = n;
    }
  }
  return best;
}

function entryFindings(texts: readonly { id: string; text: string }[], entry: TerminologyEntry, claims: Map<string, [number, number][]>): TerminologyFinding[] {
  const variants = [...entry.variants].filter((v) => v !== '').sort((a, b) => b.length - a.length);
  if (variants.length < 2) return [];
  const re = new RegExp(variants.map(escape).join('|'), 'g');
  const occurrences: Occurrence[] = [];
  for (const { id, text } of texts) {
    const spans = claims.get(id) ?? [];
    let m: RegExpExecArray | null;
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      occurrences.push({ textId: id, start, end, variant: m[0], claimed: overlaps(spans, start, end) });
    }
  }
  // Occurrences inside a longer term still show the document's convention, so they count.
  const counts: Record<string, number> = {};
  for (const o of occurrences) counts[o.variant] = (counts[o.variant] ?? 0) + 1;
  for (const o of occurrences) {
    if (o.claimed) continue;
    const spans = claims.get(o.textId) ?? [];
    spans.push([o.start, o.end]);
    claims.set(o.textId, spans);
  }
  if (Object.keys(counts).length < 2) return [];
  const preferred = majority(counts, entry.preferred);
  return occurrences
    .filter((o) => !o.claimed && o.variant !== preferred)
    .map((o) => ({ textId: o.textId, start: o.start, end: o.end, found: o.variant, preferred, entryId: entry.id, counts }));
}

function digitFindings(texts: readonly { id: string; text: string }[], tieBreak: 'halfwidth' | 'fullwidth'): TerminologyFinding[] {
  const cited = texts.flatMap(({ id, text }) => parseCitations(text).map((c) => ({ id, c })));
  const counts: Record<string, number> = {};
  for (const { c } of cited) {
    if (c.digitStyle === 'halfwidth' || c.digitStyle === 'fullwidth') counts[c.digitStyle] = (counts[c.digitStyle] ?? 0) + 1;
  }
  const mixed = cited.some(({ c }) => c.digitStyle === 'mixed' && /[0-9]/.test(c.text) && /[０-９]/.test(c.text));
  if (Object.keys(counts).length < 2 && !mixed) return [];
  const preferred = majority(counts, tieBreak) as 'halfwidth' | 'fullwidth';
  const findings: TerminologyFinding[] = [];
  for (const { id, c } of cited) {
    if (c.digitStyle === 'kanji' || c.digitStyle === 'none' || c.digitStyle === preferred) continue;
    const rewritten = convertDigitWidth(c.text, preferred);
    if (rewritten === c.text) continue;
    findings.push({ textId: id, start: c.start, end: c.end, found: c.text, preferred: rewritten, entryId: 'citation-digits', counts });
  }
  return findings;
}

export function findTerminologyVariants(
  texts: readonly { id: string; text: string }[],
  dictionary: TerminologyDictionary = DEFAULT_TERMINOLOGY,
): TerminologyFinding[] {
  const usable = texts.filter((t) => typeof t.text === 'string' && t.text !== '');
  const claims = new Map<string, [number, number][]>();
  const findings = dictionary.entries.flatMap((e) => entryFindings(usable, e, claims));
  if (dictionary.citationDigits) findings.push(...digitFindings(usable, dictionary.citationDigits.preferred));
  return findings;
}
