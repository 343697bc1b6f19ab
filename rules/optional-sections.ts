import { createRule } from '../src/engine/create-rule.js';
import { fieldState, labelOf, type FieldState } from './util/read.js';

/**
 * DEP-25 (catalogue §6), juten: Ⅴ 2. 国民・住民等からの意見の聴取【任意】 and Ⅴ 3. 第三者点検【任意】
 * are done or not done as a whole: their rows are all filled, or all a dash or empty (000:347–354,
 * 003:2687–2712). A partly filled section leaves a reader unsure whether it was done; when it was
 * done and, say, no opinion came in, write so (「意見なし」) rather than a dash. A warning; any row
 * a rendering lost or could not read keeps the rule silent for that section.
 */
const SECTIONS = [
  ['V.2.method', 'V.2.period', 'V.2.opinions'],
  ['V.3.date', 'V.3.method', 'V.3.result'],
] as const;

export default createRule({
  meta: {
    id: 'optional-sections',
    category: 'conditional',
    defaultSeverity: 'warn',
    kinds: ['juten'],
    description: {
      ja: '【任意】の意見聴取・第三者点検は、実施したならすべての欄を、実施しないならすべての欄を「—」とする。',
      en: 'The optional public comment and third-party review sections are filled in completely, or all 「—」.',
    },
    messages: {
      partial: {
        ja: '「{{filled}}」は記載されていますが、「{{label}}」が{{state}}です。【任意】の項目は、実施した場合はすべての欄を記載し、実施しない場合はすべて「—」としてください。',
        en: '{{filled}} is filled in but {{label}} is {{state}}: fill in every row of an optional section you carried out, or write 「—」 in all of them.',
      },
      filled: { ja: '記載あり', en: 'filled in' },
    },
  },
  check(context) {
    for (const ids of SECTIONS) {
      const states = ids.map((id) => ({ id, state: fieldState(context, id) }));
      if (states.some((s) => s.state === 'unknown' || (s.state === 'missing' && context.source.kind !== 'json'))) continue;
      const filled = states.filter((s) => s.state === 'filled');
      if (filled.length === 0 || filled.length === states.length) continue;
      for (const { id, state } of states) {
        if (state === 'filled') continue;
        context.report({
          target: id,
          messageId: 'partial',
          data: { filled: labelOf(context, filled[0]!.id), state: describe(state, context.locale) },
          related: filled.map((s) => ({ target: s.id, messageId: 'filled' })),
        });
      }
    }
  },
});

function describe(state: FieldState, locale: 'ja' | 'en'): string {
  if (state === 'dash') return '「—」';
  return locale === 'en' ? 'empty' : '空欄';
}
