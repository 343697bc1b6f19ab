import { createRule } from '../src/engine/create-rule.js';
import { enumFor, iterateFields, matchOption, optionsForKind } from '../src/model/index.js';
import { isChoiceValue } from '../src/model/values.js';
import { multipleOptions } from './util/choice.js';
import { isJson, isUnknownDeep } from './util/read.js';

/**
 * A single choice (`[ 値 ]` followed by `<選択肢>`) takes exactly one option. Two options written in
 * one field (`再委託する、再委託しない`, `[十分である][課題が残されている]`) leave the answer open.
 *
 * In a rendering, a bare run of every option in form order (`発生あり発生なし`) is the printed option
 * list with no value picked, not two picks: it is left to the importer and required-fields.
 */
export default createRule({
  meta: {
    id: 'choice-single',
    category: 'choice',
    defaultSeverity: 'error',
    description: {
      ja: '選択式の項目では選択肢を1つだけ選ぶ。',
      en: 'A choice field takes exactly one option.',
    },
    messages: {
      multiple: {
        ja: '「{{label}}」で複数の選択肢（{{options}}）が選ばれています。選択肢は1つだけ選んでください。',
        en: '{{label}}: several options are selected ({{options}}); select exactly one.',
      },
    },
  },
  check(context) {
    for (const { fieldId, def, value } of iterateFields(context.assessment)) {
      if (def.type !== 'choice' || !isChoiceValue(value) || typeof value.raw !== 'string') continue;
      if (isUnknownDeep(context, fieldId)) continue;
      const enumDef = enumFor(def, context.kind);
      if (!enumDef || matchOption(enumDef, value.raw, context.kind)) continue;
      const found = multipleOptions(enumDef, value.raw, context.kind);
      if (!found) continue;
      if (!isJson(context) && !found.separated) {
        const all = optionsForKind(enumDef, context.kind);
        const isOptionList = found.options.length === all.length && found.options.every((o, i) => o.name === all[i]!.name);
        if (isOptionList) continue;
      }
      const quote = context.locale === 'en' ? (t: string) => `"${t}"` : (t: string) => `「${t}」`;
      context.report({
        target: fieldId,
        messageId: 'multiple',
        data: { options: found.options.map((o) => quote(o.text)).join(context.locale === 'en' ? ', ' : '') },
        span: { start: 0, end: value.raw.length },
      });
    }
  },
});
