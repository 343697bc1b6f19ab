/**
 * Whether an optional part of Ⅲ applies to a file: Ⅲ 4 (委託), Ⅲ 5 (提供・移転) and each side of Ⅲ 6
 * (情報提供ネットワークシステムとの接続) are filled only when the matching activity exists, and are
 * left empty under their opt-out box (委託しない, 提供・移転しない, 接続しない(入手)/(提供)).
 *
 * Each answer is true (the part applies), false (it is opted out) or null (the document does not let
 * us tell, or it contradicts itself: the conditional rules report the contradiction, and rules that
 * depend on the answer stay silent).
 */
import type { RuleContext } from '../../src/engine/types.js';
import { getFieldValue } from '../../src/model/index.js';
import { readChoice, readCheck, readCount, type Tri } from './read.js';
import { filledSlots } from './slots.js';

type Context = Pick<RuleContext<never>, 'assessment' | 'kind' | 'locale' | 'isUnknown' | 'source'>;

export type OptionalPart = 'outsourcing' | 'provision' | 'networkAcquire' | 'networkProvide';

/** The opt-out box of each part (its label names the part in messages). */
export function optOutBox(part: OptionalPart, f: number): string {
  switch (part) {
    case 'outsourcing':
      return `III[${f}].4.optOut`;
    case 'provision':
      return `III[${f}].5.optOut`;
    case 'networkAcquire':
      return `III[${f}].6.optOutAcquire`;
    case 'networkProvide':
      return `III[${f}].6.optOutProvide`;
  }
}

/** Ⅲ 4 applies when Ⅱ 4 says 委託する, or the 委託しない box is unticked. */
export function outsourcingApplies(context: Context, f: number): Tri {
  const has = readChoice(context, `II[${f}].4.has`);
  const optOut = readCheck(context, optOutBox('outsourcing', f));
  if (has === 'outsource') return optOut === true ? null : true;
  if (has === 'noOutsource') return optOut === false ? null : false;
  return optOut === null ? null : !optOut;
}

/** Provision outside the 情報提供ネットワークシステム: a transfer, or a 提供先 with another method. */
function provisionOutsideNetwork(context: Context, f: number): boolean {
  if (readCheck(context, `II[${f}].5.has#transferring`) === true) return true;
  if ((readCount(context, `II[${f}].5.transferCount`) ?? 0) > 0) return true;
  if (filledSlots(context.assessment, `II[${f}].5`, 'transfer').length > 0) return true;
  return filledSlots(context.assessment, `II[${f}].5`, 'provide').some((slot) => {
    const method = getFieldValue(context.assessment, `${slot.id}.method`);
    if (typeof method !== 'object' || method === null) return false;
    return Object.entries(method).some(([box, v]) => box !== 'infoNetwork' && (v as { checked?: unknown } | null)?.checked === true);
  });
}

/**
 * Ⅲ 5 applies when the 提供・移転しない box is unticked. Ⅲ 5 excludes provision through the
 * 情報提供ネットワークシステム (DEP-08), so 提供を行っている alone does not decide it.
 */
export function provisionApplies(context: Context, f: number): Tri {
  const optOut = readCheck(context, optOutBox('provision', f));
  const none = readCheck(context, `II[${f}].5.has#none`);
  if (optOut === true) return false;
  if (none === true) return optOut === false ? null : false;
  if (optOut === false) return true;
  return provisionOutsideNetwork(context, f) ? true : null;
}

/** One side of Ⅲ 6 applies when its 接続しない box is unticked and Ⅰ 5 is not 実施しない. */
export function networkSideApplies(context: Context, f: number, side: 'networkAcquire' | 'networkProvide'): Tri {
  const optOut = readCheck(context, optOutBox(side, f));
  const implemented = readChoice(context, 'I.5.implemented');
  if (optOut === true) return false;
  if (implemented === 'notImplement') return optOut === false ? null : false;
  return optOut === false ? true : null;
}

/** The part of Ⅲ a template id belongs to, if it is one of the optional parts. */
export function optionalPartOf(templateId: string): OptionalPart | 'network' | undefined {
  if (templateId.startsWith('III[f].4.')) return 'outsourcing';
  if (templateId.startsWith('III[f].5.')) return 'provision';
  if (/^III\[f\]\.6\.acq/.test(templateId)) return 'networkAcquire';
  if (/^III\[f\]\.6\.prov/.test(templateId)) return 'networkProvide';
  if (templateId.startsWith('III[f].6.')) return 'network';
  return undefined;
}

/**
 * Whether a field of Ⅲ must be filled for file `f`: fields outside the optional parts always; fields
 * of an optional part when it applies; Ⅲ 6's その他のリスク row when either side applies.
 */
export function partApplies(context: Context, templateId: string, f: number): Tri {
  const part = optionalPartOf(templateId);
  if (part === undefined) return true;
  if (part === 'outsourcing') return outsourcingApplies(context, f);
  if (part === 'provision') return provisionApplies(context, f);
  if (part === 'network') {
    const a = networkSideApplies(context, f, 'networkAcquire');
    const b = networkSideApplies(context, f, 'networkProvide');
    if (a === true || b === true) return true;
    return a === false && b === false ? false : null;
  }
  return networkSideApplies(context, f, part);
}
