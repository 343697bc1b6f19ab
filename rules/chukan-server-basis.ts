import { createRule } from '../src/engine/create-rule.js';
import type { ReportDescriptor } from '../src/engine/types.js';
import { findStaleChukanServerSentence, type ChukanSentenceFinding } from '../src/law/index.js';
import { asOfNote, unverifiedNote } from './util/law-as-of.js';
import { replacementEdits } from './util/law-edits.js';
import { lawTexts, oneLine } from './util/law-texts.js';

/**
 * law-and-rules.md §1.3 / §5 PIA-CIT-010: the J-LIS 中間サーバー template sentence about the
 * 「情報照会・提供許可用照合リスト」 names its legal basis (「番号法別表第2及び第19条第14号に基づき、
 * …リスト化したもの」), and that basis changed with the law. The phrase must be the one of the period
 * the text speaks of (the document's as-of date; a 変更箇所 row's 変更後 at its 変更日; 変更前 is not
 * read). The period texts rest on seed documents and an inference ([S]+[I]), so the rule warns by
 * default and offers the period's phrase as a suggestion; it becomes an automatic fix only for a
 * finding whose facts are all verified.
 */
const PERIOD: Record<ChukanSentenceFinding['expectedPeriod'], { ja: string; en: string }> = {
  A: { ja: '2017-05-29 まで', en: 'until 2017-05-29' },
  B: { ja: '2017-05-30〜2021-08-31', en: '2017-05-30 to 2021-08-31' },
  C: { ja: '2021-09-01〜2024-05-26', en: '2021-09-01 to 2024-05-26' },
  D: { ja: '2024-05-27 から', en: 'from 2024-05-27' },
};

export default createRule({
  meta: {
    id: 'chukan-server-basis',
    category: 'law',
    defaultSeverity: 'warn',
    fixable: 'code',
    hasSuggestions: true,
    dateDependent: true,
    description: {
      ja: '中間サーバーの照合リストの定型文は、その時期の根拠条文（別表第二／主務省令第2条の表と第19条の号）を挙げなければならない。',
      en: 'The 中間サーバー template sentence about the 照合リスト must name the legal basis of its period (別表第二 or the 主務省令 table, and the right 第19条 item).',
    },
    messages: {
      superseded: {
        ja: '照合リストの根拠「{{text}}」は以前の時期の記載です。基準日の時期（{{period}}）には「{{expected}}」です（{{asOfNote}}）。{{unverified}}',
        en: 'The 照合リスト basis "{{text}}" is the wording of an earlier period; for the period of the as-of date ({{period}}) it is "{{expected}}" ({{asOfNote}}).{{unverified}}',
      },
      notYetInForce: {
        ja: '照合リストの根拠「{{text}}」は後の時期の記載です。基準日の時期（{{period}}）には「{{expected}}」です（{{asOfNote}}）。{{unverified}}',
        en: 'The 照合リスト basis "{{text}}" is the wording of a later period; for the period of the as-of date ({{period}}) it is "{{expected}}" ({{asOfNote}}).{{unverified}}',
      },
      neverValid: {
        ja: '照合リストの根拠「{{text}}」はどの時期にも正しくない号を挙げています。基準日の時期（{{period}}）には「{{expected}}」です（{{asOfNote}}）。{{unverified}}',
        en: 'The 照合リスト basis "{{text}}" cites an item that was never right; for the period of the as-of date ({{period}}) it is "{{expected}}" ({{asOfNote}}).{{unverified}}',
      },
      replace: {
        ja: '「{{expected}}」に置き換える',
        en: 'Replace with "{{expected}}"',
      },
    },
  },
  check(context) {
    for (const text of lawTexts(context)) {
      if (!text.date) continue;
      for (const finding of findStaleChukanServerSentence(text.text, text.date.judge)) {
        const edit = replacementEdits(text.target, finding.start, text.text.slice(finding.start, finding.end), finding.expected);
        const descriptor: ReportDescriptor = {
          target: text.target,
          messageId: finding.reason,
          data: {
            text: oneLine(finding.text),
            expected: oneLine(finding.expected),
            period: PERIOD[finding.expectedPeriod][context.locale],
            asOfNote: asOfNote(text.date, context.locale),
            unverified: unverifiedNote(finding.verified, context.locale),
          },
          span: { start: finding.start, end: finding.end },
          asOf: text.date.day,
        };
        if (!finding.verified) descriptor.severity = 1;
        if (edit && finding.verified) descriptor.fix = edit;
        else if (edit) descriptor.suggest = [{ messageId: 'replace', data: { expected: oneLine(finding.expected) }, fix: edit }];
        context.report(descriptor);
      }
    }
  },
});
