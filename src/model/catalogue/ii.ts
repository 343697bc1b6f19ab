/**
 * Catalogue §3.3: `II[f]` (Ⅱ 特定個人情報ファイルの概要), one block per file, juten and zenko.
 * Ⅱ 3, 4 and 6 number their rows differently per kind: the labels are per kind.
 * (Label conventions: see cover-i.ts.)
 */
import type { FieldDef, FieldLabel } from '../catalogue-types.js';
import { JZ, Z } from './kind-sets.js';

const JZ_MARK = { juten: 'mark', zenko: 'mark' } as const;

const SCOPE: FieldLabel = { label: '③対象となる本人の範囲', en: 'Scope of the persons concerned' };
const ITEMS: FieldLabel = { label: '④記録される項目', en: 'Recorded items' };
const USER_J: FieldLabel = { label: '④使用の主体', en: 'User' };
const USER_Z: FieldLabel = { label: '⑦使用の主体', en: 'User' };
const USAGE_J: FieldLabel = { label: '⑤使用方法', en: 'Method of use' };
const USAGE_Z: FieldLabel = { label: '⑧使用方法', en: 'Method of use' };
const OUTSOURCE_SCOPE: FieldLabel = {
  label: '②取扱いを委託する特定個人情報ファイルの範囲',
  en: 'Scope of the file whose handling is outsourced',
};
const RETENTION: FieldLabel = { label: '②保管期間', en: 'Retention period' };
const PROVISION: FieldLabel = { label: '提供・移転の有無', en: 'Provision or transfer' };

export const II_FIELDS: readonly FieldDef[] = [
  // --- 1. 特定個人情報ファイル名 ---
  { id: 'II[f].1.fileName', type: 'text', kinds: JZ, labels: { juten: { label: '特定個人情報ファイル名', en: 'File name' } } },

  // --- 2. 基本情報 ---
  {
    id: 'II[f].2.fileType',
    type: 'choice',
    kinds: JZ,
    labels: { juten: { label: '①ファイルの種類', en: 'Type of file' } },
    enum: 'FILE_TYPE',
    important: JZ_MARK,
  },
  {
    id: 'II[f].2.subjectCount',
    type: 'choice',
    kinds: JZ,
    labels: { juten: { label: '②対象となる本人の数', en: 'Number of persons concerned' } },
    enum: 'SUBJECT_COUNT',
  },
  { id: 'II[f].2.subjectScope', type: 'text', kinds: JZ, labels: { juten: SCOPE }, important: JZ_MARK },
  {
    id: 'II[f].2.scopeNecessity',
    type: 'text',
    kinds: JZ,
    labels: { juten: { label: 'その必要性', en: 'Its necessity', context: [SCOPE] } },
  },
  { id: 'II[f].2.itemCount', type: 'choice', kinds: JZ, labels: { juten: ITEMS }, enum: 'ITEM_COUNT' },
  {
    id: 'II[f].2.mainItems',
    type: 'checks',
    kinds: JZ,
    labels: { juten: { label: '主な記録項目', en: 'Main recorded items', context: [ITEMS] } },
    boxes: 'MAIN_ITEMS',
    important: JZ_MARK,
  },
  {
    id: 'II[f].2.itemsValidity',
    type: 'text',
    kinds: JZ,
    labels: { juten: { label: 'その妥当性', en: 'Their validity', context: [ITEMS] } },
  },
  {
    id: 'II[f].2.allItems',
    type: 'text',
    kinds: JZ,
    // The value is in practice a reference: juten `別添1を参照。`, zenko `別添2を参照。`.
    labels: { juten: { label: '全ての記録項目', en: 'All recorded items', context: [ITEMS] } },
  },
  {
    id: 'II[f].2.holdingStart',
    type: 'date',
    kinds: JZ,
    labels: { juten: { label: '⑤保有開始日', en: 'Start of holding' } },
  },
  { id: 'II[f].2.dept', type: 'text', kinds: JZ, labels: { juten: { label: '⑥事務担当部署', en: 'Department in charge' } } },

  // --- 3. 特定個人情報の入手・使用 ---
  {
    id: 'II[f].3.sources',
    type: 'checks',
    kinds: JZ,
    labels: { juten: { label: '①入手元', en: 'Sources' } },
    boxes: 'SOURCES',
    important: JZ_MARK,
  },
  {
    id: 'II[f].3.methods',
    type: 'checks',
    kinds: JZ,
    labels: { juten: { label: '②入手方法', en: 'Methods of acquisition' } },
    boxes: 'ACQ_METHODS',
  },
  { id: 'II[f].3.timing', type: 'text', kinds: Z, labels: { zenko: { label: '③入手の時期・頻度', en: 'Timing and frequency of acquisition' } } },
  {
    id: 'II[f].3.acquisitionValidity',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '④入手に係る妥当性', en: 'Validity of the acquisition' } },
  },
  { id: 'II[f].3.notice', type: 'text', kinds: Z, labels: { zenko: { label: '⑤本人への明示', en: 'Notice to the persons concerned' } } },
  {
    id: 'II[f].3.purpose',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '③使用目的', en: 'Purpose of use' },
      zenko: { label: '⑥使用目的', en: 'Purpose of use' },
    },
    important: JZ_MARK,
  },
  {
    id: 'II[f].3.purposeChangeValidity',
    type: 'text',
    kinds: Z,
    labels: {
      zenko: { label: '変更の妥当性', en: 'Validity of a change', context: [{ label: '⑥使用目的', en: 'Purpose of use' }] },
    },
  },
  {
    id: 'II[f].3.userDept',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '使用部署', en: 'Departments using the file', context: [USER_J] },
      zenko: { label: '使用部署', en: 'Departments using the file', context: [USER_Z] },
    },
    important: { zenko: 'mark' },
  },
  {
    id: 'II[f].3.userCount',
    type: 'choice',
    kinds: JZ,
    labels: {
      juten: { label: '使用者数', en: 'Number of users', context: [USER_J] },
      zenko: { label: '使用者数', en: 'Number of users', context: [USER_Z] },
    },
    enum: 'STAFF_COUNT',
  },
  {
    id: 'II[f].3.usage',
    type: 'text',
    kinds: JZ,
    labels: { juten: USAGE_J, zenko: USAGE_Z },
    important: { zenko: 'mark' },
  },
  {
    id: 'II[f].3.matching',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '情報の突合', en: 'Matching of information', context: [USAGE_J] },
      zenko: { label: '情報の突合', en: 'Matching of information', context: [USAGE_Z] },
    },
    important: { zenko: 'mark' },
  },
  {
    id: 'II[f].3.statistics',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '情報の統計分析', en: 'Statistical analysis', context: [USAGE_Z] } },
    important: { zenko: 'mark' },
  },
  {
    id: 'II[f].3.decisions',
    type: 'text',
    kinds: Z,
    labels: {
      zenko: { label: '権利利益に影響を与え得る決定', en: 'Decisions that may affect rights and interests', context: [USAGE_Z] },
    },
    important: { zenko: 'mark' },
  },
  {
    id: 'II[f].3.useStart',
    type: 'date',
    kinds: JZ,
    labels: {
      juten: { label: '⑥使用開始日', en: 'Start of use' },
      zenko: { label: '⑨使用開始日', en: 'Start of use' },
    },
  },

  // --- 4. 特定個人情報ファイルの取扱いの委託 ---
  {
    id: 'II[f].4.has',
    type: 'choice',
    kinds: JZ,
    labels: { juten: { label: '委託の有無', en: 'Outsourcing' } },
    enum: 'OUTSOURCE',
    important: JZ_MARK,
  },
  {
    id: 'II[f].4.count',
    type: 'count',
    kinds: JZ,
    // The form prints only `( N ) 件` after the options; `件数` names it in messages.
    labels: { juten: { label: '件数', en: 'Count', context: [{ label: '委託の有無', en: 'Outsourcing' }] } },
    important: { juten: 'section', zenko: 'section' },
  },
  // 委託事項N (N = 1…20). Its title is the value printed on the `委託事項N` row itself.
  { id: 'II[f].4.item[n]', type: 'group', kinds: JZ, labels: { juten: { label: '委託事項N', en: 'Outsourced task N' } } },
  { id: 'II[f].4.item[n].title', type: 'text', kinds: JZ, labels: { juten: { label: '委託事項N', en: 'Outsourced task N' } } },
  { id: 'II[f].4.item[n].content', type: 'text', kinds: JZ, labels: { juten: { label: '①委託内容', en: 'Content of the outsourcing' } } },
  { id: 'II[f].4.item[n].fileScope', type: 'choice', kinds: Z, labels: { zenko: OUTSOURCE_SCOPE }, enum: 'OUTSOURCE_SCOPE' },
  {
    id: 'II[f].4.item[n].scopeSubjectCount',
    type: 'choice',
    kinds: Z,
    labels: { zenko: { label: '対象となる本人の数', en: 'Number of persons concerned', context: [OUTSOURCE_SCOPE] } },
    enum: 'SUBJECT_COUNT',
  },
  {
    id: 'II[f].4.item[n].scopeSubjectRange',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '対象となる本人の範囲', en: 'Scope of the persons concerned', context: [OUTSOURCE_SCOPE] } },
    important: { zenko: 'mark' },
  },
  {
    id: 'II[f].4.item[n].scopeValidity',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: 'その妥当性', en: 'Its validity', context: [OUTSOURCE_SCOPE] } },
  },
  {
    id: 'II[f].4.item[n].handlerCount',
    type: 'choice',
    kinds: JZ,
    labels: {
      juten: { label: '②委託先における取扱者数', en: 'Number of handlers at the contractor' },
      zenko: { label: '③委託先における取扱者数', en: 'Number of handlers at the contractor' },
    },
    enum: 'STAFF_COUNT',
  },
  {
    id: 'II[f].4.item[n].deliveryMethod',
    type: 'checks',
    kinds: Z,
    labels: { zenko: { label: '④委託先への特定個人情報ファイルの提供方法', en: 'Method of providing the file to the contractor' } },
    boxes: 'DELIVERY_METHODS',
  },
  {
    id: 'II[f].4.item[n].contractorCheck',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '⑤委託先名の確認方法', en: 'How the contractor name can be checked' } },
  },
  {
    id: 'II[f].4.item[n].contractor',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '③委託先名', en: 'Contractor' },
      zenko: { label: '⑥委託先名', en: 'Contractor' },
    },
  },
  {
    id: 'II[f].4.item[n].subcontract',
    type: 'choice',
    kinds: JZ,
    // Printed under the row-span group label `再委託`.
    labels: {
      juten: { label: '④再委託の有無', en: 'Subcontracting' },
      zenko: { label: '⑦再委託の有無', en: 'Subcontracting' },
    },
    enum: 'SUBCONTRACT',
    important: JZ_MARK,
  },
  {
    id: 'II[f].4.item[n].subcontractPermission',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '⑤再委託の許諾方法', en: 'Method of permitting subcontracting' },
      zenko: { label: '⑧再委託の許諾方法', en: 'Method of permitting subcontracting' },
    },
  },
  {
    id: 'II[f].4.item[n].subcontractWork',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '⑥再委託事項', en: 'Subcontracted tasks' },
      zenko: { label: '⑨再委託事項', en: 'Subcontracted tasks' },
    },
  },

  // --- 5. 特定個人情報の提供・移転(委託に伴うものを除く。) ---
  { id: 'II[f].5.has', type: 'checks', kinds: JZ, labels: { juten: PROVISION }, boxes: 'PROVISION_STATUS' },
  {
    id: 'II[f].5.provideCount',
    type: 'count',
    kinds: JZ,
    // Printed as `提供を行っている ( N ) 件` inside 提供・移転の有無.
    labels: { juten: { label: '提供を行っている件数', en: 'Number of provisions', context: [PROVISION] } },
  },
  {
    id: 'II[f].5.transferCount',
    type: 'count',
    kinds: JZ,
    labels: { juten: { label: '移転を行っている件数', en: 'Number of transfers', context: [PROVISION] } },
  },
  // 提供先N (N = 1…20). The recipient is the value printed on the `提供先N` row itself.
  { id: 'II[f].5.provide[n]', type: 'group', kinds: JZ, labels: { juten: { label: '提供先N', en: 'Recipient N' } } },
  { id: 'II[f].5.provide[n].name', type: 'text', kinds: JZ, labels: { juten: { label: '提供先N', en: 'Recipient N' } } },
  { id: 'II[f].5.provide[n].legalBasis', type: 'text', kinds: JZ, labels: { juten: { label: '①法令上の根拠', en: 'Legal basis' } } },
  {
    id: 'II[f].5.provide[n].purpose',
    type: 'text',
    kinds: JZ,
    labels: { juten: { label: '②提供先における用途', en: 'Use by the recipient' } },
  },
  { id: 'II[f].5.provide[n].info', type: 'text', kinds: JZ, labels: { juten: { label: '③提供する情報', en: 'Information provided' } } },
  {
    id: 'II[f].5.provide[n].subjectCount',
    type: 'choice',
    kinds: JZ,
    labels: { juten: { label: '④提供する情報の対象となる本人の数', en: 'Number of persons whose information is provided' } },
    enum: 'SUBJECT_COUNT',
  },
  {
    id: 'II[f].5.provide[n].subjectScope',
    type: 'text',
    kinds: JZ,
    labels: { juten: { label: '⑤提供する情報の対象となる本人の範囲', en: 'Scope of persons whose information is provided' } },
  },
  {
    id: 'II[f].5.provide[n].method',
    type: 'checks',
    kinds: JZ,
    labels: { juten: { label: '⑥提供方法', en: 'Method of provision' } },
    boxes: 'PROVIDE_METHODS',
  },
  { id: 'II[f].5.provide[n].timing', type: 'text', kinds: JZ, labels: { juten: { label: '⑦時期・頻度', en: 'Timing and frequency' } } },
  // 移転先N (N = 1…20). The receiving department is the value printed on the `移転先N` row itself.
  { id: 'II[f].5.transfer[n]', type: 'group', kinds: JZ, labels: { juten: { label: '移転先N', en: 'Transfer destination N' } } },
  { id: 'II[f].5.transfer[n].name', type: 'text', kinds: JZ, labels: { juten: { label: '移転先N', en: 'Transfer destination N' } } },
  { id: 'II[f].5.transfer[n].legalBasis', type: 'text', kinds: JZ, labels: { juten: { label: '①法令上の根拠', en: 'Legal basis' } } },
  {
    id: 'II[f].5.transfer[n].purpose',
    type: 'text',
    kinds: JZ,
    labels: { juten: { label: '②移転先における用途', en: 'Use by the destination' } },
  },
  { id: 'II[f].5.transfer[n].info', type: 'text', kinds: JZ, labels: { juten: { label: '③移転する情報', en: 'Information transferred' } } },
  {
    id: 'II[f].5.transfer[n].subjectCount',
    type: 'choice',
    kinds: JZ,
    labels: { juten: { label: '④移転する情報の対象となる本人の数', en: 'Number of persons whose information is transferred' } },
    enum: 'SUBJECT_COUNT',
  },
  {
    id: 'II[f].5.transfer[n].subjectScope',
    type: 'text',
    kinds: JZ,
    labels: { juten: { label: '⑤移転する情報の対象となる本人の範囲', en: 'Scope of persons whose information is transferred' } },
  },
  {
    id: 'II[f].5.transfer[n].method',
    type: 'checks',
    kinds: JZ,
    labels: { juten: { label: '⑥移転方法', en: 'Method of transfer' } },
    boxes: 'TRANSFER_METHODS',
  },
  { id: 'II[f].5.transfer[n].timing', type: 'text', kinds: JZ, labels: { juten: { label: '⑦時期・頻度', en: 'Timing and frequency' } } },

  // --- 6. 特定個人情報の保管・消去 ---
  {
    id: 'II[f].6.place',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '保管場所', en: 'Place of storage', aliases: ['①保管場所'] },
      zenko: { label: '①保管場所', en: 'Place of storage', aliases: ['保管場所'] },
    },
    important: JZ_MARK,
  },
  {
    id: 'II[f].6.retentionPeriod',
    type: 'choice',
    kinds: Z,
    labels: { zenko: { label: '期間', en: 'Period', context: [RETENTION] } },
    enum: 'RETENTION',
  },
  {
    id: 'II[f].6.retentionValidity',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: 'その妥当性', en: 'Its validity', context: [RETENTION] } },
  },
  { id: 'II[f].6.erasure', type: 'text', kinds: Z, labels: { zenko: { label: '③消去方法', en: 'Method of erasure' } } },

  // --- 7. 備考 ---
  { id: 'II[f].7.remarks', type: 'text', kinds: JZ, labels: { juten: { label: '備考', en: 'Remarks' } } },
];
