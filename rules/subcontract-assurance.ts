import { createRule } from '../src/engine/create-rule.js';
import { isJson, readChoice, readCount, readText } from './util/read.js';
import { outsourcingApplies } from './util/sections.js';
import { fileIndexes, filledSlots } from './util/slots.js';

/**
 * DEP-05 (catalogue §6): Ⅲ 4 「再委託先による特定個人情報ファイルの適切な取扱いの担保」 (zenko
 * 「…確保」) against the 再委託の有無 of each 委託事項 in Ⅱ 4.
 *
 * - 再委託していない, but a 委託事項 says 再委託する: an error (one of the two is wrong for sure).
 * - 特に力を入れて行っている / 十分に行っている / 十分に行っていない, but every 委託事項 says
 *   再委託しない: a warning (the change log of 000:370 shows the option moving with the 委託事項).
 *   A rendering may lose 委託事項, so there the check needs every slot up to the count present.
 *
 * The 具体的な方法 that a positive answer needs is choice-detail's finding.
 */
const ASSURED = ['focused', 'sufficient', 'insufficient'];

export default createRule({
  meta: {
    id: 'subcontract-assurance',
    category: 'conditional',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    description: {
      ja: 'Ⅲ 4.の再委託先による適切な取扱いの担保（確保）の選択を、各委託事項の再委託の有無と一致させる。',
      en: 'Ⅲ 4\'s answer on safeguarding re-entrusted handling matches the re-entrustment of each 委託事項.',
    },
    messages: {
      subcontractedButNone: {
        ja: '「{{label}}」が「再委託していない」ですが、委託事項{{n}}の再委託の有無は「再委託する」です。どちらかを見直してください。',
        en: '{{label}} is 再委託していない but 委託事項 {{n}} says 再委託する: one of them is wrong.',
      },
      noneSubcontracted: {
        ja: '「{{label}}」が「{{raw}}」ですが、どの委託事項も「再委託しない」です。再委託がない場合は「再委託していない」を選んでください。',
        en: '{{label}} is 「{{raw}}」 but no 委託事項 is re-entrusted: select 再委託していない.',
      },
      itemChoice: { ja: '委託事項{{n}}の再委託の有無', en: 're-entrustment of 委託事項 {{n}}' },
    },
  },
  check(context) {
    for (const f of fileIndexes(context.assessment)) {
      if (outsourcingApplies(context, f) !== true) continue;
      const assuranceId = `III[${f}].4.subcontractAssurance`;
      const assurance = readChoice(context, assuranceId);
      if (assurance === null) continue;
      const items = filledSlots(context.assessment, `II[${f}].4`, 'item').map((slot) => ({
        slot,
        choiceId: `${slot.id}.subcontract`,
        choice: readChoice(context, `${slot.id}.subcontract`),
      }));
      if (assurance === 'noSubcontract') {
        for (const item of items) {
          if (item.choice !== 'subcontract') continue;
          context.report({
            target: assuranceId,
            messageId: 'subcontractedButNone',
            data: { n: item.slot.n },
            related: [{ target: item.choiceId, messageId: 'itemChoice', data: { n: item.slot.n } }],
          });
        }
        continue;
      }
      if (!ASSURED.includes(assurance) || items.length === 0) continue;
      if (!items.every((item) => item.choice === 'noSubcontract')) continue;
      if (!isJson(context)) {
        // Only when the rendering shows every 委託事項 the count announces.
        const count = readCount(context, `II[${f}].4.count`);
        const numbers = new Set(items.map((i) => i.slot.n));
        if (count === null || count > 20 || items.length !== count || ![...Array(count).keys()].every((i) => numbers.has(i + 1))) continue;
      }
      const raw = readText(context, assuranceId);
      context.report({
        target: assuranceId,
        messageId: 'noneSubcontracted',
        data: { raw: raw ?? assurance },
        severity: 1,
        related: items.map((item) => ({ target: item.choiceId, messageId: 'itemChoice', data: { n: item.slot.n } })),
      });
    }
  },
});
