import { createRule } from '../src/engine/create-rule.js';
import type { ReportDescriptor } from '../src/engine/types.js';
import { findHokenshoAsCurrent, LAW_DATES } from '../src/law/index.js';
import { asOfNote } from './util/law-as-of.js';
import { replacementEdits } from './util/law-edits.js';
import { lawTexts, oneLine } from './util/law-texts.js';

/**
 * law-and-rules.md §1.4 P18 / §4.5 / §5 PIA-MISC-001: from 2024-12-02 the health-insurance
 * 被保険者証 is no longer issued (資格確認書 / 資格情報通知書 instead, with transitional measures).
 * A text that speaks of a later day and presents the 被保険者証 as the current document is
 * reported. The date is verified, which sentences it applies to is an inference, so this is a
 * warning, and a mention that does not issue or present the card is an info note. Sentences about
 * the transition, the 介護保険 card and identifiers such as 「被保険者証記号・番号」 are not reported
 * (src/law/hokensho.ts).
 */
export default createRule({
  meta: {
    id: 'hokensho-current',
    category: 'law',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    dateDependent: true,
    description: {
      ja: '2024年12月2日以降の記載は、健康保険の被保険者証を現行の書類として書かない（資格確認書・資格情報通知書）。',
      en: 'Text that speaks of a day from 2024-12-02 should not present the health-insurance 被保険者証 as the current document (資格確認書 / 資格情報通知書).',
    },
    messages: {
      issued: {
        ja: '「{{text}}」は {{abolished}} から新たに交付されていません（資格確認書・資格情報通知書）。現行の書類として書いていないか確かめてください（{{asOfNote}}）。',
        en: '"{{text}}" has not been issued since {{abolished}} (資格確認書 / 資格情報通知書 instead); check that it is not presented as the current document ({{asOfNote}}).',
      },
      mentioned: {
        ja: '「{{text}}」は {{abolished}} から新たに交付されていません。経過措置の説明でなければ、資格確認書・資格情報通知書の記載が要るか確かめてください（{{asOfNote}}）。',
        en: '"{{text}}" has not been issued since {{abolished}}; unless this describes the transition, check whether 資格確認書 / 資格情報通知書 should be named ({{asOfNote}}).',
      },
      replace: {
        ja: '「{{replacement}}」に置き換える',
        en: 'Replace with "{{replacement}}"',
      },
    },
  },
  check(context) {
    const abolished = LAW_DATES.hokenshoAbolished.date;
    for (const text of lawTexts(context)) {
      if (!text.date) continue;
      for (const finding of findHokenshoAsCurrent(text.text, text.date.judge)) {
        const high = finding.confidence === 'high';
        const descriptor: ReportDescriptor = {
          target: text.target,
          messageId: high ? 'issued' : 'mentioned',
          data: { text: oneLine(finding.text), abolished, asOfNote: asOfNote(text.date, context.locale) },
          span: { start: finding.start, end: finding.end },
          asOf: text.date.day,
        };
        if (!high) descriptor.severity = 0;
        else {
          const fix = replacementEdits(text.target, finding.start, text.text.slice(finding.start, finding.end), finding.suggestion);
          if (fix) descriptor.suggest = [{ messageId: 'replace', data: { replacement: finding.suggestion }, fix }];
        }
        context.report(descriptor);
      }
    }
  },
});
