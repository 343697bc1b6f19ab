import { createRule } from '../src/engine/create-rule.js';
import type { RuleContext } from '../src/engine/types.js';
import { ENUM_DEFS, getFieldDef, matchOption, type Kind } from '../src/model/index.js';
import { readChoice, readText } from './util/read.js';
import { fileIndexes, filledSlots } from './util/slots.js';
import { expectedResult, handlersAtLeast500, isThresholdResult, RESULT_RANK, type Expectation, type ThresholdResult } from './util/threshold-table.js';

/**
 * DEP-27 (catalogue §6) and the しきい値判断 of law-and-rules.md §2.2.
 *
 * - The しきい値判断結果 must be an answer of this kind's form: a 重点項目評価書 cannot say that a
 *   全項目評価 is mandatory (the document would have to be a 全項目評価書), and an option text of
 *   another kind's form (`…(任意に全項目評価を実施)` in a 重点項目評価書) says the same.
 * - The result must follow from the inputs where the table allows a conclusion: 対象人数 (Ⅰ 1 ③,
 *   kiso Ⅱ 1), 取扱者数 500人以上 (kiso Ⅱ 2; in juten/zenko from 使用者数 and each 委託先における
 *   取扱者数), and a 重大事故 in the past year (kiso Ⅱ 3; in juten/zenko only "none" can be read from
 *   Ⅲ 7, whose window is three years). An error on the verified rows of the table, a warning on the
 *   [M] rows (below 10万人, and 10万–30万人 without either factor).
 * - kiso: Ⅳ 1 提出する特定個人情報保護評価書の種類 must include the evaluation the result makes
 *   mandatory (a warning: that item's wording is [unverified]).
 *
 * A result, count or answer a rendering could not read decides nothing.
 */
type Context = RuleContext<Record<string, unknown>>;

const OTHER_KIND_TEXT: Readonly<Record<Kind, RegExp | undefined>> = {
  kiso: /任意に(?:重点|全)項目評価を実施/,
  juten: /任意に全項目評価を実施/,
  zenko: /任意に重点項目評価を実施/,
};

/** What the document says its result is, as a shared option name, and whether its wording belongs to another kind. */
function readResult(context: Context, id: string): { result: ThresholdResult | null; foreignText: boolean } {
  const name = readChoice(context, id);
  const raw = readText(context, id);
  const foreignText = raw !== undefined && (OTHER_KIND_TEXT[context.kind]?.test(raw.normalize('NFKC')) ?? false);
  if (isThresholdResult(name)) return { result: name, foreignText };
  if (raw === undefined) return { result: null, foreignText };
  // The printed text of any kind's option (the value may be missing in a hand-written JSON).
  for (const enumName of ['THRESHOLD_JUTEN', 'THRESHOLD_ZENKO', 'THRESHOLD_KISO']) {
    const enumDef = ENUM_DEFS.find((e) => e.name === enumName);
    const option = enumDef ? matchOption(enumDef, raw) : undefined;
    if (option && isThresholdResult(option.name)) return { result: option.name, foreignText };
  }
  return { result: null, foreignText };
}

function resultText(result: ThresholdResult, en: boolean): string {
  const ja: Record<ThresholdResult, string> = {
    notRequired: '評価の実施が義務付けられない',
    kisoOnly: '基礎項目評価のみ義務付けられる',
    kisoAndJuten: '基礎項目評価及び重点項目評価が義務付けられる',
    kisoAndZenko: '基礎項目評価及び全項目評価が義務付けられる',
  };
  const english: Record<ThresholdResult, string> = {
    notRequired: 'no evaluation is mandatory',
    kisoOnly: 'only the basic evaluation is mandatory',
    kisoAndJuten: 'the basic and the focused evaluations are mandatory',
    kisoAndZenko: 'the basic and the full evaluations are mandatory',
  };
  return en ? english[result] : ja[result];
}

/** 取扱者数 ≥ 500 from the staff counts of the form (juten, zenko). */
function handlersFromForm(context: Context): boolean | null {
  const counts: (string | null)[] = [];
  for (const f of fileIndexes(context.assessment)) {
    counts.push(readChoice(context, `II[${f}].3.userCount`));
    if (readChoice(context, `II[${f}].4.has`) === 'noOutsource') continue;
    for (const slot of filledSlots(context.assessment, `II[${f}].4`, 'item')) counts.push(readChoice(context, `${slot.id}.handlerCount`));
  }
  return handlersAtLeast500(counts);
}

/** A 重大事故 in the past year, as far as Ⅲ 7 (three years) tells: only "none" carries over. */
function incidentFromForm(context: Context): boolean | null {
  const files = fileIndexes(context.assessment);
  if (files.length === 0) return null;
  const answers = files.map((f) => readChoice(context, `III[${f}].7.leak.seriousIncident`));
  return answers.every((a) => a === 'none') ? false : null;
}

export default createRule({
  meta: {
    id: 'threshold-consistency',
    category: 'cross-field',
    defaultSeverity: 'error',
    description: {
      ja: 'しきい値判断結果は、評価書の種類と、対象人数・取扱者数・重大事故から導かれる結果に合わせる。',
      en: 'The threshold result matches the kind of the document and follows from the number of persons, of handlers and serious incidents.',
    },
    messages: {
      requiresZenko: {
        ja: '「{{label}}」は全項目評価の実施が義務付けられる結果ですが、この評価書は{{kindName}}です。全項目評価書を作成するか、しきい値判断を見直してください。',
        en: '{{label}} says a full evaluation is mandatory, but this document is a {{kindName}}: write a full evaluation or review the threshold decision.',
      },
      foreignOption: {
        ja: '「{{label}}」の「{{raw}}」は{{kindName}}の選択肢ではありません（他の種類の評価書の選択肢です）。',
        en: '{{label}}: "{{raw}}" is not an option of the {{kindName}} form (it belongs to another kind of assessment).',
      },
      inconsistent: {
        ja: '「{{label}}」は「{{stated}}」ですが、{{basis}}の記載からは「{{expected}}」となります（特定個人情報保護評価指針 第5の2）。選択か根拠の記載を見直してください。',
        en: '{{label}} says {{stated}}, but {{basis}} give: {{expected}} (guideline 5-2). Review the choice or the facts it rests on.',
      },
      formsTooFew: {
        ja: '「{{label}}」は「{{stated}}」ですが、しきい値判断結果では{{expected}}ため、{{required}}の提出が必要です。',
        en: '{{label}} is "{{stated}}", but the threshold result says {{expected}}, so {{required}} must be submitted.',
      },
      basisItem: { ja: '判断の根拠', en: 'a fact the decision rests on' },
    },
  },
  check(context) {
    const en = context.locale === 'en';
    const kindName = en
      ? { kiso: 'basic assessment', juten: 'focused assessment', zenko: 'full assessment' }[context.kind]
      : { kiso: '基礎項目評価書', juten: '重点項目評価書', zenko: '全項目評価書' }[context.kind];
    const resultId = context.kind === 'kiso' ? 'threshold.result' : 'V.1.thresholdResult';
    if (!getFieldDef(resultId)?.kinds.includes(context.kind)) return;
    const { result, foreignText } = readResult(context, resultId);
    const raw = readText(context, resultId);

    if (context.kind === 'juten' && result === 'kisoAndZenko') {
      context.report({ target: resultId, messageId: 'requiresZenko', data: { kindName } });
      return;
    }
    if (foreignText && raw !== undefined) {
      context.report({ target: resultId, messageId: 'foreignOption', data: { raw: raw.trim(), kindName } });
      return;
    }
    if (result === null) return;

    let expectation: Expectation | undefined;
    let basisIds: string[];
    if (context.kind === 'kiso') {
      const target = readChoice(context, 'threshold.targetCount');
      const handlers = readChoice(context, 'threshold.handlerCount');
      const incident = readChoice(context, 'threshold.seriousIncident');
      expectation = expectedResult({
        target,
        handlers500: handlers === 'ge500' ? true : handlers === 'lt500' ? false : null,
        incident: incident === 'occurred' ? true : incident === 'none' ? false : null,
      });
      basisIds = ['threshold.targetCount', 'threshold.handlerCount', 'threshold.seriousIncident'];
    } else {
      const target = readChoice(context, 'I.1.targetCount');
      expectation = expectedResult({ target, handlers500: handlersFromForm(context), incident: incidentFromForm(context) });
      // The middle rows also rest on the staff counts and Ⅲ 7: name them when they took part.
      const first = fileIndexes(context.assessment)[0] ?? 1;
      basisIds =
        target === 'from10kTo100k' || target === 'from100kTo300k'
          ? ['I.1.targetCount', `II[${first}].3.userCount`, `III[${first}].7.leak.seriousIncident`]
          : ['I.1.targetCount'];
    }
    if (expectation && expectation.result !== result) {
      const basis = basisIds.map((id) => (en ? context.label(id) : `「${context.label(id)}」`)).join(en ? ', ' : '、');
      context.report({
        target: resultId,
        messageId: 'inconsistent',
        data: { stated: resultText(result, en), expected: resultText(expectation.result, en), basis },
        related: basisIds.map((id) => ({ target: id, messageId: 'basisItem' })),
        ...(expectation.verified ? {} : { severity: 1 as const }),
      });
    }

    if (context.kind === 'kiso') {
      const forms = readChoice(context, 'riskSummary.formsSubmitted');
      const formsRank: Record<string, number> = { kiso: 1, kisoAndJuten: 2, kisoAndZenko: 3 };
      const required = RESULT_RANK[result];
      if (forms !== null && formsRank[forms] !== undefined && formsRank[forms]! < required) {
        const requiredName = en
          ? result === 'kisoAndZenko' ? 'the full assessment' : 'the focused assessment'
          : result === 'kisoAndZenko' ? '全項目評価書' : '重点項目評価書';
        context.report({
          target: 'riskSummary.formsSubmitted',
          messageId: 'formsTooFew',
          data: { stated: readText(context, 'riskSummary.formsSubmitted')?.trim() ?? forms, expected: resultText(result, en), required: requiredName },
          related: [{ target: resultId, messageId: 'basisItem' }],
          severity: 1,
        });
      }
    }
  },
});
