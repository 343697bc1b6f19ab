import { createRule } from '../src/engine/create-rule.js';
import { getFieldValue } from '../src/model/field-id.js';
import { hasContent, isChoiceValue } from '../src/model/values.js';

/**
 * DEP-03 / DEP-04 (catalogue §6): 再委託する needs ⑤/⑧再委託の許諾方法 and ⑥/⑨再委託事項
 * (番号法第10条: re-entrustment only with the 委託元's permission, so the form must say how it is
 * given); 再委託しない with those filled means the selection and the text disagree (a warning: one of
 * them is wrong, and only the author knows which).
 */
const DETAILS = ['subcontractPermission', 'subcontractWork'] as const;

function slotEntries(container: unknown, name: string): [string, unknown][] {
  if (typeof container !== 'object' || container === null) return [];
  const pattern = new RegExp(`^${name}\\[(\\d+)\\]$`);
  return Object.entries(container as Record<string, unknown>).filter(([key]) => pattern.test(key));
}

export default createRule({
  meta: {
    id: 'subcontract-details',
    category: 'conditional',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '「再委託する」なら再委託の許諾方法と再委託事項を記載する。「再委託しない」なら記載しない。',
      en: 'With 再委託する, state the permission method and the re-entrusted work; with 再委託しない, leave them empty.',
    },
    messages: {
      missing: {
        ja: '「{{choiceLabel}}」が「再委託する」なのに「{{label}}」が記載されていません。誰が、どのように申請し、委託元がどう許諾するかを記載してください。',
        en: '{{choiceLabel}} is 再委託する but {{label}} is empty: state who applies, how, and how the entrusting body grants permission.',
      },
      missingWork: {
        ja: '「{{choiceLabel}}」が「再委託する」なのに「{{label}}」が記載されていません。再委託する業務の範囲を記載してください。',
        en: '{{choiceLabel}} is 再委託する but {{label}} is empty: state which work is re-entrusted.',
      },
      unexpected: {
        ja: '「{{choiceLabel}}」が「再委託しない」なのに「{{label}}」が記載されています。選択か記載のどちらかを見直してください。',
        en: '{{choiceLabel}} is 再委託しない but {{label}} is filled in: the selection and the text disagree.',
      },
      subcontractChoice: { ja: '再委託の有無の選択', en: 'the re-entrustment choice' },
    },
  },
  check(context) {
    const { assessment } = context;
    for (const [fileKey, file] of Object.entries(assessment)) {
      if (!/^II\[\d+\]$/.test(fileKey)) continue;
      const section4 = (file as Record<string, unknown> | null)?.['4'];
      for (const [slotKey] of slotEntries(section4, 'item')) {
        const base = `${fileKey}.4.${slotKey}`;
        const choiceId = `${base}.subcontract`;
        const choice = getFieldValue(assessment, choiceId);
        if (!isChoiceValue(choice) || context.isUnknown(choiceId)) continue;
        for (const detail of DETAILS) {
          const detailId = `${base}.${detail}`;
          if (context.isUnknown(detailId)) continue;
          const value = getFieldValue(assessment, detailId);
          const related = [{ target: choiceId, messageId: 'subcontractChoice' }];
          const choiceLabel = context.label(choiceId);
          if (choice.value === 'subcontract' && !hasContent(value)) {
            context.report({ target: detailId, messageId: detail === 'subcontractWork' ? 'missingWork' : 'missing', data: { choiceLabel }, related });
          } else if (choice.value === 'noSubcontract' && hasContent(value)) {
            context.report({ target: detailId, messageId: 'unexpected', data: { choiceLabel }, severity: 1, related });
          }
        }
      }
    }
  },
});
