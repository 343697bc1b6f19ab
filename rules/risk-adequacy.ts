import { createRule } from '../src/engine/create-rule.js';
import { fieldsForKind, RISK_DEFS } from '../src/model/index.js';
import { fieldState, isJson, isKnownBlank, readChoice, readText } from './util/read.js';
import { partApplies } from './util/sections.js';
import { fileIndexes } from './util/slots.js';

/**
 * DEP-19 (catalogue §6): every risk block of Ⅲ ends with 「リスクへの対策は十分か」. The answer is
 * required wherever the block applies (Ⅲ 4, Ⅲ 5 and each side of Ⅲ 6 only when not opted out), and
 * 「特に力を入れている」 or 「十分である」 over a block whose measures are all empty or a dash judges
 * measures the document does not describe (a warning; 「課題が残されている」 is consistent with that).
 * Ⅲ 4 has no numbered risks in either kind: its measures and answer form one block.
 */
interface Block {
  /** Template id of the block's container. */
  id: string;
  adequate: string;
  measures: string[];
}

function blocksFor(kind: Parameters<typeof fieldsForKind>[0]): Block[] {
  const defs = fieldsForKind(kind).filter((d) => d.type !== 'group');
  const blocks: Block[] = RISK_DEFS.filter((r) => r.kinds.includes(kind)).map((risk) => ({
    id: risk.id,
    adequate: `${risk.id}.adequate`,
    measures: defs.filter((d) => d.id.startsWith(`${risk.id}.`) && !d.id.endsWith('.adequate')).map((d) => d.id),
  }));
  blocks.push({
    id: 'III[f].4',
    adequate: 'III[f].4.adequate',
    measures: defs
      .filter((d) => /^III\[f\]\.4\.[A-Za-z]+$/.test(d.id) && !['III[f].4.optOut', 'III[f].4.adequate', 'III[f].4.otherRisks'].includes(d.id))
      .map((d) => d.id),
  });
  return blocks.filter((b) => defs.some((d) => d.id === b.adequate));
}

export default createRule({
  meta: {
    id: 'risk-adequacy',
    category: 'conditional',
    defaultSeverity: 'error',
    kinds: ['juten', 'zenko'],
    description: {
      ja: 'Ⅲのリスクごとに「リスクへの対策は十分か」を選択する。措置を記載せずに「十分である」としない。',
      en: 'Answer 「リスクへの対策は十分か」 for every risk of Ⅲ, and do not judge measures sufficient that are not described.',
    },
    messages: {
      adequacyMissing: {
        ja: '「{{label}}」が選ばれていません。このリスクへの対策の評価を選択肢から選んでください。',
        en: '{{label}} has no answer: select how sufficient the measures against this risk are.',
      },
      noMeasures: {
        ja: '「{{label}}」が「{{raw}}」ですが、このリスクに対する措置が記載されていません。措置の内容を記載してください。',
        en: '{{label}} is 「{{raw}}」 but no measure against this risk is described.',
      },
    },
  },
  check(context) {
    const blocks = blocksFor(context.kind);
    for (const f of fileIndexes(context.assessment)) {
      for (const block of blocks) {
        if (partApplies(context, block.adequate, f) !== true) continue;
        const instance = (template: string) => template.replace('[f]', `[${f}]`);
        const adequateId = instance(block.adequate);
        if (isKnownBlank(context, adequateId)) {
          context.report({ target: adequateId, messageId: 'adequacyMissing' });
          continue;
        }
        const choice = readChoice(context, adequateId);
        if ((choice !== 'focused' && choice !== 'sufficient') || block.measures.length === 0) continue;
        // Every measure known to be empty or a dash (a rendering's lost row is not known).
        const allBlank = block.measures.every((m) => {
          const state = fieldState(context, instance(m));
          return state === 'empty' || state === 'dash' || (state === 'missing' && isJson(context));
        });
        if (!allBlank) continue;
        context.report({ target: adequateId, messageId: 'noMeasures', data: { raw: readText(context, adequateId) ?? choice }, severity: 1 });
      }
    }
  },
});
