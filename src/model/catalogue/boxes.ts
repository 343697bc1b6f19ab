/**
 * Checkbox lists of catalogue §5.2. A box is identified by its label, never by its position (lists
 * print row-major or column-major). `hasText` marks a `( )` box whose parenthesis carries free text.
 */
import type { BoxListDef } from '../catalogue-types.js';

/** `電子記録媒体(フラッシュメモリを除く。)`, shared by the method lists. */
const MEDIA = '電子記録媒体(フラッシュメモリを除く。)';

export const BOX_LIST_DEFS: readonly BoxListDef[] = [
  {
    name: 'SYS_CONNECT',
    boxes: [
      { name: 'infoNetwork', label: '情報提供ネットワークシステム' },
      { name: 'intraLink', label: '庁内連携システム' },
      { name: 'juki', label: '住民基本台帳ネットワークシステム' },
      { name: 'jukiLocal', label: '既存住民基本台帳システム' },
      { name: 'atena', label: '宛名システム等' },
      { name: 'tax', label: '税務システム' },
      { name: 'other', label: 'その他', hasText: true },
    ],
  },
  {
    // The headings ・識別情報, ・連絡先等情報 and ・業務関係情報 are not boxes.
    name: 'MAIN_ITEMS',
    boxes: [
      { name: 'myNumber', label: '個人番号' },
      { name: 'myNumberCode', label: '個人番号対応符号' },
      { name: 'internalId', label: 'その他識別情報(内部番号)' },
      {
        name: 'basicInfo',
        label: '4情報(氏名、性別、生年月日、住所)',
        // The newer form adds 氏名の振り仮名; the box keeps its name (catalogue §1.1 stability).
        aliases: ['5情報(氏名、氏名の振り仮名、性別、生年月日、住所)'],
      },
      { name: 'phone', label: '連絡先(電話番号等)' },
      { name: 'residentOther', label: 'その他住民票関係情報' },
      { name: 'nationalTax', label: '国税関係情報' },
      { name: 'localTax', label: '地方税関係情報' },
      { name: 'health', label: '健康・医療関係情報' },
      { name: 'medicalInsurance', label: '医療保険関係情報' },
      { name: 'childcare', label: '児童福祉・子育て関係情報' },
      { name: 'disability', label: '障害者福祉関係情報' },
      { name: 'welfare', label: '生活保護・社会福祉関係情報' },
      { name: 'elderlyCare', label: '介護・高齢者福祉関係情報' },
      { name: 'employment', label: '雇用・労働関係情報' },
      { name: 'pension', label: '年金関係情報' },
      { name: 'education', label: '学校・教育関係情報' },
      { name: 'disaster', label: '災害関係情報' },
      { name: 'other', label: 'その他', hasText: true },
    ],
  },
  {
    name: 'SOURCES',
    boxes: [
      { name: 'self', label: '本人又は本人の代理人' },
      { name: 'otherDept', label: '評価実施機関内の他部署', hasText: true },
      { name: 'govAgency', label: '行政機関・独立行政法人等', hasText: true },
      { name: 'localGov', label: '地方公共団体・地方独立行政法人', hasText: true },
      { name: 'privateSector', label: '民間事業者', hasText: true },
      { name: 'other', label: 'その他', hasText: true },
    ],
  },
  {
    name: 'ACQ_METHODS',
    boxes: [
      { name: 'paper', label: '紙' },
      { name: 'media', label: MEDIA },
      { name: 'flash', label: 'フラッシュメモリ' },
      { name: 'email', label: '電子メール' },
      { name: 'dedicatedLine', label: '専用線' },
      { name: 'intraLink', label: '庁内連携システム' },
      { name: 'infoNetwork', label: '情報提供ネットワークシステム' },
      { name: 'other', label: 'その他', hasText: true },
    ],
  },
  {
    // The `( N ) 件` after the first two boxes is not free text: it goes to provideCount / transferCount.
    name: 'PROVISION_STATUS',
    boxes: [
      { name: 'providing', label: '提供を行っている' },
      { name: 'transferring', label: '移転を行っている' },
      { name: 'none', label: '行っていない' },
    ],
  },
  {
    name: 'PROVIDE_METHODS',
    boxes: [
      { name: 'infoNetwork', label: '情報提供ネットワークシステム' },
      { name: 'dedicatedLine', label: '専用線' },
      { name: 'email', label: '電子メール' },
      { name: 'media', label: MEDIA },
      { name: 'flash', label: 'フラッシュメモリ' },
      { name: 'paper', label: '紙' },
      { name: 'other', label: 'その他', hasText: true },
    ],
  },
  {
    name: 'TRANSFER_METHODS',
    boxes: [
      { name: 'intraLink', label: '庁内連携システム' },
      { name: 'dedicatedLine', label: '専用線' },
      { name: 'email', label: '電子メール' },
      { name: 'media', label: MEDIA },
      { name: 'flash', label: 'フラッシュメモリ' },
      { name: 'paper', label: '紙' },
      { name: 'other', label: 'その他', hasText: true },
    ],
  },
  {
    name: 'DELIVERY_METHODS',
    boxes: [
      { name: 'dedicatedLine', label: '専用線' },
      { name: 'email', label: '電子メール' },
      { name: 'media', label: MEDIA },
      { name: 'flash', label: 'フラッシュメモリ' },
      { name: 'paper', label: '紙' },
      { name: 'other', label: 'その他', hasText: true },
    ],
  },
  {
    name: 'AUDIT_KIND',
    boxes: [
      { name: 'selfCheck', label: '自己点検' },
      { name: 'internal', label: '内部監査' },
      { name: 'external', label: '外部監査' },
    ],
  },
];
