/**
 * assess(citation, asOf): was this citation right on that day, and if not, what should be written?
 * All knowledge comes from timeline.ts; the evidence of the facts the answer rests on comes back
 * with it, and `verified` is false when any of them is [M] or [I] (rules then warn, not error).
 *
 * `status: 'outdated'` means "not the right citation on asOf"; `reason` says why: superseded (it was
 * right before), notYetInForce (it became right later: an anachronism), neverValid, outOfRange.
 */
import type { Citation, CitationSubject } from './citation.js';
import { dayRange } from './dates.js';
import {
  decisiveEvidence,
  eraOn,
  isVerified,
  nearestMatching,
  resolveEras,
  validityAround,
  type ResolvedEra,
  type Same,
} from './eras.js';
import { isNationalPiLawName, isPiOrdinanceName, ordinanceBody } from './law-names.js';
import { normalizeCitation, rowText } from './normalize.js';
import { applyEdits, numeralEdit, ordinalText, partOf, renderNumbers, rowEdits, styleFor, type Edit } from './render.js';
import {
  ART19_ITEMS,
  ART19_PERIODS,
  BETSU1_TO_BETSU,
  BETSU2_TO_TABLE,
  LAW_DATES,
  LOCAL_PI_ORDINANCE_ERAS,
  NATIONAL_PI_LAW_ERAS,
  ORD19_8_TABLE,
  ORD_BETSU_NAME_ERAS,
  PIA_ARTICLE_ERAS,
  PI_LAW_NAME,
  PROVISION_ORDER_ERAS,
  PROVISION_TABLE_ERAS,
  SINGLE_ANNEX,
  UTILISATION_ANNEX_ERAS,
  type DateKey,
} from './timeline.js';
import type { Art19Subject, Era, Evidence, EvidenceTag } from './timeline-types.js';

export type AssessmentReason =
  | 'superseded'
  | 'notYetInForce'
  | 'neverValid'
  | 'outOfRange'
  | 'outsideTimeline'
  | 'subjectUnknown'
  | 'unverifiedRow'
  | 'historical'
  | 'noFacts'
  | 'lawUnknown'
  | 'invalidDate'
  | 'boundaryWithinMonth';

export interface CitationAssessment {
  status: 'current' | 'outdated' | 'unknown';
  reason?: AssessmentReason;
  /** The text to write instead of `citation.text`, in the citation's digit style. */
  replacement?: string;
  /** The normalized form of the replacement. */
  replacementNormalized?: string;
  /** True when there is no single replacement (see `candidates`). */
  replacementAmbiguous?: boolean;
  /** Whether the mapping that produced the replacement is verified. */
  replacementVerified?: boolean;
  /** Possible replacement texts when ambiguous. */
  candidates?: string[];
  /** The days the cited form is (or was) valid, when known. */
  validFrom?: string;
  validUntil?: string;
  /** What the citation stands for (日本語), e.g. 「情報提供ネットワークシステム」. */
  meaning?: string;
  /** The source addresses of the facts relied on. */
  source: string;
  /** Their evidence tags, as law-and-rules.md writes them. */
  evidence: string;
  tags: EvidenceTag[];
  /** False when any fact relied on is [M] or [I]. */
  verified: boolean;
  /** The day judged. */
  asOf: string;
}

interface Basis {
  evidence: Evidence[];
  sources: string[];
}

function result(status: CitationAssessment['status'], asOf: string, basis: Basis, extra: Partial<CitationAssessment> = {}): CitationAssessment {
  const seen = new Set<string>();
  const texts: string[] = [];
  const tags = new Set<EvidenceTag>();
  for (const e of basis.evidence) {
    tags.add(e.tag);
    if (!seen.has(e.text)) {
      seen.add(e.text);
      texts.push(e.text);
    }
  }
  const sources = [...new Set(basis.sources.flatMap((s) => s.split('; ')).filter((s) => s !== ''))];
  const out: CitationAssessment = {
    status,
    ...extra,
    source: sources.join('; '),
    evidence: texts.join('; '),
    tags: [...tags],
    verified: basis.evidence.length > 0 && isVerified(basis.evidence),
    asOf,
  };
  for (const key of Object.keys(out) as (keyof CitationAssessment)[]) if (out[key] === undefined) delete out[key];
  return out;
}

const NO_BASIS: Basis = { evidence: [], sources: [] };

function unknown(asOf: string, reason: AssessmentReason, extra: Partial<CitationAssessment> = {}, basis: Basis = NO_BASIS): CitationAssessment {
  return result('unknown', asOf, basis, { reason, ...extra });
}

// ---- eras -------------------------------------------------------------------------------------------

type ItemValue = number | readonly number[];

const sameItem: Same<ItemValue> = (a, b) => {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
};

function art19Eras(subject: Art19Subject): ResolvedEra<ItemValue>[] {
  const row = ART19_ITEMS[subject];
  const eras: Era<ItemValue, DateKey>[] = ART19_PERIODS.map((p) => ({
    validFrom: p.validFrom,
    value: row[p.id].item,
    evidence: row[p.id].evidence,
    source: row[p.id].source,
  }));
  return resolveEras(eras);
}

const ART19_ERAS = new Map<Art19Subject, ResolvedEra<ItemValue>[]>(
  (Object.keys(ART19_ITEMS) as Art19Subject[]).map((s) => [s, art19Eras(s)]),
);
const UTILISATION = resolveEras(UTILISATION_ANNEX_ERAS);
const PROVISION_TABLE = resolveEras(PROVISION_TABLE_ERAS);
const ORD_BETSU_NAME = resolveEras(ORD_BETSU_NAME_ERAS);
const PROVISION_ORDER = resolveEras(PROVISION_ORDER_ERAS);
const NATIONAL_PI = resolveEras(NATIONAL_PI_LAW_ERAS);
const LOCAL_PI = resolveEras(LOCAL_PI_ORDINANCE_ERAS);
const PIA = { shishin: resolveEras(PIA_ARTICLE_ERAS.shishin), hyoka: resolveEras(PIA_ARTICLE_ERAS.hyoka) };

interface Judgement<V> {
  status: 'current' | 'outdated' | 'unknown';
  reason?: AssessmentReason;
  at?: ResolvedEra<V>;
  basis: Basis;
  validFrom?: string;
  validUntil?: string;
}

/** The generic question: is the cited value the value of the era in force on `day`? */
function judge<V>(eras: ResolvedEra<V>[], isCited: (v: V | null) => boolean, day: string, same?: Same<V>): Judgement<V> {
  const at = eraOn(eras, day);
  const cited = nearestMatching(eras, isCited, day);
  const interval = cited ? validityAround(eras, cited.index, same) : undefined;
  const validity = { validFrom: interval?.from ?? undefined, validUntil: interval?.until ?? undefined };
  if (!at) return { status: 'unknown', reason: 'outsideTimeline', basis: NO_BASIS, ...validity };
  const basis = decisiveEvidence(eras, at, same);
  if (isCited(at.era.value)) return { status: 'current', at, basis, ...validity };
  const reason: AssessmentReason = !cited ? 'neverValid' : cited.from !== null && cited.from > day ? 'notYetInForce' : 'superseded';
  return { status: 'outdated', reason, at, basis, ...validity };
}

function fromJudgement<V>(j: Judgement<V>, asOf: string, extra: Partial<CitationAssessment> = {}): CitationAssessment {
  return result(j.status, asOf, j.basis, { reason: j.reason, validFrom: j.validFrom, validUntil: j.validUntil, ...extra });
}

/** Applies edits and reports the replacement with its normalized form. */
function replaced(c: Citation, edits: Edit[], fields: Partial<Citation>, verified: boolean): Partial<CitationAssessment> {
  return {
    replacement: applyEdits(c, edits),
    replacementNormalized: normalizeCitation({ ...c, ...fields }),
    replacementVerified: verified,
  };
}

function ambiguous(candidates: string[] = []): Partial<CitationAssessment> {
  return { replacementAmbiguous: true, candidates };
}

// ---- 第19条 ----------------------------------------------------------------------------------------

function assessArt19(c: Citation, day: string): CitationAssessment {
  const item = c.item!;
  const subject = c.subject as Art19Subject | undefined;
  if (subject === undefined || !(subject in ART19_ITEMS)) return assessArt19Range(c, day);
  const eras = ART19_ERAS.get(subject)!;
  const isCited = (v: ItemValue | null): boolean => v !== null && (typeof v === 'number' ? v === item : v.includes(item));
  const j = judge(eras, isCited, day, sameItem);
  const meaning = ART19_ITEMS[subject].label;
  if (j.status !== 'outdated' || !j.at) return fromJudgement(j, day, { meaning });
  const now = j.at.era.value;
  if (now === null) return fromJudgement(j, day, { meaning });
  if (typeof now !== 'number') {
    const candidates = now.map((n) => applyEdits(c, [numeralEdit(c, 'item', n)!]));
    return fromJudgement(j, day, { meaning, ...ambiguous(candidates) });
  }
  const edit = numeralEdit(c, 'item', now);
  if (!edit) return fromJudgement(j, day, { meaning });
  return fromJudgement(j, day, { meaning, ...replaced(c, [edit], { item: now }, isVerified(j.basis.evidence)) });
}

/** Without a subject, only an item beyond the last item of the period is known to be wrong. */
function assessArt19Range(c: Citation, day: string): CitationAssessment {
  const eras = ART19_ERAS.get('catchAll')!;
  const at = eraOn(eras, day);
  if (!at || at.era.value === null) return unknown(day, 'outsideTimeline');
  const max = typeof at.era.value === 'number' ? at.era.value : Math.max(...at.era.value);
  if (c.item! > max) {
    return result('outdated', day, decisiveEvidence(eras, at, sameItem), { reason: 'outOfRange', meaning: `第19条は第${max}号まで` });
  }
  return unknown(day, 'subjectUnknown');
}

// ---- 第26条〜第28条 (P19) ----------------------------------------------------------------------------

function assessPiaArticle(c: Citation, subject: 'shishin' | 'hyoka', day: string): CitationAssessment {
  const eras = PIA[subject];
  const j = judge(eras, (v) => v === c.article, day);
  const meaning = subject === 'shishin' ? '特定個人情報保護評価指針の根拠' : '特定個人情報保護評価の実施の根拠';
  if (j.status !== 'outdated' || !j.at || j.at.era.value === null) return fromJudgement(j, day, { meaning });
  const edit = numeralEdit(c, 'article', j.at.era.value);
  if (!edit) return fromJudgement(j, day, { meaning });
  return fromJudgement(j, day, { meaning, ...replaced(c, [edit], { article: j.at.era.value }, isVerified(j.basis.evidence)) });
}

// ---- 別表 --------------------------------------------------------------------------------------------

function rowKeyOf(row: number | undefined, branch: number | undefined): string | undefined {
  return row === undefined ? undefined : rowText(row, branch);
}

function annexRowKey(c: Citation): string | undefined {
  return rowKeyOf(c.annexItem, c.annexItemBranch);
}

function splitRow(row: string): { main: number; branch?: number } {
  const [main, branch] = row.split('の').map(Number) as [number, number | undefined];
  return branch === undefined ? { main } : { main, branch };
}

function assessFirstAnnex(c: Citation, day: string): CitationAssessment {
  const j = judge(UTILISATION, (v) => v === 'first', day);
  const meaning = '番号法第9条第1項の法定事務（別表第一）';
  if (j.status !== 'outdated') return fromJudgement(j, day, { meaning });
  // The head of a row list carries 「第一」; its members (「３０の項」) only change their number.
  const ordinal = partOf(c, 'annexOrdinal');
  const removeOrdinal: Edit[] = ordinal ? [{ start: ordinal.start, end: ordinal.end, text: '' }] : [];
  const key = annexRowKey(c);
  if (key === undefined) {
    if (!ordinal) return fromJudgement(j, day, { meaning });
    return fromJudgement(j, day, { meaning, ...replaced(c, removeOrdinal, { annex: 'single' }, isVerified(j.basis.evidence)) });
  }
  const row = BETSU1_TO_BETSU.find((r) => r.old?.row === key);
  if (!row) return fromJudgement(j, day, { meaning, ...ambiguous() });
  const next = splitRow(row.new.row);
  const verified = isVerified([...j.basis.evidence, ...row.old!.evidence, ...row.new.evidence]);
  return fromJudgement(j, day, {
    meaning: `${meaning}: ${row.jimu}`,
    ...replaced(c, [...removeOrdinal, ...rowEdits(c, 'annexItem', row.new.row)], { annex: 'single', annexItem: next.main, annexItemBranch: next.branch }, verified),
  });
}

function assessSingleAnnex(c: Citation, day: string): CitationAssessment {
  const j = judge(UTILISATION, (v) => v === 'single', day);
  const key = annexRowKey(c);
  const mapping = key === undefined ? undefined : BETSU1_TO_BETSU.find((r) => r.new.row === key);
  const meaning = `番号法第9条第1項の法定事務（別表）${mapping ? `: ${mapping.jimu}` : ''}`;
  if (j.status === 'current') {
    if (c.annexItem !== undefined && c.annexItemBranch === undefined && c.annexItem > SINGLE_ANNEX.maxRow) {
      return result('outdated', day, { evidence: [...SINGLE_ANNEX.maxRowEvidence], sources: [SINGLE_ANNEX.source] }, { reason: 'outOfRange', meaning: `別表は${SINGLE_ANNEX.maxRow}の項まで` });
    }
    if (c.annexItemBranch !== undefined) {
      const known = (SINGLE_ANNEX.knownBranchRows as readonly string[]).includes(key!);
      const basis = { evidence: [...j.basis.evidence, ...SINGLE_ANNEX.branchRowEvidence], sources: [...j.basis.sources, SINGLE_ANNEX.source] };
      return known ? fromJudgement({ ...j, basis }, day, { meaning }) : unknown(day, 'unverifiedRow', { meaning }, basis);
    }
    return fromJudgement(j, day, { meaning });
  }
  if (j.status !== 'outdated') return fromJudgement(j, day, { meaning });
  // Before 2024-05-27: the row of 別表第一, when the mapping knows it.
  const word = partOf(c, 'annexWord');
  if (!word) return fromJudgement(j, day, { meaning });
  const after = c.text[word.end - c.start];
  const insertion = ordinalText(1, styleFor(c)) + (after !== undefined && /[0-9０-９〇一二三四五六七八九十百千]/.test(after) ? 'の' : '');
  const insert: Edit = { start: word.end, end: word.end, text: insertion };
  if (key === undefined) return fromJudgement(j, day, { meaning, ...replaced(c, [insert], { annex: 'first' }, isVerified(j.basis.evidence)) });
  if (!mapping || mapping.old === null) return fromJudgement(j, day, { meaning, ...ambiguous() });
  const old = splitRow(mapping.old.row);
  const verified = isVerified([...j.basis.evidence, ...mapping.old.evidence, ...mapping.new.evidence]);
  return fromJudgement(j, day, {
    meaning,
    ...replaced(c, [insert, ...rowEdits(c, 'annexItem', mapping.old.row)], { annex: 'first', annexItem: old.main, annexItemBranch: old.branch }, verified),
  });
}

const ORD19_8_TABLE_NAME = '主務省令第2条の表';
const ORD19_8_BASED_TABLE = '第19条第8号に基づく主務省令第2条の表';

function assessSecondAnnex(c: Citation, day: string): CitationAssessment {
  const j = judge(PROVISION_TABLE, (v) => v === 'second', day);
  const meaning = '情報提供ネットワークシステムによる提供（別表第二）';
  if (j.status !== 'outdated') return fromJudgement(j, day, { meaning });
  const word = partOf(c, 'annexWord');
  const ordinal = partOf(c, 'annexOrdinal');
  const style = styleFor(c);
  const edits: Edit[] = [];
  if (word && ordinal) {
    const name = partOf(c, 'lawName') ? ORD19_8_BASED_TABLE : ORD19_8_TABLE_NAME;
    edits.push({ start: word.start, end: ordinal.end, text: renderNumbers(name, style) });
  }
  const fields: Partial<Citation> = { law: 'bangoRules', rules: 'ord19-8', annex: undefined, annexItem: undefined, annexItemBranch: undefined, article: 2, table: true };
  const key = annexRowKey(c);
  if (key === undefined) return fromJudgement(j, day, { meaning, ...replaced(c, edits, fields, isVerified(j.basis.evidence)) });
  const row = BETSU2_TO_TABLE.find((r) => r.old.row === key);
  if (!row || row.new.length === 0) return fromJudgement(j, day, { meaning, ...ambiguous() });
  const meaningRow = `${meaning}: ${row.requester}`;
  if (row.new.length > 1) {
    const candidates = row.new.map((n) => applyEdits(c, [...edits, ...rowEdits(c, 'annexItem', n.row)]));
    return fromJudgement(j, day, { meaning: meaningRow, ...ambiguous(candidates) });
  }
  const target = row.new[0]!;
  const next = splitRow(target.row);
  // The edits touch the annex item numeral, which becomes the table row.
  const verified = isVerified([...j.basis.evidence, ...row.old.evidence, ...target.evidence]);
  return fromJudgement(j, day, {
    meaning: meaningRow,
    ...replaced(c, [...edits, ...rowEdits(c, 'annexItem', target.row)], { ...fields, tableRow: next.main, tableRowBranch: next.branch }, verified),
  });
}

// ---- 主務省令 ----------------------------------------------------------------------------------------

const ORD19_8_TAIL_KANJI = '第十九条第八号に基づく利用特定個人情報の提供に関する命令';
const ORD19_8_TAIL = '第19条第8号に基づく利用特定個人情報の提供に関する命令';
const ORD19_8_PROMULGATION = '令和6年デジタル庁・総務省令第9号';

function assessOrd198(c: Citation, day: string): CitationAssessment {
  const j = judge(PROVISION_TABLE, (v) => v === 'ord19-8', day);
  const meaning = '情報提供ネットワークシステムによる提供（主務省令第2条の表）';
  if (j.status === 'current') {
    if (c.table && c.tableRow !== undefined && c.tableRowBranch === undefined && c.tableRow > ORD19_8_TABLE.maxRow) {
      return result('outdated', day, { evidence: [...ORD19_8_TABLE.maxRowEvidence], sources: [ORD19_8_TABLE.source] }, { reason: 'outOfRange', meaning: `第2条の表は${ORD19_8_TABLE.maxRow}の項まで` });
    }
    return fromJudgement(j, day, { meaning });
  }
  if (j.status !== 'outdated' || !c.table) return fromJudgement(j, day, { meaning });
  // Before 2024-05-27: the 別表第二 row, when exactly one old row maps to this one.
  const key = rowKeyOf(c.tableRow, c.tableRowBranch);
  const style = styleFor(c);
  const fields: Partial<Citation> = { law: 'bango', rules: undefined, article: undefined, table: undefined, tableRow: undefined, tableRowBranch: undefined, annex: 'second' };
  const isHead = partOf(c, 'rulesName') !== undefined;
  const prefix = partOf(c, 'lawName') ? '番号法' : '';
  if (key === undefined) {
    if (!isHead) return fromJudgement(j, day, { meaning, ...ambiguous() });
    return fromJudgement(j, day, { meaning, replacement: `${prefix}別表${ordinalText(2, style)}`, replacementNormalized: normalizeCitation({ ...c, ...fields }), replacementVerified: isVerified(j.basis.evidence) });
  }
  const olds = BETSU2_TO_TABLE.filter((r) => r.new.some((n) => n.row === key));
  if (olds.length !== 1) return fromJudgement(j, day, { meaning, ...ambiguous() });
  const old = olds[0]!;
  const o = splitRow(old.old.row);
  const verified = isVerified([...j.basis.evidence, ...old.old.evidence, ...old.new.flatMap((n) => n.evidence)]);
  const rowTextStyled = renderNumbers(old.old.row, style);
  const text = isHead ? `${prefix}別表${ordinalText(2, style)}の${rowTextStyled}の項` : applyEdits(c, rowEdits(c, 'tableRow', old.old.row));
  return fromJudgement(j, day, {
    meaning,
    replacement: text,
    replacementNormalized: normalizeCitation({ ...c, ...fields, annexItem: o.main, annexItemBranch: o.branch }),
    replacementVerified: verified,
  });
}

function assessOrdBetsuName(c: Citation, day: string): CitationAssessment {
  const cited = c.rules === 'ordBetsu1' ? 'ordBetsu1' : 'ordBetsu';
  // Only the title changed: a list member (「…第16条及び第24条」) has no title of its own to be wrong.
  if (!partOf(c, 'rulesName')) return unknown(day, 'noFacts');
  const j = judge(ORD_BETSU_NAME, (v) => v === cited, day);
  const meaning = '別表の主務省令で定める事務を定める命令（平成26年内閣府・総務省令第5号）';
  if (j.status !== 'outdated') return fromJudgement(j, day, { meaning });
  const fields: Partial<Citation> = { rules: cited === 'ordBetsu1' ? 'ordBetsu' : 'ordBetsu1' };
  if (cited === 'ordBetsu1') {
    const ordinal = partOf(c, 'annexOrdinal');
    if (!ordinal) return fromJudgement(j, day, { meaning });
    return fromJudgement(j, day, { meaning, ...replaced(c, [{ start: ordinal.start, end: ordinal.end, text: '' }], fields, isVerified(j.basis.evidence)) });
  }
  const name = partOf(c, 'rulesName');
  if (!name) return fromJudgement(j, day, { meaning });
  const at = c.text.indexOf('表', name.start - c.start);
  if (at < 0) return fromJudgement(j, day, { meaning });
  const insert: Edit = { start: c.start + at + 1, end: c.start + at + 1, text: '第一' };
  return fromJudgement(j, day, { meaning, ...replaced(c, [insert], fields, isVerified(j.basis.evidence)) });
}

function assessOrdB2(c: Citation, day: string): CitationAssessment {
  const j = judge(PROVISION_ORDER, (v) => v === 'ordB2', day);
  const meaning = `別表第二の主務省令で定める事務及び情報を定める命令（平成26年内閣府・総務省令第7号、${LAW_DATES.r5Amendment.date} 廃止）`;
  if (j.status !== 'outdated') return fromJudgement(j, day, { meaning });
  const style = styleFor(c);
  const edits: Edit[] = [];
  const name = partOf(c, 'rulesName');
  if (name) {
    const law = partOf(c, 'lawName');
    const lawText = law ? c.text.slice(law.start - c.start, law.end - c.start).replace(/\s+/g, '') : '';
    const tail =
      c.rules === 'ordB2Abbrev'
        ? '主務省令'
        : lawText.endsWith('法律')
          ? ORD19_8_TAIL_KANJI
          : law
            ? renderNumbers(ORD19_8_TAIL, style)
            : `番号法${renderNumbers(ORD19_8_TAIL, style)}`;
    edits.push({ start: name.start, end: name.end, text: tail });
  }
  const prom = partOf(c, 'promulgation');
  if (prom && name && prom.start >= name.end) {
    const open = c.text[prom.start - c.start] === '(' ? '(' : '（';
    const close = open === '(' ? ')' : '）';
    edits.push({ start: prom.start, end: prom.end, text: `${open}${renderNumbers(ORD19_8_PROMULGATION, style)}${close}` });
  }
  const nameFields: Partial<Citation> = { rules: 'ord19-8' };
  if (c.article === undefined) {
    if (!name) return fromJudgement(j, day, { meaning });
    return fromJudgement(j, day, { meaning, ...replaced(c, edits, nameFields, isVerified(j.basis.evidence)) });
  }
  const key = rowKeyOf(c.article, c.articleBranch);
  const row = BETSU2_TO_TABLE.find((r) => r.oldOrdB2Article === key);
  const chain = partOf(c, 'chain');
  // A list member (「…第46条第1号、第2号」) has no text of its own that a table row could replace.
  if (!row || row.new.length === 0 || !chain || !name) return fromJudgement(j, day, { meaning, ...ambiguous() });
  const texts = row.new.map((n) =>
    applyEdits(c, [...edits, { start: chain.start, end: chain.end, text: `${renderNumbers('第2条の表', style)}の${renderNumbers(n.row, style)}の項` }]),
  );
  // A detail (号), a compact list or a split row has no single equivalent row.
  if (row.new.length > 1 || c.item !== undefined || c.paragraph !== undefined || c.list?.compact) {
    return fromJudgement(j, day, { meaning: `${meaning}: ${row.requester}`, ...ambiguous(texts) });
  }
  const target = splitRow(row.new[0]!.row);
  const verified = isVerified([...j.basis.evidence, ...row.old.evidence, ...row.new[0]!.evidence]);
  return fromJudgement(j, day, {
    meaning: `${meaning}: ${row.requester}`,
    replacement: texts[0]!,
    replacementNormalized: normalizeCitation({
      ...c,
      ...nameFields,
      article: 2,
      articleBranch: undefined,
      articleSubBranches: undefined,
      table: true,
      tableRow: target.main,
      tableRowBranch: target.branch,
    }),
    replacementVerified: verified,
  });
}

// ---- other laws and ordinances ------------------------------------------------------------------------

function assessLocalOrdinance(c: Citation, day: string): CitationAssessment {
  const j = judge(LOCAL_PI, (v) => v === 'ordinance', day);
  const meaning = `地方公共団体の個人情報保護条例（${LAW_DATES.localPiLaw.date} から個人情報保護法を直接適用）`;
  if (j.status !== 'outdated') return fromJudgement(j, day, { meaning });
  const body = ordinanceBody(c.lawName ?? '');
  return fromJudgement(j, day, { meaning, ...ambiguous([PI_LAW_NAME, `${body}個人情報の保護に関する法律施行条例`]) });
}

function assessNationalPiLaw(c: Citation, day: string): CitationAssessment {
  const j = judge(NATIONAL_PI, (v) => v === 'separate', day);
  const meaning = '行政機関・独立行政法人等の個人情報保護法（個人情報保護法へ一本化）';
  if (j.status !== 'outdated') return fromJudgement(j, day, { meaning });
  if (c.article !== undefined) return fromJudgement(j, day, { meaning, ...ambiguous([PI_LAW_NAME]) });
  return fromJudgement(j, day, {
    meaning,
    replacement: PI_LAW_NAME,
    replacementNormalized: PI_LAW_NAME,
    replacementVerified: isVerified(j.basis.evidence),
  });
}

// ---- entry -------------------------------------------------------------------------------------------

function isPiaSubject(s: CitationSubject | undefined): s is 'shishin' | 'hyoka' {
  return s === 'shishin' || s === 'hyoka';
}

function assessOn(c: Citation, day: string): CitationAssessment {
  if (c.historical) return unknown(day, 'historical');
  switch (c.law) {
    case 'bango':
      if (c.supplementary) return unknown(day, 'noFacts');
      if (c.annex === 'first') return assessFirstAnnex(c, day);
      if (c.annex === 'single') return assessSingleAnnex(c, day);
      if (c.annex === 'second') return assessSecondAnnex(c, day);
      if (c.article === 19 && c.articleBranch === undefined && c.item !== undefined) return assessArt19(c, day);
      if (isPiaSubject(c.subject) && c.paragraph === undefined && c.item === undefined) return assessPiaArticle(c, c.subject, day);
      return unknown(day, 'noFacts');
    case 'bangoRules':
      if (c.rules === 'ord19-8') return assessOrd198(c, day);
      if (c.rules === 'ordBetsu' || c.rules === 'ordBetsu1') return assessOrdBetsuName(c, day);
      if (c.rules === 'ordB2' || c.rules === 'ordB2Abbrev') return assessOrdB2(c, day);
      return unknown(day, 'noFacts');
    case 'ordinance':
      return isPiOrdinanceName(c.lawName ?? '') ? assessLocalOrdinance(c, day) : unknown(day, 'noFacts');
    case 'other':
      return isNationalPiLawName(c.lawName ?? '') ? assessNationalPiLaw(c, day) : unknown(day, 'noFacts');
    default:
      return unknown(day, 'lawUnknown');
  }
}

/**
 * Judges a citation on a day (`YYYY-MM-DD`), or over a month (`YYYY-MM`): a month gives a definite
 * answer only when its first and last days agree, so a boundary inside the month yields `unknown`.
 */
export function assess(citation: Citation, asOf: string): CitationAssessment {
  const range = dayRange(asOf);
  if (!range) return unknown(String(asOf), 'invalidDate');
  if (range.first === range.last) return assessOn(citation, range.first);
  const first = assessOn(citation, range.first);
  const last = assessOn(citation, range.last);
  if (first.status === last.status && first.replacement === last.replacement) return { ...last, asOf };
  return unknown(asOf, 'boundaryWithinMonth', { meaning: last.meaning }, NO_BASIS);
}
