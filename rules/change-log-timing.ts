import { createRule } from '../src/engine/create-rule.js';
import { normalizeForMatch } from '../src/model/index.js';
import { readChangeItem } from './util/change-item.js';
import { cellReadable, changeRows } from './util/change-rows.js';
import { readChoice, readText, valueState } from './util/read.js';

/**
 * DEP-23 (catalogue §6), law-and-rules §2.3: a change to a ※ item is a 重要な変更, submitted 事前
 * (before the change). A row that records a change to a ※ item as 事後 needs a 提出時期に係る説明
 * that says why it is not a 重要な変更 (a typo, a formal change such as a renamed organisation or a
 * renumbered article, a change that clearly lowers the risk). Real logs have such rows without one,
 * so these are warnings:
 *
 * - 事後 on a ※ item with no explanation;
 * - 事後 on a ※ item whose explanation says it *is* a 重要な変更;
 * - 事後 on a ※ item whose explanation gives none of the usual reasons (info: it may still be one).
 *
 * The 項目 cell is free text; the row is judged only when it points to an item that is surely ※
 * (its section and label, or the author's own ※); anything less certain is left alone.
 */

/** Wording that explains why a change is not a 重要な変更 (指針 and the phrases the samples use). */
const NOT_IMPORTANT = [
  /重要な変更(?:に|には)?(?:該当|当た|あた)(?:らない|しない)/,
  /重要な変更で(?:は)?ない/,
  /形式的/,
  /軽微/,
  /誤字|脱字|誤記|記載(?:の)?誤り|記載漏れ/,
  /名称/,
  /条項|項ずれ|号ずれ|項番号|題名/,
  /法(?:令)?(?:の)?改正|施行/,
  /組織(?:の)?(?:改正|改編|再編|変更)|機構改革/,
  /人事異動|異動/,
  /様式(?:の)?改正/,
  /明確化|時点修正/,
  /リスクを(?:明らかに)?軽減|相当程度変動させるものではない/,
];

/** The explanation says the change *is* a 重要な変更 (and so it should have been 事前). */
const IS_IMPORTANT = /重要な変更(?:に)?(?:該当する|当たる|あたる|である)/;

export default createRule({
  meta: {
    id: 'change-log-timing',
    category: 'change-log',
    defaultSeverity: 'warn',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '※の項目の変更を「事後」とする行には、重要な変更に当たらない理由を提出時期に係る説明に記載する。',
      en: 'A change-log row that submits a change to a ※ item 事後 explains why it is not a significant change.',
    },
    messages: {
      noExplanation: {
        ja: '「{{item}}」は※の項目（重要な変更の対象）ですが、提出時期が「事後」で「{{noteLabel}}」が記載されていません。重要な変更に当たらない理由（形式的な変更、リスクを明らかに軽減させる変更など）を記載するか、事前に提出してください。',
        en: '"{{item}}" is a ※ item (subject to significant-change rules) but the row is 事後 and {{noteLabel}} is empty: explain why it is not a significant change (a formal change, a change that clearly lowers the risk, …) or submit it in advance.',
      },
      saysImportant: {
        ja: '「{{label}}」は重要な変更に当たると説明していますが、提出時期が「事後」です。重要な変更は事前に提出します。',
        en: '{{label}} says the change is a significant change, but the row is 事後: significant changes are submitted in advance.',
      },
      noReason: {
        ja: '「{{item}}」は※の項目ですが、「{{label}}」に重要な変更に当たらない理由が見当たりません。',
        en: '"{{item}}" is a ※ item, but {{label}} gives no reason why the change is not a significant change.',
      },
      timingCell: { ja: '提出時期', en: 'the submission timing' },
    },
  },
  check(context) {
    for (const row of changeRows(context.assessment)) {
      if (!['item', 'timing', 'timingNote'].every((cell) => cellReadable(context, row, cell))) continue;
      if (readChoice(context, `${row.id}.timing`) !== 'after') continue;
      const item = readText(context, `${row.id}.item`);
      if (item === undefined || valueState(item) !== 'filled') continue;
      if (readChangeItem(item, context.kind).important !== true) continue;
      const noteId = `${row.id}.timingNote`;
      const note = readText(context, noteId);
      const related = [{ target: `${row.id}.timing`, messageId: 'timingCell' }];
      const shortItem = item.replace(/\s+/g, ' ').trim();
      if (note === undefined || valueState(note) !== 'filled') {
        // A JSON row without the key has no place for the note: point at its 提出時期.
        const target = row.value.timingNote === undefined ? `${row.id}.timing` : noteId;
        context.report({ target, messageId: 'noExplanation', data: { item: shortItem, noteLabel: context.label(noteId) }, related });
        continue;
      }
      const text = normalizeForMatch(note);
      if (NOT_IMPORTANT.some((re) => re.test(text))) continue;
      if (IS_IMPORTANT.test(text)) {
        context.report({ target: noteId, messageId: 'saysImportant', related });
        continue;
      }
      context.report({ target: noteId, messageId: 'noReason', data: { item: shortItem }, related, severity: 0 });
    }
  },
});
