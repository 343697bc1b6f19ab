import { createRule } from '../src/engine/create-rule.js';
import type { ReportDescriptor } from '../src/engine/types.js';
import { findOrdinanceAsOperative, LAW_DATES } from '../src/law/index.js';
import { asOfNote, unverifiedNote } from './util/law-as-of.js';
import { replacementEdits } from './util/law-edits.js';
import { lawTexts, oneLine } from './util/law-texts.js';

/**
 * law-and-rules.md §1.4 P17 / §4.2 / §5 PIA-PRIV-001: from 2023-04-01 the 個人情報保護法 applies to
 * local governments directly and the local 「○○市個人情報保護条例」 is abolished (in its place:
 * 「○○市個人情報の保護に関する法律施行条例」). A text that speaks of a day on or after that must not
 * rely on the old ordinance: cited with an article or with 「に基づき」「により」… it is an error; a
 * bare mention is an info note (it may describe the past). Sentences about the changeover itself, and
 * 「旧○○条例」, are history and are not reported (src/law/ordinance.ts). The replacement depends on
 * the articles of the new law, so only a mention without an article gets a suggestion.
 */
export default createRule({
  meta: {
    id: 'local-pi-ordinance',
    category: 'law',
    defaultSeverity: 'error',
    hasSuggestions: true,
    dateDependent: true,
    description: {
      ja: '2023年4月1日以降の記載は、廃止された地方公共団体の個人情報保護条例を根拠にしてはならない（個人情報保護法と施行条例による）。',
      en: 'Text that speaks of a day from 2023-04-01 must not rely on a local 個人情報保護条例 (abolished; the 個人情報保護法 and the local 施行条例 apply).',
    },
    messages: {
      operative: {
        ja: '「{{text}}」は {{changeover}} に個人情報保護法の直接適用に代わっています。根拠は「{{law}}」と「{{ordinance}}」です（{{asOfNote}}）。{{unverified}}',
        en: '"{{text}}" was replaced on {{changeover}} by the direct application of the 個人情報保護法; the basis is "{{law}}" and "{{ordinance}}" ({{asOfNote}}).{{unverified}}',
      },
      mention: {
        ja: '「{{text}}」は {{changeover}} に個人情報保護法の直接適用に代わっています。現在の根拠として書いていないか確かめてください（{{asOfNote}}）。',
        en: '"{{text}}" was replaced on {{changeover}} by the direct application of the 個人情報保護法; check that it is not written as the current basis ({{asOfNote}}).',
      },
      replace: {
        ja: '「{{replacement}}」に置き換える',
        en: 'Replace with "{{replacement}}"',
      },
    },
  },
  check(context) {
    const changeover = LAW_DATES.localPiLaw.date;
    for (const text of lawTexts(context)) {
      if (!text.date) continue;
      for (const finding of findOrdinanceAsOperative(text.text, text.date.judge)) {
        const mention = finding.operativeBy === 'mention';
        const descriptor: ReportDescriptor = {
          target: text.target,
          messageId: mention ? 'mention' : 'operative',
          data: {
            text: oneLine(finding.text),
            changeover,
            law: finding.suggestion.law,
            ordinance: finding.suggestion.ordinance,
            asOfNote: asOfNote(text.date, context.locale),
            unverified: unverifiedNote(finding.verified, context.locale),
          },
          span: { start: finding.start, end: finding.end },
          asOf: text.date.day,
        };
        if (mention) descriptor.severity = 0;
        else if (!finding.verified) descriptor.severity = 1;
        // Without an article the name alone is replaced; a cited article has no known counterpart.
        if (finding.operativeBy === 'phrase' && finding.body !== '') {
          const replacement = `${finding.suggestion.law}及び${finding.suggestion.ordinance}`;
          const fix = replacementEdits(text.target, finding.start, text.text.slice(finding.start, finding.end), replacement);
          if (fix) descriptor.suggest = [{ messageId: 'replace', data: { replacement }, fix }];
        }
        context.report(descriptor);
      }
    }
  },
});
