import { createRule } from '../src/engine/create-rule.js';
import type { ReportDescriptor } from '../src/engine/types.js';
import { assess, parseCitations, type CitationAssessment } from '../src/law/index.js';
import { asOfNote, unverifiedNote } from './util/law-as-of.js';
import { lawTexts, oneLine } from './util/law-texts.js';
import { replacementEdits } from './util/law-edits.js';
import { isHistoricalMention } from './util/law-history.js';

/**
 * law-and-rules.md §1.4 / §5 PIA-CIT-001…015, PRIV-002: each law citation (番号法の条・項・号, 別表,
 * 主務省令, the former national PI laws) judged on the date its text speaks of — the document's
 * as-of date, or a 変更箇所 row's own 変更日 for that row's 変更後 (its 変更前 is history and is not
 * read). All knowledge is in src/law/timeline.ts; this rule only reports what assess() says.
 *
 * Fixes are applied only when the core gives one replacement and every fact behind the finding and
 * the replacement is verified. A replacement that rests on unverified facts, or several candidates,
 * are offered as suggestions; findings that rest on unverified facts are warnings, not errors.
 * Local 個人情報保護条例 are left to local-pi-ordinance, which knows the historical wordings.
 */

type Reason = NonNullable<CitationAssessment['reason']>;
const REPORTED: ReadonlySet<Reason> = new Set<Reason>(['superseded', 'notYetInForce', 'neverValid', 'outOfRange']);

export default createRule({
  meta: {
    id: 'law-citation',
    category: 'law',
    defaultSeverity: 'error',
    fixable: 'code',
    hasSuggestions: true,
    dateDependent: true,
    description: {
      ja: '法令の引用（番号法の条・号、別表、主務省令など）は、記載の時点（基準日）の法令に合っていなければならない。',
      en: 'Law citations (番号法 articles and items, its annexes, the 主務省令, …) must match the law in force on the date the text speaks of.',
    },
    messages: {
      superseded: {
        ja: '「{{text}}」は {{validUntil}} までの引用です（{{meaning}}）。{{advice}}（{{asOfNote}}）{{unverified}}',
        en: '"{{text}}" was the citation until {{validUntil}} ({{meaning}}). {{advice}} ({{asOfNote}}){{unverified}}',
      },
      notYetInForce: {
        ja: '「{{text}}」は {{validFrom}} からの引用で、基準日にはまだ使われていません（{{meaning}}）。{{advice}}（{{asOfNote}}）{{unverified}}',
        en: '"{{text}}" is the citation from {{validFrom}} and was not yet in force on the as-of date ({{meaning}}). {{advice}} ({{asOfNote}}){{unverified}}',
      },
      neverValid: {
        ja: '「{{text}}」は基準日の法令に合う引用ではありません（{{meaning}}）。{{advice}}（{{asOfNote}}）{{unverified}}',
        en: '"{{text}}" is not a correct citation on the as-of date ({{meaning}}). {{advice}} ({{asOfNote}}){{unverified}}',
      },
      outOfRange: {
        ja: '「{{text}}」の項・号は基準日の法令にありません（{{meaning}}）。（{{asOfNote}}）{{unverified}}',
        en: '"{{text}}" cites an item that does not exist on the as-of date ({{meaning}}). ({{asOfNote}}){{unverified}}',
      },
      replace: {
        ja: '「{{replacement}}」に置き換える',
        en: 'Replace with "{{replacement}}"',
      },
    },
  },
  check(context) {
    const en = context.locale === 'en';
    for (const text of lawTexts(context)) {
      if (!text.date) continue;
      const judged = parseCitations(text.text)
        .filter((citation) => citation.law !== 'ordinance')
        .map((citation) => ({ citation, result: assess(citation, text.date!.judge) }))
        .filter(({ citation, result }) => result.status === 'outdated' && result.reason !== undefined && REPORTED.has(result.reason) && !isHistoricalMention(text.text, citation.start, citation.end));
      // A list (「別表第一の30の項、68の項」) is rewritten only as a whole: fixing its head alone would
      // change what the members that cannot be fixed refer to (「別表の44の項、68の項」).
      const unsafeLists = new Set(judged.filter(({ citation, result }) => citation.list && !isSafe(result)).map(({ citation }) => citation.list!.head));
      for (const { citation, result } of judged) {
        const single = singleReplacement(result);
        const candidates = single ? [single] : (result.candidates ?? []).filter((c) => c !== citation.text);
        const safe = isSafe(result) && !(citation.list && unsafeLists.has(citation.list.head));
        const descriptor: ReportDescriptor = {
          target: text.target,
          messageId: messageFor(result),
          data: {
            text: oneLine(citation.text),
            meaning: result.meaning ?? citation.normalized,
            validFrom: result.validFrom ?? '?',
            validUntil: result.validUntil ?? '?',
            advice: advice(candidates, en),
            asOfNote: asOfNote(text.date, context.locale),
            unverified: unverifiedNote(result.verified, context.locale),
          },
          span: { start: citation.start, end: citation.end },
          asOf: text.date.day,
        };
        if (!result.verified) descriptor.severity = 1;
        const edits = (replacement: string) => replacementEdits(text.target, citation.start, citation.text, replacement);
        const fix = safe ? edits(single!) : undefined;
        if (fix) descriptor.fix = fix;
        else {
          const suggest = candidates.flatMap((replacement) => {
            const fixes = edits(replacement);
            return fixes ? [{ messageId: 'replace', data: { replacement: oneLine(replacement) }, fix: fixes }] : [];
          });
          if (suggest.length > 0) descriptor.suggest = suggest;
        }
        context.report(descriptor);
      }
    }
  },
});

/** One replacement, and every fact behind the finding and the replacement verified. */
function isSafe(result: CitationAssessment): boolean {
  return singleReplacement(result) !== undefined && result.verified && result.replacementVerified === true;
}

/** The one replacement, when the core gives exactly one. */
function singleReplacement(result: CitationAssessment): string | undefined {
  return result.replacement !== undefined && !result.replacementAmbiguous ? result.replacement : undefined;
}

function messageFor(result: CitationAssessment): string {
  switch (result.reason) {
    case 'superseded':
      return result.validUntil ? 'superseded' : 'neverValid';
    case 'notYetInForce':
      return result.validFrom ? 'notYetInForce' : 'neverValid';
    case 'outOfRange':
      return 'outOfRange';
    default:
      return 'neverValid';
  }
}

function advice(candidates: readonly string[], en: boolean): string {
  if (candidates.length === 0) return en ? 'Check the citation against the law of that date.' : '当時の法令で引用を確かめてください。';
  const list = candidates.map((c) => (en ? `"${oneLine(c)}"` : `「${oneLine(c)}」`)).join(en ? ' or ' : '又は');
  if (candidates.length === 1) return en ? `Write ${list}.` : `${list}と書きます。`;
  return en ? `Candidates: ${list}.` : `候補は${list}です。`;
}
