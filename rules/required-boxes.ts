import { createRule } from '../src/engine/create-rule.js';
import { boxListFor, getFieldDef } from '../src/model/index.js';
import { isJson, readCheck, readCount } from './util/read.js';
import { fileIndexes, filledSlots } from './util/slots.js';

/**
 * DEP-29 (catalogue §6): Ⅱ 2 主な記録項目, Ⅱ 3 ①入手元 and ②入手方法 each have at least one box
 * ticked, and 主な記録項目 ticks 個人番号: a 特定個人情報ファイル records 個人番号 by definition
 * (番号法第2条第9項). Ⅱ 5 提供・移転の有無 likewise needs one of its three boxes (a count or a
 * filled 提供先/移転先 stands for its box, DEP-06).
 *
 * Renderings lose check states: a list drawn with no box ticked is a lost state, not an answer
 * (§7.4), so "none ticked" is reported for JSON only. An unticked 個人番号 is reported for a
 * rendering only when the same list has boxes read as ticked (its states survived), and never for
 * PDF text, whose marks float away from their labels (§7.4).
 */
const LISTS = ['II[f].2.mainItems', 'II[f].3.sources', 'II[f].3.methods'] as const;

export default createRule({
  meta: {
    id: 'required-boxes',
    category: 'required',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    description: {
      ja: '主な記録項目・入手元・入手方法・提供・移転の有無では少なくとも1つにチェックし、主な記録項目では「個人番号」にチェックする。',
      en: 'Tick at least one box in 主な記録項目, 入手元, 入手方法 and 提供・移転の有無, and tick 個人番号 in 主な記録項目.',
    },
    messages: {
      noneTicked: {
        ja: '「{{label}}」でどの項目にもチェックがありません。該当する項目にチェックしてください。',
        en: '{{label}}: no box is ticked; tick the ones that apply.',
      },
      myNumber: {
        ja: '「{{label}}」にチェックがありません。特定個人情報ファイルは個人番号を記録するファイルなので、主な記録項目の「個人番号」には必ずチェックします。',
        en: '{{label}} is not ticked: a specific personal information file records 個人番号 by definition.',
      },
    },
  },
  check(context) {
    for (const f of fileIndexes(context.assessment)) {
      for (const template of LISTS) {
        const id = template.replace('[f]', `[${f}]`);
        const list = boxListFor(getFieldDef(template)!);
        if (!list) continue;
        const states = new Map(list.boxes.map((b) => [b.name, readCheck(context, `${id}#${b.name}`)]));
        const anyTicked = [...states.values()].some((s) => s === true);
        if (!anyTicked && isJson(context) && [...states.values()].every((s) => s === false)) {
          context.report({ target: id, messageId: 'noneTicked' });
          continue;
        }
        if (template !== 'II[f].2.mainItems' || states.get('myNumber') !== false) continue;
        if (isJson(context) || (context.source.kind === 'markdown' && anyTicked)) {
          context.report({ target: `${id}#myNumber`, messageId: 'myNumber' });
        }
      }

      if (!isJson(context)) continue;
      const hasId = `II[${f}].5.has`;
      const boxes = ['providing', 'transferring', 'none'].map((b) => readCheck(context, `${hasId}#${b}`));
      const implied =
        (readCount(context, `II[${f}].5.provideCount`) ?? 0) > 0 ||
        (readCount(context, `II[${f}].5.transferCount`) ?? 0) > 0 ||
        filledSlots(context.assessment, `II[${f}].5`, 'provide').length > 0 ||
        filledSlots(context.assessment, `II[${f}].5`, 'transfer').length > 0;
      if (boxes.every((b) => b === false) && !implied) context.report({ target: hasId, messageId: 'noneTicked' });
    }
  },
});
