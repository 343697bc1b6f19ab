/**
 * Catalogue §3.1–§3.2: `meta`, `cover` (表紙) and `I` (Ⅰ 基本情報; kiso Ⅰ 関連情報).
 *
 * Label convention for every data file: `label` is the row label as the form prints it, with its
 * circled number (`①事務の名称`) but without the item number the crosswalk gives (`3.`), and without
 * the marks ※ / 【任意】 / 【行政機関等のみ】, which are recorded in `important`, `optional` and
 * `governmentOnly`. A kind missing from `labels` uses the first label given.
 */
import type { FieldDef } from '../catalogue-types.js';
import { JZ, K, KJZ, Z } from './kind-sets.js';

const JZ_SECTION = { juten: 'section', zenko: 'section' } as const;

export const COVER_I_FIELDS: readonly FieldDef[] = [
  // --- meta --- (derived, §2; stored as the plain kind string `"juten"`, not as a choice object)
  {
    id: 'meta.kind',
    type: 'choice',
    kinds: KJZ,
    labels: { kiso: { label: '評価書の種類', en: 'Kind of assessment' } },
    enum: 'KIND',
  },

  // --- cover (表紙) ---
  {
    id: 'cover.formVersion',
    type: 'text',
    kinds: KJZ,
    // The stamp (`[平成29年5月 様式2]`) is the value; the form prints no label for it.
    labels: { kiso: { label: '様式', en: 'Form version' } },
    status: 'form',
  },
  {
    id: 'cover.title',
    type: 'const',
    kinds: KJZ,
    labels: {
      kiso: { label: '特定個人情報保護評価書(基礎項目評価書)', en: 'Specific personal information protection assessment (basic items)' },
      juten: { label: '特定個人情報保護評価書(重点項目評価書)', en: 'Specific personal information protection assessment (focused items)' },
      zenko: { label: '特定個人情報保護評価書(全項目評価書)', en: 'Specific personal information protection assessment (all items)' },
    },
  },
  { id: 'cover.evaluationNo', type: 'text', kinds: KJZ, labels: { kiso: { label: '評価書番号', en: 'Assessment number' } } },
  { id: 'cover.evaluationName', type: 'text', kinds: KJZ, labels: { kiso: { label: '評価書名', en: 'Assessment name' } } },
  {
    id: 'cover.declaration',
    type: 'text',
    kinds: KJZ,
    labels: {
      kiso: {
        label: '個人のプライバシー等の権利利益の保護の宣言',
        en: 'Declaration on the protection of privacy and other rights and interests',
      },
    },
  },
  { id: 'cover.specialNotes', type: 'text', kinds: KJZ, labels: { kiso: { label: '特記事項', en: 'Special notes' } } },
  { id: 'cover.orgName', type: 'text', kinds: KJZ, labels: { kiso: { label: '評価実施機関名', en: 'Assessing body' } } },
  {
    id: 'cover.approved',
    type: 'date',
    kinds: Z,
    labels: { zenko: { label: '個人情報保護委員会 承認日', en: 'Date of approval by the Personal Information Protection Commission' } },
    governmentOnly: true,
  },
  { id: 'cover.published', type: 'date', kinds: KJZ, labels: { kiso: { label: '公表日', en: 'Publication date' } } },
  { id: 'cover.toc', type: 'const', kinds: KJZ, labels: { kiso: { label: '項目一覧', en: 'List of sections' } } },

  // --- Ⅰ 1. 特定個人情報ファイルを取り扱う事務 ---
  { id: 'I.1.name', type: 'text', kinds: KJZ, labels: { kiso: { label: '①事務の名称', en: 'Name of the work' } } },
  {
    id: 'I.1.content',
    type: 'text',
    kinds: KJZ,
    labels: {
      kiso: { label: '②事務の概要', en: 'Outline of the work', aliases: ['②事務の内容'] },
      juten: { label: '②事務の内容', en: 'Content of the work', aliases: ['②事務の概要'] },
      zenko: { label: '②事務の内容', en: 'Content of the work', aliases: ['②事務の概要'] },
    },
    // zenko's ※ is [form]: Ⅰ 1 is lost in the zenko sample; juten prints no ※ here.
    important: { zenko: 'mark' },
  },
  {
    id: 'I.1.targetCount',
    type: 'choice',
    kinds: JZ,
    labels: { juten: { label: '③対象人数', en: 'Number of persons concerned' } },
    enum: 'TARGET_COUNT',
  },
  {
    id: 'I.1.systemNames',
    type: 'text',
    kinds: K,
    labels: { kiso: { label: '③システムの名称', en: 'System names' } },
    status: 'form',
  },

  // --- Ⅰ 2. 使用するシステム (systems 1…20) ---
  { id: 'I.2.system[n]', type: 'group', kinds: JZ, labels: { juten: { label: 'システムN', en: 'System N' } } },
  { id: 'I.2.system[n].name', type: 'text', kinds: JZ, labels: { juten: { label: '①システムの名称', en: 'System name' } } },
  { id: 'I.2.system[n].function', type: 'text', kinds: JZ, labels: { juten: { label: '②システムの機能', en: 'System functions' } } },
  {
    id: 'I.2.system[n].connections',
    type: 'checks',
    kinds: JZ,
    labels: { juten: { label: '③他のシステムとの接続', en: 'Connections to other systems' } },
    boxes: 'SYS_CONNECT',
  },

  // --- Ⅰ 3. 特定個人情報ファイル名 (kiso Ⅰ 2.) ---
  {
    id: 'I.3.fileNames',
    type: 'text[]',
    kinds: KJZ,
    labels: { kiso: { label: '特定個人情報ファイル名', en: 'Specific personal information file names' } },
  },

  // --- zenko Ⅰ 4. 特定個人情報ファイルを取り扱う理由 ---
  {
    id: 'I.reason.necessity',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '①事務実施上の必要性', en: 'Necessity for carrying out the work' } },
  },
  {
    id: 'I.reason.benefit',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '②実現が期待されるメリット', en: 'Expected benefits', aliases: ['②実効が期待されるメリット'] } },
  },

  // --- Ⅰ 4. 個人番号の利用 ※ (kiso 3., zenko 5.) ---
  {
    id: 'I.4.legalBasis',
    type: 'text',
    kinds: KJZ,
    labels: { kiso: { label: '法令上の根拠', en: 'Legal basis' } },
    important: JZ_SECTION,
  },

  // --- Ⅰ 5. 情報提供ネットワークシステムによる情報連携 ※ (kiso 4., zenko 6.) ---
  {
    id: 'I.5.implemented',
    type: 'choice',
    kinds: KJZ,
    labels: { kiso: { label: '①実施の有無', en: 'Implemented or not' } },
    enum: 'NWS_IMPL',
    important: JZ_SECTION,
  },
  {
    id: 'I.5.legalBasis',
    type: 'text',
    kinds: KJZ,
    labels: { kiso: { label: '②法令上の根拠', en: 'Legal basis', aliases: ['②法律上の根拠'] } },
    important: JZ_SECTION,
  },

  // --- Ⅰ 6. 評価実施機関における担当部署 (kiso 5., zenko 7.) ---
  { id: 'I.6.dept', type: 'text', kinds: KJZ, labels: { kiso: { label: '①部署', en: 'Department' } } },
  {
    id: 'I.6.headTitle',
    type: 'text',
    kinds: KJZ,
    // The older form's `②所属長` held a person's name; the id stays (catalogue §1.1 stability).
    labels: { kiso: { label: '②所属長の役職名', en: 'Title of the head of the department', aliases: ['②所属長'] } },
  },

  // --- Ⅰ 7. 他の評価実施機関 (kiso 6., zenko 8.) ---
  { id: 'I.7.otherOrgs', type: 'text', kinds: KJZ, labels: { kiso: { label: '他の評価実施機関', en: 'Other assessing bodies' } } },
];
