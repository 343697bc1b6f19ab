/**
 * parseCitations: finds the law citations in a text (one field value or a whole rendering).
 *
 * One left-to-right pass over anchors (第, 別表, 主務省令, 同条, law names); each anchor is read by a
 * bounded reader, and a failed list read lets the pass skip what it already scanned, so the work is
 * linear in the text. Never throws.
 *
 * Which law a citation belongs to:
 * 1. a name written right before it (「番号法」「介護保険法」「○○市…条例」, also with a promulgation
 *    parenthesis 「地方税法（昭和25年法律第226号）第703条」) decides (`lawBy: 'explicit'`);
 *    「同法」 means the previous citation's law (`same`);
 * 2. otherwise, a citation that directly continues the previous one (only blanks, 「、」「及び」… or a
 *    short parenthesis in between) takes its law (`list`);
 * 3. otherwise (a bare 「第19条第8号」 or 「法第19条」) the scope rule applies (`scope`): the law of the
 *    most recent explicitly named citation in the same sentence (up to 「。」 or a line break);
 *    failing that, the 番号法 when the text has named it before; failing that, `unknown`.
 *    Other laws therefore hold only within their sentence, while the 番号法 — the subject of every
 *    assessment — stays in scope for the whole text once named.
 */
import type { AnnexKind, Citation, CitationLaw, CitationPart, LawResolution, RulesId } from './citation.js';
import type { DraftCitation } from './draft.js';
import {
  BANGO_MENTION_SOURCE,
  NATIONAL_PI_LAW_TAIL,
  ORD19_8_TAIL,
  ORD_B2_TAIL,
  LAW_NUMBER_SOURCE,
  ORD_BETSU_TAIL,
  PI_ORDINANCE_TAIL,
  SHUMU_JIKO_TAIL,
  SHUMU_TAIL,
  classifyLawName,
  isNameChar,
  isNameStartChar,
} from './law-names.js';
import { readNumeral } from './numerals.js';
import {
  readArticleElement,
  readArticleSegment,
  readList,
  readRowElement,
  skipWs,
  skipWsBack,
  type Element,
  type Segment,
} from './scan.js';
import { finishCitations } from './finish.js';

const ANCHOR = new RegExp(
  [
    '行政機関の保有する個人情報',
    '行政機関個人情報保護法',
    '独立行政法人等',
    '行\\s{0,2}政\\s{0,2}手\\s{0,2}続',
    '番号利用法',
    'マイナンバー法',
    '番号法',
    '個\\s{0,2}人\\s{0,2}情\\s{0,2}報\\s{0,2}(?:保\\s{0,2}護\\s{0,2}条|の\\s{0,2}保\\s{0,2}護\\s{0,2}に\\s{0,2}関\\s{0,2}す\\s{0,2}る\\s{0,2}条)',
    '主務省令',
    '別表',
    '同条',
    '第',
  ].join('|'),
  'g',
);

const BANGO_MENTION = new RegExp(BANGO_MENTION_SOURCE, 'y');
const PROMULGATION = /\s{0,2}[（(]\s{0,2}(?:平成|令和|昭和)[^（）()]{0,40}[）)]/y;
const LAW_NUMBER_BEFORE = new RegExp(`${LAW_NUMBER_SOURCE}(?:附則)?$`);
const TABLE_SUFFIX = /\s{0,2}の\s{0,2}表/y;
/** What may stand between two citations for the second to continue the first. */
const CONTINUATION_GAP = /^[\s、，,・]*(?:及び|並びに|又は|若しくは)?[\s、，,・]*(?:（[^（）]{0,40}）|\([^()]{0,40}\))?[\s、，,・]*(?:及び|並びに|又は|若しくは)?\s*$/;


interface LawContext {
  law: CitationLaw;
  lawName?: string;
  rules?: RulesId;
  lawBy: LawResolution;
  start: number;
  parts: CitationPart[];
  historical?: boolean;
  supplementary?: boolean;
  attachedTo?: number;
  pendingAbbrev?: boolean;
}

interface NameBefore {
  start: number;
  end: number;
  promulgation?: { start: number; end: number };
}

/** Moves `start` forward so that [start, end) holds exactly `suffix` (blanks inside allowed). */
function trimToSuffix(text: string, start: number, end: number, suffix: string): number {
  let need = suffix.length;
  let s = end;
  while (s > start && need > 0) {
    s--;
    if (!/\s/.test(text[s]!)) need--;
  }
  return s;
}

/**
 * Parsed texts, memoised: in one lint run four to five rules parse the same field texts (bench,
 * docs/performance.md). The parse is a pure function of the text; callers get their own array and must
 * not change the citations (none does). Cleared when full, so a long run cannot grow it without bound.
 */
const MEMO_LIMIT = 4096;
const memo = new Map<string, Citation[]>();

export function parseCitations(text: string): Citation[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  let citations = memo.get(text);
  if (!citations) {
    citations = new CitationParser(text).run();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, citations);
  }
  return [...citations];
}

class CitationParser {
  private readonly out: DraftCitation[] = [];
  private lastBangoMention = -1;
  private lastExplicit: { law: CitationLaw; lawName?: string; rules?: RulesId; end: number } | undefined;
  private readonly boundaries: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '。' || ch === '\n') this.boundaries.push(i);
    }
  }

  run(): Citation[] {
    const re = new RegExp(ANCHOR.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) !== null) {
      const p = m.index;
      // Every reader returns a position past the anchor, so the pass always moves forward.
      re.lastIndex = Math.max(this.at(p, m[0]), p + 1);
    }
    return finishCitations(this.text, this.out);
  }

  private at(p: number, token: string): number {
    const first = token[0];
    if (first === '第') return this.atDai(p);
    if (token === '別表') return this.atAnnex(p);
    if (token === '主務省令') return this.atShumu(p);
    if (token === '同条') return this.atSameArticle(p);
    if (first === '個') return this.atPiOrdinance(p);
    if (token === '行政機関の保有する個人情報' || token === '行政機関個人情報保護法' || token === '独立行政法人等') {
      const end = this.atNationalPiLaw(p);
      if (end > p + 1) return end;
    }
    BANGO_MENTION.lastIndex = p;
    const b = BANGO_MENTION.exec(this.text);
    if (b) {
      this.lastBangoMention = p;
      return p + b[0].length;
    }
    return p + 1;
  }

  // ---- law resolution --------------------------------------------------------------------------

  private get prev(): DraftCitation | undefined {
    return this.out[this.out.length - 1];
  }

  private get floor(): number {
    return this.prev?.end ?? 0;
  }

  /**
   * The name-like run right before `pos`, through blanks, closing quotes and up to two parentheses
   * of promulgation or definition (「地方税法（昭和25年法律第226号）」（以下「地税法」という。）第703条).
   */
  private nameBefore(pos: number): NameBefore | undefined {
    const text = this.text;
    let e = skipWsBack(text, pos, 2);
    let promulgation: NameBefore['promulgation'];
    for (let round = 0; round < 4; round++) {
      const close = text[e - 1];
      if (close === '」' && e - 1 > this.floor) {
        e = skipWsBack(text, e - 1, 2);
        continue;
      }
      if (close !== '）' && close !== ')') break;
      const open = close === '）' ? '（' : '(';
      let s = e - 2;
      while (s >= this.floor && e - s < 60 && text[s] !== open && text[s] !== close) s--;
      if (s < this.floor || text[s] !== open || !/(?:平成|令和|昭和|法律|令第|号|以下)/.test(text.slice(s, e))) break;
      promulgation = promulgation ? { start: s, end: promulgation.end } : { start: s, end: e };
      e = skipWsBack(text, s, 2);
    }
    // A law cited by its number: 「平成十九年法律第三十号附則第三十九条」.
    const byNumber = LAW_NUMBER_BEFORE.exec(text.slice(Math.max(this.floor, e - 40), e));
    if (byNumber) return { start: e - byNumber[0].length, end: e, promulgation };
    let s = e;
    while (s > this.floor && e - s < 80) {
      if (isNameChar(text[s - 1])) {
        s--;
        continue;
      }
      // A PDF line break inside a name (「…個人番号\nの利用に関する条例」).
      if (text[s - 1] === '\n' && s < e && isNameChar(text[s]) && isNameChar(text[s - 2])) {
        s--;
        continue;
      }
      if (text[s - 1] === '\r' && text[s] === '\n') {
        s--;
        continue;
      }
      break;
    }
    // Never start inside a surrogate pair, with a particle, or with the clause before the name.
    if (s < e && text.charCodeAt(s) >= 0xdc00 && text.charCodeAt(s) <= 0xdfff) s++;
    const clause = /^.*(?:施行|改正|公布|制定|規定|[日年月])の/s.exec(text.slice(s, e));
    if (clause && clause[0].length < e - s) s += clause[0].length;
    while (s < e && !isNameStartChar(text[s])) s++;
    if (s >= e) return undefined;
    return { start: s, end: e, promulgation };
  }

  private sentenceStart(pos: number): number {
    // Binary search for the last boundary before pos.
    let lo = 0;
    let hi = this.boundaries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.boundaries[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.boundaries[lo - 1]! + 1;
  }

  private scopeLaw(pos: number): { law: CitationLaw; lawName?: string; rules?: RulesId } {
    const sentence = this.sentenceStart(pos);
    if (this.lastExplicit && this.lastExplicit.end > sentence) {
      const { law, lawName, rules } = this.lastExplicit;
      return { law, lawName, rules };
    }
    if (this.lastBangoMention >= 0 && this.lastBangoMention < pos) return { law: 'bango' };
    return { law: 'unknown' };
  }

  /**
   * 「同法」: the law named last before `pos` — a citation's law or a mere mention
   * (「予防接種法による給付（同法第十五条…」), whichever is nearer.
   */
  private sameLaw(pos: number): { law: CitationLaw; lawName?: string; rules?: RulesId } | undefined {
    const text = this.text;
    const lowest = Math.max(0, pos - 80);
    for (let k = pos - 1; k >= lowest; k--) {
      if (text[k] !== '法' && !(text[k] === '律' && text[k - 1] === '法')) continue;
      let s = k + 1;
      const e = s;
      while (s > lowest && e - s < 60 && isNameChar(text[s - 1])) s--;
      while (s < e && !isNameStartChar(text[s])) s++;
      const cls = s < e ? classifyLawName(text.slice(s, e)) : undefined;
      if (!cls || cls.kind === 'same' || cls.kind === 'scope') continue;
      const prev = this.prev;
      if (prev && prev.end >= e && prev.start <= s) return { law: prev.law, lawName: prev.lawName, rules: prev.rules };
      return { law: cls.kind, lawName: cls.name };
    }
    const prev = this.prev;
    return prev ? { law: prev.law, lawName: prev.lawName, rules: prev.rules } : undefined;
  }

  private continuesPrevious(pos: number): boolean {
    const prev = this.prev;
    if (!prev || pos - prev.end > 60 || pos < prev.end) return false;
    return CONTINUATION_GAP.test(this.text.slice(prev.end, pos));
  }

  /** Decides the law of a citation whose own text starts at `pos`. */
  private resolveLaw(pos: number): LawContext {
    const name = this.nameBefore(pos);
    let cls = name ? classifyLawName(this.text.slice(name.start, name.end)) : undefined;
    if (name && cls && cls.kind === 'scope' && cls.supplementary && cls.name === '') {
      // 「番号利用法 附則第6条」: the law is named before a blank and 「附則」.
      const outer = this.nameBefore(name.start);
      const oc = outer ? classifyLawName(this.text.slice(outer.start, outer.end)) : undefined;
      if (outer && oc && oc.kind !== 'scope' && oc.kind !== 'same') {
        name.start = outer.start;
        cls = { ...oc, supplementary: true };
      }
    }
    if (name && cls) {
      // 「根拠番号法」: the span starts at the 番号法's own name.
      if (cls.kind === 'bango') {
        name.start = trimToSuffix(this.text, name.start, name.end, cls.name + (cls.supplementary ? '附則' : ''));
      }
      const parts: CitationPart[] = [{ role: 'lawName', start: name.start, end: name.end }];
      if (name.promulgation) parts.push({ role: 'promulgation', ...name.promulgation });
      const base = { start: name.start, parts, historical: cls.historical || undefined, supplementary: cls.supplementary || undefined };
      if (cls.kind === 'bango') return { ...base, law: 'bango', lawName: cls.name, lawBy: 'explicit' };
      if (cls.kind === 'ordinance' || cls.kind === 'other') return { ...base, law: cls.kind, lawName: cls.name, lawBy: 'explicit' };
      if (cls.kind === 'same') {
        const same = this.sameLaw(name.start);
        if (same) return { ...base, ...same, lawBy: 'same' };
      }
      return { ...base, ...this.scopeLaw(pos), lawBy: 'scope' };
    }
    // 「主務省令第2条の表及び第19条第9号」: an article after a table reference is the 番号法's, not the order's.
    if (this.continuesPrevious(pos) && this.prev!.table && this.text[pos] === '第') {
      return { law: this.lastBangoMention >= 0 ? 'bango' : 'unknown', lawBy: 'scope', start: pos, parts: [] };
    }
    if (this.continuesPrevious(pos)) {
      const prev = this.prev!;
      return {
        law: prev.law,
        lawName: prev.lawName,
        rules: prev.rules,
        pendingAbbrev: prev.pendingAbbrev,
        lawBy: 'list',
        start: pos,
        parts: [],
        attachedTo: this.out.length - 1,
      };
    }
    return { ...this.scopeLaw(pos), lawBy: 'scope', start: pos, parts: [] };
  }

  private remember(ctx: LawContext, end: number): void {
    if (ctx.lawBy === 'explicit') this.lastExplicit = { law: ctx.law, lawName: ctx.lawName, rules: ctx.rules, end };
    if (ctx.law === 'bango' && ctx.lawBy === 'explicit') this.lastBangoMention = ctx.start;
  }

  // ---- articles --------------------------------------------------------------------------------

  private atDai(p: number): number {
    ORD19_8_TAIL.lastIndex = p;
    const ord = ORD19_8_TAIL.exec(this.text);
    if (ord) return this.rulesName(p, p + ord[0].length, 'ord19-8');

    const { elements, scannedTo } = readList(this.text, p, readArticleElement);
    if (elements.length === 0) return Math.max(p + 1, scannedTo);
    const top = elements[0]!.segs[0]!;
    if (top.unit === '条') {
      const ctx = this.resolveLaw(p);
      return this.emitArticles(elements, ctx);
    }
    // A bare 第N項 / 第N号 only continues the previous citation (「第19条第7号（…）、第8号」).
    const prev = this.prev;
    if (prev && prev.article !== undefined && this.continuesPrevious(p)) {
      const ctx: LawContext = {
        law: prev.law,
        lawName: prev.lawName,
        rules: prev.rules,
        lawBy: 'list',
        start: p,
        parts: [],
        supplementary: prev.supplementary,
      };
      return this.emitArticles(elements, ctx, {
        article: prev.article,
        articleBranch: prev.articleBranch,
        articleSubBranches: prev.articleSubBranches,
        paragraph: prev.paragraph,
      });
    }
    return Math.max(p + 1, scannedTo);
  }

  /** 同条第二号: the previous citation's law and article. */
  private atSameArticle(p: number): number {
    const prev = this.prev;
    if (!prev || prev.article === undefined) return p + 2;
    const q = skipWs(this.text, p + 2, 2);
    if (this.text[q] !== '第') return p + 2;
    const { elements } = readList(this.text, q, readArticleElement);
    if (elements.length === 0 || elements[0]!.segs[0]!.unit === '条') return p + 2;
    const ctx: LawContext = {
      law: prev.law,
      lawName: prev.lawName,
      rules: prev.rules,
      lawBy: 'same',
      start: p,
      parts: [],
      supplementary: prev.supplementary,
    };
    return this.emitArticles(elements, ctx, {
      article: prev.article,
      articleBranch: prev.articleBranch,
      articleSubBranches: prev.articleSubBranches,
    });
  }

  private emitArticles(
    elements: Element[],
    ctx: LawContext,
    inherited: { article?: number; articleBranch?: number; articleSubBranches?: number[]; paragraph?: number } = {},
  ): number {
    const headIndex = this.out.length;
    let state: { article?: number; articleBranch?: number; articleSubBranches?: number[]; paragraph?: number; item?: number } = {
      ...inherited,
    };
    const compact = elements.some((e) => e.compact);
    elements.forEach((el, position) => {
      const c: DraftCitation = {
        start: position === 0 ? ctx.start : el.start,
        end: el.end,
        law: ctx.law,
        lawName: ctx.lawName,
        lawBy: position === 0 ? ctx.lawBy : 'list',
        rules: ctx.rules,
        parts: position === 0 ? [...ctx.parts] : [],
      };
      if (ctx.pendingAbbrev) c.pendingAbbrev = true;
      if (ctx.historical) c.historical = true;
      if (ctx.supplementary) c.supplementary = true;
      if (position === 0 && ctx.attachedTo !== undefined) c.attachedTo = ctx.attachedTo;
      c.parts.push({ role: 'chain', start: el.start, end: el.end });
      const top = el.segs[0]!;
      if (top.unit === '項') state = { article: state.article, articleBranch: state.articleBranch, articleSubBranches: state.articleSubBranches };
      else if (top.unit === '号') state = { ...state, item: undefined };
      else state = {};
      for (const seg of el.segs) this.applySegment(c, seg, state);
      c.article = state.article;
      c.articleBranch = state.articleBranch;
      c.articleSubBranches = state.articleSubBranches;
      c.paragraph = state.paragraph;
      c.item = state.item;
      if (c.article === undefined) return;
      if (elements.length > 1) c.list = { head: headIndex, position, size: elements.length, compact };
      this.out.push(c);
    });
    const last = this.out[this.out.length - 1];
    if (!last || this.out.length === headIndex) return elements[elements.length - 1]!.end;
    this.remember(ctx, last.end);
    // 主務省令第2条の表: rows follow.
    if (last.law === 'bangoRules' && last.article === 2 && last.paragraph === undefined && last.item === undefined) {
      TABLE_SUFFIX.lastIndex = last.end;
      const t = TABLE_SUFFIX.exec(this.text);
      if (t) return this.emitTable(last, last.end + t[0].length);
    }
    return last.end;
  }

  private applySegment(
    c: DraftCitation,
    seg: Segment,
    state: { article?: number; articleBranch?: number; articleSubBranches?: number[]; paragraph?: number; item?: number },
  ): void {
    const num = seg.num;
    if (seg.unit === '条') {
      state.article = num.value;
      state.articleBranch = seg.branch?.value;
      state.articleSubBranches = seg.subBranches?.map((b) => b.value);
      state.paragraph = undefined;
      state.item = undefined;
      c.parts.push({ role: 'article', start: num.start, end: num.end, style: num.style });
      for (const b of [seg.branch, ...(seg.subBranches ?? [])]) {
        if (b) c.parts.push({ role: 'articleBranch', start: b.start, end: b.end, style: b.style });
      }
    } else if (seg.unit === '項') {
      state.paragraph = num.value;
      state.item = undefined;
      c.parts.push({ role: 'paragraph', start: num.start, end: num.end, style: num.style });
    } else if (seg.unit === '号') {
      state.item = num.value;
      c.itemBranch = seg.branch?.value;
      c.parts.push({ role: 'item', start: num.start, end: num.end, style: num.style });
      if (seg.branch) c.parts.push({ role: 'itemBranch', start: seg.branch.start, end: seg.branch.end, style: seg.branch.style });
    }
  }

  /** Rows of 「第2条の表」 (ORD19-8): 「の42の項」, 「 69の項」, lists. */
  private emitTable(head: DraftCitation, pos: number): number {
    head.table = true;
    head.rules = 'ord19-8';
    head.parts.push({ role: 'table', start: head.end, end: pos });
    head.end = pos;
    let q = skipWs(this.text, pos, 2);
    if (this.text[q] === 'の') q = skipWs(this.text, q + 1, 2);
    if (this.text[q] === '(' || this.text[q] === '（') q = skipWs(this.text, q + 1, 1);
    const { elements } = readList(this.text, q, readRowElement);
    if (elements.length === 0) return pos;
    const headIndex = this.out.length - 1;
    const compact = elements.some((e) => e.compact);
    elements.forEach((el, position) => {
      const seg = el.segs[0]!;
      const c: DraftCitation =
        position === 0
          ? head
          : {
              start: el.start,
              end: el.end,
              law: head.law,
              lawName: head.lawName,
              lawBy: 'list',
              rules: 'ord19-8',
              article: 2,
              table: true,
              parts: [],
            };
      c.tableRow = seg.num.value;
      c.tableRowBranch = seg.branch?.value;
      c.end = el.end;
      c.parts.push({ role: 'tableRow', start: seg.num.start, end: seg.num.end, style: seg.num.style });
      if (seg.branch) c.parts.push({ role: 'tableRowBranch', start: seg.branch.start, end: seg.branch.end, style: seg.branch.style });
      if (elements.length > 1) c.list = { head: headIndex, position, size: elements.length, compact };
      if (position > 0) this.out.push(c);
    });
    return this.out[this.out.length - 1]!.end;
  }

  // ---- annexes ---------------------------------------------------------------------------------

  private atAnnex(p: number): number {
    const text = this.text;
    ORD_BETSU_TAIL.lastIndex = p;
    const betsu = ORD_BETSU_TAIL.exec(text);
    if (betsu) return this.rulesName(p, p + betsu[0].length, betsu[1] ? 'ordBetsu1' : 'ordBetsu', betsu[1] ? this.ordinalSpan(p) : undefined);
    ORD_B2_TAIL.lastIndex = p;
    const b2 = ORD_B2_TAIL.exec(text);
    if (b2) return this.rulesName(p, p + b2[0].length, 'ordB2', this.ordinalSpan(p));

    const parts: CitationPart[] = [{ role: 'annexWord', start: p, end: p + 2 }];
    let pos = p + 2;
    let annex: AnnexKind = 'single';
    const ord = this.ordinalSpan(p);
    if (ord) {
      annex = ord.value === 1 ? 'first' : 'second';
      parts.push({ role: 'annexOrdinal', start: ord.start, end: ord.end, style: ord.style });
      pos = ord.end;
    }
    // Connector and an optional parenthesised list: 「の」, blanks, 「(第1、2…の項)」.
    let q = skipWs(text, pos, 2);
    if (text[q] === 'の' || text[q] === 'ノ') q = skipWs(text, q + 1, 2);
    if (ord && (text[q] === '(' || text[q] === '（')) q = skipWs(text, q + 1, 1);
    const { elements } = readList(text, q, readRowElement);

    if (!ord && elements.length === 0) {
      // A bare 「別表」 counts only right after a law name (「番号法別表に定める」), never in words like 別表示.
      const after = text[pos];
      if (after !== undefined && (isNameChar(after) && after !== 'に' && after !== 'の' && after !== 'を')) return p + 2;
      const name = this.nameBefore(p);
      const cls = name ? classifyLawName(text.slice(name.start, name.end)) : undefined;
      if (!cls) return p + 2;
    }

    const ctx = this.resolveLaw(p);
    const headIndex = this.out.length;
    const compact = elements.some((e) => e.compact);
    const headEnd = ord ? ord.end : p + 2;
    if (elements.length === 0) {
      this.out.push(this.annexCitation(ctx, ctx.start, headEnd, annex, [...ctx.parts, ...parts]));
    } else {
      elements.forEach((el, position) => {
        const seg = el.segs[0]!;
        const c = position === 0
          ? this.annexCitation(ctx, ctx.start, el.end, annex, [...ctx.parts, ...parts])
          : this.annexCitation({ ...ctx, lawBy: 'list', attachedTo: undefined, historical: ctx.historical }, el.start, el.end, annex, []);
        c.annexItem = seg.num.value;
        c.annexItemBranch = seg.branch?.value;
        c.parts.push({ role: 'annexItem', start: seg.num.start, end: seg.num.end, style: seg.num.style });
        if (seg.branch) c.parts.push({ role: 'annexItemBranch', start: seg.branch.start, end: seg.branch.end, style: seg.branch.style });
        if (elements.length > 1) c.list = { head: headIndex, position, size: elements.length, compact };
        this.out.push(c);
      });
    }
    const last = this.out[this.out.length - 1]!;
    this.remember(ctx, last.end);
    return last.end;
  }

  private annexCitation(ctx: LawContext, start: number, end: number, annex: AnnexKind, parts: CitationPart[]): DraftCitation {
    const c: DraftCitation = { start, end, law: ctx.law, lawName: ctx.lawName, lawBy: ctx.lawBy, annex, parts };
    if (ctx.rules) c.rules = ctx.rules;
    if (ctx.historical) c.historical = true;
    if (ctx.attachedTo !== undefined) c.attachedTo = ctx.attachedTo;
    if (c.law === 'bangoRules') c.law = 'bango'; // an annex is always the law's own
    return c;
  }

  /** The ordinal of 「別表第一」「別表第2」「別表2」 (not the row of 「別表の2の項」「別表第24項」). */
  private ordinalSpan(p: number): { value: 1 | 2; start: number; end: number; style: 'halfwidth' | 'fullwidth' | 'kanji' | 'mixed' } | undefined {
    const text = this.text;
    const q = skipWs(text, p + 2, 2);
    const hasDai = text[q] === '第';
    const r = hasDai ? skipWs(text, q + 1, 1) : q;
    const n = readNumeral(text, r);
    if (!n || (n.value !== 1 && n.value !== 2)) return undefined;
    // 「別表2の項」「別表第2項」 are rows of the single annex.
    // Only without blanks: 「別表第1 項番30」 (PDF) and the typo 「別表第1 項第30」 keep the ordinal.
    let s = n.end;
    if (text[s] === 'の') s++;
    if (text[s] === '項' && text[s + 1] !== '番') return undefined;
    return { value: n.value as 1 | 2, start: hasDai ? q : r, end: n.end, style: n.style };
  }

  // ---- 主務省令 ----------------------------------------------------------------------------------

  private atShumu(p: number): number {
    SHUMU_JIKO_TAIL.lastIndex = p;
    const jiko = SHUMU_JIKO_TAIL.exec(this.text);
    if (jiko) return this.rulesName(p, p + jiko[0].length, 'unknown', undefined, true);
    SHUMU_TAIL.lastIndex = p;
    const shumu = SHUMU_TAIL.exec(this.text);
    if (!shumu) return p + 1;
    const end = p + shumu[0].length;
    if (this.text[skipWs(this.text, end, 2)] !== '第') return end;
    return this.rulesName(p, end, 'unknown', undefined, false, true);
  }

  /**
   * A 主務省令 named from `tailStart` to `tailEnd`, with its law prefix (「番号法」, the full title,
   * 「法」) and promulgation parenthesis, followed by articles or not.
   */
  private rulesName(
    tailStart: number,
    tailEnd: number,
    rules: RulesId,
    ordinal?: { start: number; end: number; style: 'halfwidth' | 'fullwidth' | 'kanji' | 'mixed' },
    pendingAbbrev = false,
    requireArticle = false,
  ): number {
    const text = this.text;
    const parts: CitationPart[] = [];
    let start = tailStart;
    const name = this.nameBefore(tailStart);
    const cls = name && !name.promulgation ? classifyLawName(text.slice(name.start, name.end)) : undefined;
    if (name && cls && (cls.kind === 'bango' || cls.kind === 'scope')) {
      start = name.start;
      parts.push({ role: 'lawName', start: name.start, end: name.end });
    }
    parts.push({ role: 'rulesName', start: tailStart, end: tailEnd });
    if (ordinal) parts.push({ role: 'annexOrdinal', start: ordinal.start, end: ordinal.end, style: ordinal.style });
    let end = tailEnd;
    PROMULGATION.lastIndex = end;
    const prom = PROMULGATION.exec(text);
    if (prom) {
      const s = end + prom[0].search(/[（(]/);
      parts.push({ role: 'promulgation', start: s, end: end + prom[0].length });
      end += prom[0].length;
    }
    const ctx: LawContext = {
      law: 'bangoRules',
      lawName: text.slice(start, tailEnd).replace(/\s+/g, ''),
      rules,
      lawBy: 'explicit',
      start,
      parts,
      pendingAbbrev,
    };
    let q = skipWs(text, end, 2);
    // 「命令(第1、2、3…条)」: an article list in parentheses.
    if ((text[q] === '(' || text[q] === '（') && text[skipWs(text, q + 1, 1)] === '第') q = skipWs(text, q + 1, 1);
    if (text[q] === '第') {
      const { elements } = readList(text, q, readArticleElement);
      if (elements.length > 0 && elements[0]!.segs[0]!.unit === '条') return this.emitArticles(elements, ctx);
    }
    if (requireArticle) return tailEnd;
    const c: DraftCitation = { start, end, law: 'bangoRules', lawName: ctx.lawName, lawBy: 'explicit', rules, parts };
    if (pendingAbbrev) c.pendingAbbrev = true;
    this.out.push(c);
    this.remember(ctx, end);
    return end;
  }

  // ---- ordinances and the national PI laws -------------------------------------------------------

  private atPiOrdinance(p: number): number {
    PI_ORDINANCE_TAIL.lastIndex = p;
    const m = PI_ORDINANCE_TAIL.exec(this.text);
    if (!m) return p + 1;
    return this.namedLaw(p, p + m[0].length, 'ordinance');
  }

  private atNationalPiLaw(p: number): number {
    NATIONAL_PI_LAW_TAIL.lastIndex = p;
    const m = NATIONAL_PI_LAW_TAIL.exec(this.text);
    if (!m) return p + 1;
    return this.namedLaw(p, p + m[0].length, 'other');
  }

  /** A law or ordinance worth reporting even without an article; articles after it are cited with it. */
  private namedLaw(tailStart: number, tailEnd: number, law: 'ordinance' | 'other'): number {
    const text = this.text;
    let start = tailStart;
    // The name's own beginning (「越谷市」「旧」「廃止前の」) lies before the anchor.
    let s = tailStart;
    while (s > this.floor && tailStart - s < 40 && isNameChar(text[s - 1])) s--;
    while (s < tailStart && !isNameStartChar(text[s])) s++;
    if (s < tailStart) start = s;
    const raw = text.slice(start, tailEnd);
    const cls = classifyLawName(raw);
    const parts: CitationPart[] = [{ role: 'lawName', start, end: tailEnd }];
    const ctx: LawContext = {
      law,
      lawName: (cls?.name ?? raw).replace(/\s+/g, ''),
      lawBy: 'explicit',
      start,
      parts,
      historical: cls?.historical || undefined,
    };
    let end = tailEnd;
    PROMULGATION.lastIndex = end;
    const prom = PROMULGATION.exec(text);
    if (prom) {
      parts.push({ role: 'promulgation', start: end + prom[0].search(/[（(]/), end: end + prom[0].length });
      end += prom[0].length;
    }
    const q = skipWs(text, end, 2);
    if (text[q] === '第') {
      const seg = readArticleSegment(text, q, false);
      if (seg && seg.unit === '条') {
        const { elements } = readList(text, q, readArticleElement);
        if (elements.length > 0 && elements[0]!.segs[0]!.unit === '条') return this.emitArticles(elements, ctx);
      }
    }
    const c: DraftCitation = { start, end: tailEnd, law, lawName: ctx.lawName, lawBy: 'explicit', parts };
    if (ctx.historical) c.historical = true;
    this.out.push(c);
    this.remember(ctx, tailEnd);
    return tailEnd;
  }
}
