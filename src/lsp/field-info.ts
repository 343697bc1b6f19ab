/**
 * What an editor shows about a field (pure, markdown): its label with the numbers the form prints
 * for the document's kind, the ※ mark and what 重要な変更 means, the options of a choice and the boxes
 * of a checklist. Hovers and completion items share it.
 */
import {
  boxListFor,
  enumFor,
  fieldLabel,
  getEnum,
  getFieldDef,
  isContainerTemplate,
  isChoiceValue,
  isCheckBox,
  optionsForKind,
  parseFieldId,
  printedLabel,
  splitBoxReference,
  toTemplateId,
  type FieldDef,
  type FieldLabelOptions,
  type Kind,
  type Locale,
} from '../model/index.js';

export interface FieldInfoInput {
  /** Instance id, box reference (`…sources#otherDept`) or container id (`II[1].4`). */
  id: string;
  kind: Kind;
  locale: Locale;
  /** The field's value in the document (for the current choice and the checked boxes). */
  value?: unknown;
  labelOptions?: FieldLabelOptions;
}

export function kindName(kind: Kind, locale: Locale): string {
  if (locale === 'en') return { kiso: 'kiso (基礎項目評価書)', juten: 'juten (重点項目評価書)', zenko: 'zenko (全項目評価書)' }[kind];
  return getEnum('KIND')?.options.find((o) => o.name === kind)?.text ?? kind;
}

/**
 * ※ in the 重点項目/全項目 forms marks the items under 重要な変更 (law-and-rules.md §2: 番号法第28条
 * and 規則第11条 require re-running the assessment before such a change).
 */
export function importantText(mark: 'mark' | 'section', locale: Locale): string {
  if (locale === 'en') {
    return [
      `**※ 重要な変更 (significant change)**${mark === 'section' ? ', through the ※ on its section heading' : ''}.`,
      'Changing this item normally means re-running the assessment and submitting and publishing the document',
      '**before** the change (提出時期 事前). A change that does not materially alter the risk (a typo, a renamed',
      'organisation, a renumbered provision) is not a significant change: it may be 事後, with the reason in',
      '提出時期に係る説明. Basis: 番号法 Art. 28; 特定個人情報保護評価に関する規則 Art. 11.',
    ].join(' ');
  }
  return [
    `**※ 重要な変更の対象項目**${mark === 'section' ? '（見出しの※による）' : ''}。`,
    'この項目を変更するときは、原則として変更の**前に**評価を再実施し、評価書を提出・公表します（提出時期「事前」）。',
    '誤字脱字、組織名称の変更、条項ずれ等の形式的な変更や、リスクを相当程度変動させない変更は重要な変更にあたらず、',
    '「事後」でよい場合があります（理由は「提出時期に係る説明」に記載）。',
    '根拠: 番号法第28条、特定個人情報保護評価に関する規則第11条。',
  ].join('');
}

const TYPE_NAMES: Record<FieldDef['type'], { ja: string; en: string }> = {
  const: { ja: '固定の記載', en: 'fixed text' },
  text: { ja: '記述', en: 'text' },
  'text[]': { ja: '記述（複数）', en: 'list of texts' },
  choice: { ja: '選択', en: 'single choice' },
  checks: { ja: 'チェックボックス', en: 'checkboxes' },
  check: { ja: 'チェック', en: 'check' },
  count: { ja: '件数', en: 'count' },
  date: { ja: '日付', en: 'date' },
  group: { ja: '繰り返し項目', en: 'repeated group' },
};

function code(text: string): string {
  return '`' + text.replace(/`/g, 'ˋ') + '`';
}

function optionLines(def: FieldDef, kind: Kind, locale: Locale, value: unknown): string[] {
  const enumDef = enumFor(def, kind);
  if (!enumDef) return [];
  const current = isChoiceValue(value) ? value.value : typeof value === 'string' ? value : undefined;
  const heading = locale === 'en' ? 'Options:' : '選択肢:';
  const lines = [heading];
  for (const option of optionsForKind(enumDef, kind)) {
    const mark = option.name === current ? (locale === 'en' ? ' ← current value' : ' ← 現在の値') : '';
    const unverified = option.status === 'unverified' ? (locale === 'en' ? ' (unverified)' : '（未確認）') : '';
    lines.push(`- ${option.text} ${code(option.name)}${unverified}${mark}`);
  }
  return lines;
}

function boxLines(def: FieldDef, locale: Locale, value: unknown, onlyBox?: string): string[] {
  const list = boxListFor(def);
  if (!list) return [];
  const states = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const lines = [locale === 'en' ? 'Boxes:' : '選択肢（チェックボックス）:'];
  for (const box of list.boxes) {
    if (onlyBox !== undefined && box.name !== onlyBox) continue;
    const state = states[box.name];
    const checked = isCheckBox(state) ? state.checked : undefined;
    const tick = checked === true ? '[x]' : checked === false ? '[ ]' : checked === null ? '[?]' : '[ ]';
    const text = box.hasText ? (locale === 'en' ? ' (with text)' : '（記載あり）') : '';
    lines.push(`- ${tick} ${box.label} ${code(box.name)}${text}`);
  }
  return lines;
}

/** `委託事項N` → `委託事項2` for `II[1].4.item[2].title`: the slot of the innermost repeated group. */
function withSlot(label: string, fieldId: string): string {
  const slot = [...(parseFieldId(fieldId) ?? [])].reverse().find((s) => typeof s.index === 'number' && !FILE_SEGMENTS.has(s.name));
  return slot ? label.replace(/(?<![A-Za-z])N(?![A-Za-z])/, String(slot.index)) : label;
}

/** Segments whose index is a file position, not a slot (as in model/field-id.ts). */
const FILE_SEGMENTS = new Set(['II', 'III', 'records']);

/** Markdown about a field, box or container; undefined for ids the catalogue does not know. */
export function fieldInfo(input: FieldInfoInput): string | undefined {
  const { id, kind, locale } = input;
  const en = locale === 'en';
  const { fieldId, box } = splitBoxReference(id);
  if (!parseFieldId(fieldId)) return undefined;
  const template = toTemplateId(fieldId);
  const def = getFieldDef(template);
  const label = fieldLabel(id, kind, locale, input.labelOptions ?? {});
  if (!def) {
    if (!isContainerTemplate(template) || label === id) return undefined;
    return `**${label}**\n\n${code(id)} · ${kindName(kind, locale)}`;
  }
  const blocks: string[] = [`**${label}**`];
  const facts = [code(id), en ? TYPE_NAMES[def.type].en : TYPE_NAMES[def.type].ja, kindName(kind, locale)];
  blocks.push(facts.join(' · '));
  if (!def.kinds.includes(kind)) {
    const kinds = def.kinds.map((k) => kindName(k, locale)).join(en ? ', ' : '・');
    blocks.push(en ? `This form has no such field (it is in: ${kinds}).` : `この様式にはない項目です（${kinds}にある項目）。`);
  } else {
    const printed = withSlot(printedLabel(def, kind), fieldId);
    blocks.push(en ? `Printed on the form as: ${printed}` : `様式の記載: ${printed}`);
  }
  const marks: string[] = [];
  if (def.optional?.includes(kind)) marks.push('【任意】');
  if (def.governmentOnly) marks.push('【行政機関等のみ】');
  if (def.status) marks.push(en ? `catalogue status: ${def.status}` : `カタログ上の確度: ${def.status === 'form' ? '様式にあるがサンプル未確認' : '未確認'}`);
  if (marks.length > 0) blocks.push(marks.join(' '));
  const mark = def.kinds.includes(kind) ? def.important?.[kind] : undefined;
  if (mark) blocks.push(importantText(mark, locale));
  const listing =
    def.type === 'choice' ? optionLines(def, kind, locale, input.value) : def.type === 'checks' ? boxLines(def, locale, input.value, box) : [];
  if (listing.length > 1) blocks.push(listing.join('\n'));
  return blocks.join('\n\n');
}
