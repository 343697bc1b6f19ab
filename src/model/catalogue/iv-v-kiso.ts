/**
 * Catalogue §3.7–§3.9: `IV` (開示請求、問合せ; juten Ⅳ, zenko Ⅴ), `V` (評価実施手続; juten Ⅴ,
 * zenko Ⅵ) and the kiso-only `threshold` (Ⅱ–Ⅲ) and `riskSummary` (Ⅳ). Every kiso row is [form] or
 * [unverified]: there is no kiso rendering to check it against.
 * (Label conventions: see cover-i.ts.)
 */
import type { FieldDef, FieldLabel } from '../catalogue-types.js';
import { J, JZ, K, Z } from './kind-sets.js';

const REQUEST_METHOD: FieldLabel = { label: '②請求方法', en: 'How to request' };
const FEE: FieldLabel = { label: '③手数料等', en: 'Fees' };
const FILE_REGISTER: FieldLabel = { label: '④個人情報ファイル簿の公表', en: 'Publication of the personal information file register' };
const AS_OF: FieldLabel = { label: 'いつ時点の計数か', en: 'As of when the count was taken' };

export const IV_V_KISO_FIELDS: readonly FieldDef[] = [
  // --- Ⅳ 1. 特定個人情報の開示・訂正・利用停止請求 ---
  { id: 'IV.1.requestTo', type: 'text', kinds: JZ, labels: { juten: { label: '①請求先', en: 'Where to send requests' } } },
  { id: 'IV.1.requestMethod', type: 'text', kinds: JZ, labels: { juten: REQUEST_METHOD } },
  {
    id: 'IV.1.notes',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '特記事項', en: 'Special notes', context: [REQUEST_METHOD] } },
  },
  { id: 'IV.1.fee', type: 'choice', kinds: Z, labels: { zenko: FEE }, enum: 'FEE' },
  {
    id: 'IV.1.feeDetail',
    type: 'text',
    kinds: Z,
    // Printed inside ③ as `(手数料額、納付方法: )`.
    labels: { zenko: { label: '手数料額、納付方法', en: 'Amount and method of payment', context: [FEE] } },
  },
  { id: 'IV.1.fileRegister', type: 'choice', kinds: Z, labels: { zenko: FILE_REGISTER }, enum: 'DOING' },
  {
    id: 'IV.1.fileRegisterName',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '個人情報ファイル名', en: 'Personal information file name', context: [FILE_REGISTER] } },
  },
  {
    id: 'IV.1.fileRegisterPlace',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '公表場所', en: 'Place of publication', context: [FILE_REGISTER] } },
  },
  {
    id: 'IV.1.specialProcedure',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '③法令による特別の手続', en: 'Special procedures under laws and regulations' },
      zenko: { label: '⑤法令による特別の手続', en: 'Special procedures under laws and regulations' },
    },
  },
  {
    id: 'IV.1.registerExclusion',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '④個人情報ファイル簿への不記載等', en: 'Omissions from the file register' },
      zenko: { label: '⑥個人情報ファイル簿への不記載等', en: 'Omissions from the file register' },
    },
  },

  // --- Ⅳ 2. 特定個人情報ファイルの取扱いに関する問合せ ---
  { id: 'IV.2.contact', type: 'text', kinds: JZ, labels: { juten: { label: '①連絡先', en: 'Contact' } } },
  { id: 'IV.2.handling', type: 'text', kinds: JZ, labels: { juten: { label: '②対応方法', en: 'How enquiries are handled' } } },

  // --- Ⅴ 1. 基礎項目評価 ---
  { id: 'V.1.date', type: 'date', kinds: JZ, labels: { juten: { label: '①実施日', en: 'Date conducted' } } },
  {
    id: 'V.1.thresholdResult',
    type: 'choice',
    kinds: JZ,
    labels: { juten: { label: '②しきい値判断結果', en: 'Threshold result' } },
    // The options name the kind the assessment voluntarily goes up to, so each form has its own list.
    enumByKind: { juten: 'THRESHOLD_JUTEN', zenko: 'THRESHOLD_ZENKO' },
  },

  // --- Ⅴ 2. 国民・住民等からの意見の聴取 (juten 【任意】) ---
  { id: 'V.2.method', type: 'text', kinds: JZ, labels: { juten: { label: '①方法', en: 'Method' } }, optional: J },
  {
    id: 'V.2.period',
    type: 'text',
    kinds: JZ,
    // A date or a date range in prose (`令和8年6月4日から7月3日までの30日間`), so text, not date.
    labels: { juten: { label: '②実施日・期間', en: 'Date or period' } },
    optional: J,
  },
  {
    id: 'V.2.shortenReason',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '③期間を短縮する特段の理由', en: 'Special reason for shortening the period' } },
  },
  {
    id: 'V.2.opinions',
    type: 'text',
    kinds: JZ,
    labels: {
      juten: { label: '③主な意見の内容', en: 'Main opinions received' },
      zenko: { label: '④主な意見の内容', en: 'Main opinions received' },
    },
    optional: J,
  },
  { id: 'V.2.reflection', type: 'text', kinds: Z, labels: { zenko: { label: '⑤評価書への反映', en: 'Reflection in the assessment' } } },

  // --- Ⅴ 3. 第三者点検 (juten 【任意】) ---
  { id: 'V.3.date', type: 'date', kinds: JZ, labels: { juten: { label: '①実施日', en: 'Date conducted' } }, optional: J },
  { id: 'V.3.method', type: 'text', kinds: JZ, labels: { juten: { label: '②方法', en: 'Method' } }, optional: J },
  { id: 'V.3.result', type: 'text', kinds: JZ, labels: { juten: { label: '③結果', en: 'Result' } }, optional: J },

  // --- zenko Ⅵ 4. 個人情報保護委員会の承認【行政機関等のみ】 ---
  {
    id: 'V.4.submitted',
    type: 'date',
    kinds: Z,
    labels: { zenko: { label: '①提出日', en: 'Date submitted' } },
    governmentOnly: true,
  },
  {
    id: 'V.4.review',
    type: 'text',
    kinds: Z,
    labels: { zenko: { label: '②個人情報保護委員会による審査', en: 'Review by the Personal Information Protection Commission' } },
    governmentOnly: true,
  },

  // --- kiso Ⅱ しきい値判断項目, Ⅲ しきい値判断結果 [form] ---
  {
    id: 'threshold.targetCount',
    type: 'choice',
    kinds: K,
    labels: { kiso: { label: '対象人数', en: 'Number of persons concerned' } },
    enum: 'KISO_TARGET',
    status: 'form',
  },
  { id: 'threshold.targetCountAsOf', type: 'text', kinds: K, labels: { kiso: AS_OF }, status: 'form' },
  {
    id: 'threshold.handlerCount',
    type: 'choice',
    kinds: K,
    labels: { kiso: { label: '取扱者数', en: 'Number of handlers' } },
    enum: 'KISO_HANDLERS',
    status: 'form',
  },
  { id: 'threshold.handlerCountAsOf', type: 'text', kinds: K, labels: { kiso: AS_OF }, status: 'form' },
  {
    id: 'threshold.seriousIncident',
    type: 'choice',
    kinds: K,
    // The question looks back one year here (juten/zenko Ⅲ 7 look back three).
    labels: { kiso: { label: '重大事故', en: 'Serious incidents' } },
    enum: 'INCIDENT',
    status: 'form',
  },
  {
    id: 'threshold.result',
    type: 'choice',
    kinds: K,
    labels: { kiso: { label: 'しきい値判断結果', en: 'Threshold result' } },
    enum: 'THRESHOLD_KISO',
    status: 'form',
  },

  // --- kiso Ⅳ リスク対策 1–7 [unverified] ---
  {
    id: 'riskSummary.formsSubmitted',
    type: 'choice',
    kinds: K,
    labels: { kiso: { label: '提出する特定個人情報保護評価書の種類', en: 'Kinds of assessment submitted' } },
    enum: 'KISO_FORMS',
    status: 'unverified',
  },
  {
    id: 'riskSummary.acquisition',
    type: 'choice',
    kinds: K,
    labels: {
      kiso: { label: '目的外の入手が行われるリスクへの対策は十分か', en: 'Are measures against acquisition beyond the purpose sufficient?' },
    },
    enum: 'ADEQUACY',
    status: 'unverified',
  },
  {
    id: 'riskSummary.linkage',
    type: 'choice',
    kinds: K,
    labels: {
      kiso: {
        label: '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策は十分か',
        en: 'Are measures against linkage beyond the purpose sufficient?',
        aliases: ['目的を超えた紐付け、事務に必要な情報との紐付けが行われるリスクへの対策は十分か'],
      },
    },
    enum: 'ADEQUACY',
    status: 'unverified',
  },
  {
    id: 'riskSummary.unauthorizedUse',
    type: 'choice',
    kinds: K,
    labels: {
      kiso: {
        label: '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスクへの対策は十分か',
        en: 'Are measures against unauthorised use sufficient?',
      },
    },
    enum: 'ADEQUACY',
    status: 'unverified',
  },
  {
    id: 'riskSummary.outsourcingOptOut',
    type: 'check',
    kinds: K,
    labels: { kiso: { label: '委託しない', en: 'Not outsourced' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.outsourcing',
    type: 'choice',
    kinds: K,
    labels: {
      kiso: {
        label: '委託先における不正な使用等のリスクへの対策は十分か',
        en: 'Are measures against improper use by contractors sufficient?',
      },
    },
    enum: 'ADEQUACY',
    status: 'unverified',
  },
  {
    id: 'riskSummary.provisionOptOut',
    type: 'check',
    kinds: K,
    labels: { kiso: { label: '提供・移転しない', en: 'No provision or transfer' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.provision',
    type: 'choice',
    kinds: K,
    labels: {
      kiso: { label: '不正な提供・移転が行われるリスクへの対策は十分か', en: 'Are measures against unauthorised provision or transfer sufficient?' },
    },
    enum: 'ADEQUACY',
    status: 'unverified',
  },
  {
    id: 'riskSummary.networkOptOutAcquire',
    type: 'check',
    kinds: K,
    labels: { kiso: { label: '接続しない(入手)', en: 'Not connected (acquisition)' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.networkOptOutProvide',
    type: 'check',
    kinds: K,
    labels: { kiso: { label: '接続しない(提供)', en: 'Not connected (provision)' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.networkAcquisition',
    type: 'choice',
    kinds: K,
    labels: {
      kiso: { label: '目的外の入手が行われるリスクへの対策は十分か', en: 'Are measures against acquisition beyond the purpose sufficient?' },
    },
    enum: 'ADEQUACY',
    status: 'unverified',
  },
  {
    id: 'riskSummary.networkProvision',
    type: 'choice',
    kinds: K,
    labels: { kiso: { label: '不正な提供が行われるリスクへの対策は十分か', en: 'Are measures against unauthorised provision sufficient?' } },
    enum: 'ADEQUACY',
    status: 'unverified',
  },
  {
    id: 'riskSummary.storage',
    type: 'choice',
    kinds: K,
    labels: {
      kiso: { label: '特定個人情報の漏えい・滅失・毀損リスクへの対策は十分か', en: 'Are measures against leak, loss or damage sufficient?' },
    },
    enum: 'ADEQUACY',
    status: 'unverified',
  },
];
