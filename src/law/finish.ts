/**
 * The last step of parsing: decide what 「主務省令事項を定める命令」 abbreviates, infer subjects, and
 * fill in text, normalized form and digit style.
 */
import type { Citation } from './citation.js';
import { digitStyleOf, normalizeCitation } from './normalize.js';
import type { DraftCitation } from './draft.js';
import { inferSubjects } from './subject.js';

/**
 * 「主務省令事項を定める命令」 is an author's abbreviation used both for the 別表第一 order and for the
 * 別表第二 order; the annex cited nearest before it tells which.
 */
function resolveAbbreviations(cs: DraftCitation[]): void {
  let lastAnnex: DraftCitation['annex'];
  for (const c of cs) {
    if (c.annex !== undefined && c.law === 'bango') lastAnnex = c.annex;
    if (!c.pendingAbbrev) continue;
    c.rules = lastAnnex === 'second' ? 'ordB2Abbrev' : lastAnnex === 'first' || lastAnnex === 'single' ? 'ordBetsuAbbrev' : 'unknown';
  }
}

export function finishCitations(text: string, drafts: DraftCitation[]): Citation[] {
  resolveAbbreviations(drafts);
  inferSubjects(text, drafts);
  return drafts.map((d) => {
    const { pendingAbbrev: _pending, ...rest } = d;
    const parts = [...rest.parts].sort((a, b) => a.start - b.start || a.end - b.end);
    const c: Citation = {
      ...rest,
      parts,
      text: text.slice(rest.start, rest.end),
      normalized: normalizeCitation(rest),
      digitStyle: digitStyleOf(parts),
    };
    for (const key of Object.keys(c) as (keyof Citation)[]) if (c[key] === undefined) delete c[key];
    return c;
  });
}
