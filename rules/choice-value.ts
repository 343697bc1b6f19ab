import { createRule } from '../src/engine/create-rule.js';
import { enumFor, getEnum, iterateFields, matchOption, nearestOption } from '../src/model/index.js';
import { isChoiceValue } from '../src/model/values.js';
import type { ValueEdit } from '../src/engine/types.js';
import { multipleOptions } from './util/choice.js';

/**
 * A choice must be one of the options the form prints for this kind. Two ways to break it: an
 * option name (`value`) the enum does not have, or printed text (`raw`) that is none of the options
 * after NFKC and whitespace folding (a typo such as 「十分に行なっている」). The nearest option is
 * offered as a suggestion, never applied automatically: picking an answer is the author's call.
 */
function printedByAnotherKind(enumByKind: Partial<Record<string, string>> | undefined, raw: string, kind: string): boolean {
  if (!enumByKind) return false;
  return Object.entries(enumByKind).some(([other, name]) => {
    const otherEnum = other !== kind && name ? getEnum(name) : undefined;
    return otherEnum !== undefined && matchOption(otherEnum, raw) !== undefined;
  });
}

export default createRule({
  meta: {
    id: 'choice-value',
    category: 'choice',
    defaultSeverity: 'error',
    hasSuggestions: true,
    description: {
      ja: '選択式の項目の値は、様式の選択肢のいずれかでなければならない。',
      en: 'A choice field must hold one of the options the form prints.',
    },
    messages: {
      unknownName: {
        ja: '「{{label}}」の値「{{value}}」は選択肢の名前ではありません。次のいずれかにしてください: {{options}}。',
        en: '{{label}}: "{{value}}" is not an option name. Use one of: {{options}}.',
      },
      unknownText: {
        ja: '「{{label}}」の記載「{{raw}}」は様式の選択肢のいずれとも一致しません（選択肢: {{options}}）。',
        en: '{{label}}: "{{raw}}" matches none of the form\'s options ({{options}}).',
      },
      mismatch: {
        ja: '「{{label}}」の値「{{value}}」と記載「{{raw}}」（{{rawName}}）が食い違っています。どちらが正しいか確かめ、value と raw を同じ選択肢にそろえてください。',
        en: '{{label}}: value "{{value}}" and printed text "{{raw}}" ({{rawName}}) disagree. Check which is right and make value and raw name the same option.',
      },
      useOption: {
        ja: '「{{text}}」に置き換える',
        en: 'Replace with "{{text}}"',
      },
    },
  },
  check(context) {
    for (const { fieldId, def, value } of iterateFields(context.assessment)) {
      if (def.type !== 'choice' || !isChoiceValue(value)) continue;
      if (context.isUnknown(fieldId)) continue;
      const enumDef = enumFor(def, context.kind);
      if (!enumDef) continue;
      const options = enumDef.options.filter((o) => !o.kinds || o.kinds.includes(context.kind));
      const optionList = options.map((o) => o.text).join(' / ');
      const byName = value.value === null || value.value === undefined ? undefined : options.find((o) => o.name === value.value);
      if (value.value !== null && value.value !== undefined && !byName) {
        context.report({
          target: `${fieldId}`,
          messageId: 'unknownName',
          data: { value: String(value.value), options: options.map((o) => `${o.name}（${o.text}）`).join(', ') },
        });
        continue;
      }
      const raw = typeof value.raw === 'string' ? value.raw : undefined;
      if (raw === undefined || raw.trim() === '') continue;
      const byText = matchOption(enumDef, raw, context.kind);
      // Two options in one choice is choice-single's finding; reporting it here too would say it twice.
      if (!byText && multipleOptions(enumDef, raw, context.kind)) continue;
      // Another kind's option (a 全項目 threshold result in a 重点項目 document) is threshold-consistency's
      // finding, which says which form the text belongs to.
      if (!byText && printedByAnotherKind(def.enumByKind, raw, context.kind)) continue;
      if (!byText) {
        const nearest = nearestOption(enumDef, raw);
        const suggest = nearest
          ? [
              {
                messageId: 'useOption',
                data: { text: nearest.text },
                // JSON keeps the option name beside the text; a rendering only has the printed text.
                fix: (context.source.kind === 'json'
                  ? { type: 'setValue', target: fieldId, value: { value: nearest.name, raw: nearest.text } }
                  : { type: 'replaceInString', target: fieldId, start: 0, end: raw.length, text: nearest.text }) as ValueEdit,
              },
            ]
          : undefined;
        context.report({
          target: `${fieldId}`,
          messageId: 'unknownText',
          data: { raw, options: optionList },
          span: { start: 0, end: raw.length },
          ...(suggest ? { suggest } : {}),
        });
        continue;
      }
      if (byName && byName.name !== byText.name) {
        context.report({
          target: fieldId,
          messageId: 'mismatch',
          data: { value: byName.name, raw, rawName: byText.name },
        });
      }
    }
  },
});
