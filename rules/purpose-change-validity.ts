import { createRule } from '../src/engine/create-rule.js';
import { getFieldValue, normalizeForMatch } from '../src/model/index.js';
import { fieldState, isJson, isUnknownDeep } from './util/read.js';
import { fileIndexes, slotsOf } from './util/slots.js';

/**
 * DEP-20 (catalogue §6), zenko: Ⅱ 3 ⑥使用目的's sub-row 変更の妥当性 is filled only when the 使用目的
 * was changed, and is a dash otherwise (002:172). Text there while nothing shows a change (no 変更箇所
 * row on 使用目的, or the previous version's 使用目的 is the same) gets a warning.
 *
 * The other direction is not checked: a 変更箇所 row on 使用目的 is often a wording change (a citation
 * renumbered, 002:1124) that changes no purpose, and needs no 妥当性.
 */
const REASONS = {
  noChangeRow: { ja: '変更箇所に使用目的の変更の記録がありません', en: 'the change log records no change of the purpose of use' },
  samePurpose: { ja: '前の版と使用目的が同じです', en: 'the purpose of use is the same as in the previous version' },
} as const;

export default createRule({
  meta: {
    id: 'purpose-change-validity',
    category: 'conditional',
    defaultSeverity: 'warn',
    kinds: ['zenko'],
    description: {
      ja: '「変更の妥当性」は使用目的を変更した場合に記載し、変更していなければ「—」とする。',
      en: '変更の妥当性 is filled in only when the purpose of use changed; otherwise it is 「—」.',
    },
    messages: {
      noChange: {
        ja: '「{{label}}」が記載されていますが、{{reason}}。使用目的を変更していない場合は「—」としてください。',
        en: '{{label}} is filled in, but {{reason}}: write 「—」 if the purpose of use did not change.',
      },
    },
  },
  check(context) {
    const changeRows = slotsOf(context.assessment, 'annex', 'changes');
    const purposeChanged = changeRows.some((row) => typeof row.value['item'] === 'string' && normalizeForMatch(row.value['item']).includes('使用目的'));
    for (const f of fileIndexes(context.assessment)) {
      const id = `II[${f}].3.purposeChangeValidity`;
      if (fieldState(context, id) !== 'filled') continue;
      const purposeId = `II[${f}].3.purpose`;
      let reason: keyof typeof REASONS | undefined;
      const previous = context.previous ? getFieldValue(context.previous, purposeId) : undefined;
      const current = getFieldValue(context.assessment, purposeId);
      if (typeof previous === 'string' && typeof current === 'string' && !isUnknownDeep(context, purposeId)) {
        if (normalizeForMatch(previous) === normalizeForMatch(current)) reason = 'samePurpose';
      } else if (!purposeChanged && (isJson(context) || changeRows.length > 0)) {
        // A rendering with no change log at all may have lost it: say nothing then.
        reason = 'noChangeRow';
      }
      if (!reason) continue;
      context.report({ target: id, messageId: 'noChange', data: { reason: REASONS[reason][context.locale] } });
    }
  },
});
