import { createRule } from '../src/engine/create-rule.js';
import { hasValue, readText } from './util/read.js';
import { isLocalBodyName } from './util/local-body.js';

/**
 * DEP-26 (catalogue §6), zenko: the Personal Information Protection Commission approves the 全項目
 * 評価書 of 行政機関の長等 only (番号法第28条), so the parts marked 【行政機関等のみ】 — the cover's
 * 個人情報保護委員会 承認日 and Ⅵ 4. 個人情報保護委員会の承認 — stay empty (or a dash) in a
 * 地方公共団体's document.
 *
 * Whether the body is local is read from 評価実施機関名 (util/local-body.ts: a name ending in a
 * prefecture or municipality, or a 広域連合 / 一部事務組合). A name the heuristic does not recognise
 * keeps the rule silent, and the finding is a warning because it rests on the name.
 */
const FIELDS = ['cover.approved', 'V.4.submitted', 'V.4.review'];

export default createRule({
  meta: {
    id: 'government-only',
    category: 'conditional',
    defaultSeverity: 'warn',
    kinds: ['zenko'],
    description: {
      ja: '地方公共団体の全項目評価書では、【行政機関等のみ】の項目（個人情報保護委員会の承認日・承認）を記載しない。',
      en: 'A local government\'s 全項目評価書 leaves the 【行政機関等のみ】 fields (the Commission\'s approval) empty.',
    },
    messages: {
      localBody: {
        ja: '「{{label}}」は【行政機関等のみ】の項目ですが、評価実施機関「{{org}}」は地方公共団体と見られます。地方公共団体の評価書は個人情報保護委員会の承認の対象ではないので、空欄（又は「—」）にしてください。',
        en: '{{label}} is for national bodies only (【行政機関等のみ】), but 「{{org}}」 appears to be a local government, whose assessments the Commission does not approve: leave it empty.',
      },
      org: { ja: '評価実施機関名', en: 'assessing body' },
    },
  },
  check(context) {
    const org = readText(context, 'cover.orgName');
    if (org === undefined || !isLocalBodyName(org)) return;
    for (const id of FIELDS) {
      if (!hasValue(context, id)) continue;
      context.report({ target: id, messageId: 'localBody', data: { org: org.trim() }, related: [{ target: 'cover.orgName', messageId: 'org' }] });
    }
  },
});
