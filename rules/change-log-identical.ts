import { createRule } from '../src/engine/create-rule.js';
import { normalizeForMatch } from '../src/model/index.js';
import { cellReadable, changeRows } from './util/change-rows.js';
import { readText, valueState } from './util/read.js';

/**
 * A 変更箇所 row whose 変更前の記載 and 変更後の記載 say the same thing records no change: usually the
 * new text was pasted into both cells, so the log hides what really changed. Compared with spacing
 * and line breaks ignored (a warning); when the two differ only in full-width/half-width characters
 * or markup, the row records a notation change at most (info).
 *
 * Two empty cells or two dashes are not a change record to compare (an added or removed slot is
 * written 「追加」/「削除」 or left empty). Renderings whose rows were rebuilt by position are skipped.
 */
const SPACES = /\s+/g;

export default createRule({
  meta: {
    id: 'change-log-identical',
    category: 'change-log',
    defaultSeverity: 'warn',
    description: {
      ja: '変更箇所の「変更前の記載」と「変更後の記載」を同じ内容にしない。',
      en: 'A change-log row\'s before and after texts must differ.',
    },
    messages: {
      identical: {
        ja: '「{{label}}」が「{{beforeLabel}}」と同じ内容です。実際の変更前・変更後の記載を記入してください。',
        en: '{{label}} says the same as {{beforeLabel}}: write the text as it was and as it is now.',
      },
      notationOnly: {
        ja: '「{{label}}」と「{{beforeLabel}}」の違いは全角・半角や書式だけです。表記の変更だけであればその旨を記載し、そうでなければ実際の変更内容を記入してください。',
        en: '{{label}} differs from {{beforeLabel}} only in character width or markup: say that only the notation changed, or write the real change.',
      },
      beforeCell: { ja: '変更前の記載', en: 'the text before' },
    },
  },
  check(context) {
    for (const row of changeRows(context.assessment)) {
      if (!cellReadable(context, row, 'before') || !cellReadable(context, row, 'after')) continue;
      const before = readText(context, `${row.id}.before`);
      const after = readText(context, `${row.id}.after`);
      if (before === undefined || after === undefined) continue;
      if (valueState(before) !== 'filled' || valueState(after) !== 'filled') continue;
      const beforeId = `${row.id}.before`;
      const data = { beforeLabel: context.label(beforeId) };
      const related = [{ target: beforeId, messageId: 'beforeCell' }];
      if (before.replace(SPACES, '') === after.replace(SPACES, '')) {
        context.report({ target: `${row.id}.after`, messageId: 'identical', data, related });
      } else if (normalizeForMatch(before) === normalizeForMatch(after)) {
        context.report({ target: `${row.id}.after`, messageId: 'notationOnly', data, related, severity: 0 });
      }
    }
  },
});
