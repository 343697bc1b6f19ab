/**
 * The section crosswalk of catalogue §1.3 (what each kind prints as the number of a heading) and the
 * risk blocks of Ⅲ (§3.5). Ids follow the juten numbering; the numbers here are per kind.
 * Parts use ASCII Roman numerals, as messages do.
 */
import type { RiskDef, SectionDef } from '../catalogue-types.js';
import { JZ, K, KJZ, Z } from './kind-sets.js';

export const SECTION_DEFS: readonly SectionDef[] = [
  // --- meta and cover ---
  {
    id: 'meta',
    kinds: KJZ,
    numbers: {},
    titles: { kiso: { label: '評価書の情報', en: 'Document facts' } },
  },
  {
    id: 'cover',
    kinds: KJZ,
    numbers: { kiso: { part: '表紙' }, juten: { part: '表紙' }, zenko: { part: '表紙' } },
    titles: { kiso: { label: '表紙', en: 'Cover' } },
  },

  // --- Ⅰ ---
  {
    id: 'I',
    kinds: KJZ,
    numbers: { kiso: { part: 'I' }, juten: { part: 'I' }, zenko: { part: 'I' } },
    titles: {
      kiso: { label: '関連情報', en: 'Related information', aliases: ['基本情報'] },
      juten: { label: '基本情報', en: 'Basic information' },
      zenko: { label: '基本情報', en: 'Basic information' },
    },
  },
  {
    id: 'I.1',
    kinds: KJZ,
    numbers: { kiso: { part: 'I', item: '1' }, juten: { part: 'I', item: '1' }, zenko: { part: 'I', item: '1' } },
    titles: { kiso: { label: '特定個人情報ファイルを取り扱う事務', en: 'Work that handles the specific personal information file' } },
  },
  {
    id: 'I.2',
    kinds: JZ,
    numbers: { juten: { part: 'I', item: '2' }, zenko: { part: 'I', item: '2' } },
    titles: {
      juten: {
        label: '特定個人情報ファイルを取り扱う事務において使用するシステム',
        en: 'Systems used in the work',
      },
    },
  },
  {
    id: 'I.3',
    kinds: KJZ,
    numbers: { kiso: { part: 'I', item: '2' }, juten: { part: 'I', item: '3' }, zenko: { part: 'I', item: '3' } },
    titles: { kiso: { label: '特定個人情報ファイル名', en: 'Specific personal information file names' } },
  },
  {
    id: 'I.reason',
    kinds: Z,
    numbers: { zenko: { part: 'I', item: '4' } },
    titles: { zenko: { label: '特定個人情報ファイルを取り扱う理由', en: 'Reasons for handling the file' } },
  },
  {
    id: 'I.4',
    kinds: KJZ,
    numbers: { kiso: { part: 'I', item: '3' }, juten: { part: 'I', item: '4' }, zenko: { part: 'I', item: '5' } },
    titles: { kiso: { label: '個人番号の利用', en: 'Use of Individual Numbers' } },
    titleInLabel: true,
  },
  {
    id: 'I.5',
    kinds: KJZ,
    numbers: { kiso: { part: 'I', item: '4' }, juten: { part: 'I', item: '5' }, zenko: { part: 'I', item: '6' } },
    titles: {
      kiso: {
        label: '情報提供ネットワークシステムによる情報連携',
        en: 'Information exchange through the Information Provision Network System',
      },
    },
    titleInLabel: true,
  },
  {
    id: 'I.6',
    kinds: KJZ,
    numbers: { kiso: { part: 'I', item: '5' }, juten: { part: 'I', item: '6' }, zenko: { part: 'I', item: '7' } },
    titles: { kiso: { label: '評価実施機関における担当部署', en: 'Responsible department of the assessing body' } },
  },
  {
    id: 'I.7',
    kinds: KJZ,
    numbers: { kiso: { part: 'I', item: '6' }, juten: { part: 'I', item: '7' }, zenko: { part: 'I', item: '8' } },
    titles: { kiso: { label: '他の評価実施機関', en: 'Other assessing bodies' } },
  },

  // --- Ⅱ (one block per file) ---
  {
    id: 'II[f]',
    kinds: JZ,
    numbers: { juten: { part: 'II' }, zenko: { part: 'II' } },
    titles: { juten: { label: '特定個人情報ファイルの概要', en: 'Outline of the specific personal information file' } },
  },
  {
    id: 'II[f].1',
    kinds: JZ,
    numbers: { juten: { part: 'II', item: '1' }, zenko: { part: 'II', item: '1' } },
    titles: { juten: { label: '特定個人情報ファイル名', en: 'File name' } },
  },
  {
    id: 'II[f].2',
    kinds: JZ,
    numbers: { juten: { part: 'II', item: '2' }, zenko: { part: 'II', item: '2' } },
    titles: { juten: { label: '基本情報', en: 'Basic information' } },
  },
  {
    id: 'II[f].3',
    kinds: JZ,
    numbers: { juten: { part: 'II', item: '3' }, zenko: { part: 'II', item: '3' } },
    titles: { juten: { label: '特定個人情報の入手・使用', en: 'Acquisition and use' } },
  },
  {
    id: 'II[f].4',
    kinds: JZ,
    numbers: { juten: { part: 'II', item: '4' }, zenko: { part: 'II', item: '4' } },
    titles: { juten: { label: '特定個人情報ファイルの取扱いの委託', en: 'Outsourcing of file handling' } },
  },
  {
    id: 'II[f].5',
    kinds: JZ,
    numbers: { juten: { part: 'II', item: '5' }, zenko: { part: 'II', item: '5' } },
    titles: {
      juten: {
        label: '特定個人情報の提供・移転(委託に伴うものを除く。)',
        en: 'Provision and transfer (excluding those accompanying outsourcing)',
      },
    },
  },
  {
    id: 'II[f].6',
    kinds: JZ,
    numbers: { juten: { part: 'II', item: '6' }, zenko: { part: 'II', item: '6' } },
    titles: { juten: { label: '特定個人情報の保管・消去', en: 'Storage and erasure' } },
  },
  {
    id: 'II[f].7',
    kinds: JZ,
    numbers: { juten: { part: 'II', item: '7' }, zenko: { part: 'II', item: '7' } },
    titles: { juten: { label: '備考', en: 'Remarks' } },
  },

  // --- Ⅲ items 1–7 (one block per file) ---
  {
    id: 'III[f]',
    kinds: JZ,
    numbers: { juten: { part: 'III' }, zenko: { part: 'III' } },
    titles: {
      juten: { label: 'リスク対策', en: 'Risk countermeasures' },
      zenko: {
        label: '特定個人情報ファイルの取扱いプロセスにおけるリスク対策',
        en: 'Risk countermeasures in the handling process of the file',
      },
    },
  },
  {
    id: 'III[f].1',
    kinds: JZ,
    numbers: { juten: { part: 'III', item: '1' }, zenko: { part: 'III', item: '1' } },
    titles: { juten: { label: '特定個人情報ファイル名', en: 'File name' } },
  },
  {
    id: 'III[f].2',
    kinds: JZ,
    numbers: { juten: { part: 'III', item: '2' }, zenko: { part: 'III', item: '2' } },
    titles: {
      juten: {
        label: '特定個人情報の入手(情報提供ネットワークシステムを通じた入手を除く。)',
        en: 'Acquisition (excluding acquisition through the Information Provision Network System)',
      },
    },
  },
  {
    id: 'III[f].3',
    kinds: JZ,
    numbers: { juten: { part: 'III', item: '3' }, zenko: { part: 'III', item: '3' } },
    titles: { juten: { label: '特定個人情報の使用', en: 'Use' } },
  },
  {
    id: 'III[f].4',
    kinds: JZ,
    numbers: { juten: { part: 'III', item: '4' }, zenko: { part: 'III', item: '4' } },
    titles: { juten: { label: '特定個人情報ファイルの取扱いの委託', en: 'Outsourcing of file handling' } },
    // Item 4 has no risk keys: juten prints one risk line, zenko a banner row of five risks.
    anchors: {
      juten: ['リスク: 委託先における不正な使用等のリスク'],
      zenko: [
        '委託先による特定個人情報の不正入手・不正な使用に関するリスク',
        '委託先による特定個人情報の不正な提供に関するリスク',
        '委託先による特定個人情報の保管・消去に関するリスク',
        '委託契約終了後の不正な使用等のリスク',
        '再委託に関するリスク',
      ],
    },
  },
  {
    id: 'III[f].5',
    kinds: JZ,
    numbers: { juten: { part: 'III', item: '5' }, zenko: { part: 'III', item: '5' } },
    titles: {
      juten: {
        label: '特定個人情報の提供・移転(委託や情報提供ネットワークシステムを通じた提供を除く。)',
        en: 'Provision and transfer (excluding outsourcing and provision through the Information Provision Network System)',
      },
    },
  },
  {
    id: 'III[f].6',
    kinds: JZ,
    numbers: { juten: { part: 'III', item: '6' }, zenko: { part: 'III', item: '6' } },
    titles: {
      juten: { label: '情報提供ネットワークシステムとの接続', en: 'Connection to the Information Provision Network System' },
    },
  },
  {
    id: 'III[f].7',
    kinds: JZ,
    numbers: { juten: { part: 'III', item: '7' }, zenko: { part: 'III', item: '7' } },
    titles: { juten: { label: '特定個人情報の保管・消去', en: 'Storage and erasure' } },
  },

  // --- Ⅲ 8–10: juten Ⅲ, zenko Ⅳ, kiso Ⅳ (document-level) ---
  {
    id: 'III',
    kinds: KJZ,
    numbers: { kiso: { part: 'IV' }, juten: { part: 'III' }, zenko: { part: 'IV' } },
    titles: {
      kiso: { label: 'リスク対策', en: 'Risk countermeasures' },
      juten: { label: 'リスク対策', en: 'Risk countermeasures' },
      zenko: { label: 'その他のリスク対策', en: 'Other risk countermeasures' },
    },
  },
  {
    id: 'III.8',
    kinds: KJZ,
    numbers: { kiso: { part: 'IV', item: '8' }, juten: { part: 'III', item: '8' }, zenko: { part: 'IV', item: '1' } },
    titles: { kiso: { label: '監査', en: 'Audit' } },
    titleInLabel: true,
  },
  {
    id: 'III.9',
    kinds: KJZ,
    numbers: { kiso: { part: 'IV', item: '9' }, juten: { part: 'III', item: '9' }, zenko: { part: 'IV', item: '2' } },
    titles: {
      kiso: {
        label: '従業者に対する教育・啓発',
        en: 'Education and awareness of staff',
        aliases: ['従業員に対する教育・啓発'],
      },
    },
    titleInLabel: true,
  },
  {
    id: 'III.10',
    kinds: JZ,
    numbers: { juten: { part: 'III', item: '10' }, zenko: { part: 'IV', item: '3' } },
    titles: { juten: { label: 'その他のリスク対策', en: 'Other risk countermeasures' } },
    titleInLabel: true,
  },

  // --- Ⅳ 開示請求、問合せ (juten Ⅳ, zenko Ⅴ) ---
  {
    id: 'IV',
    kinds: JZ,
    numbers: { juten: { part: 'IV' }, zenko: { part: 'V' } },
    titles: { juten: { label: '開示請求、問合せ', en: 'Disclosure requests and enquiries' } },
  },
  {
    id: 'IV.1',
    kinds: JZ,
    numbers: { juten: { part: 'IV', item: '1' }, zenko: { part: 'V', item: '1' } },
    titles: {
      juten: {
        label: '特定個人情報の開示・訂正・利用停止請求',
        en: 'Requests for disclosure, correction and suspension of use',
      },
    },
  },
  {
    id: 'IV.2',
    kinds: JZ,
    numbers: { juten: { part: 'IV', item: '2' }, zenko: { part: 'V', item: '2' } },
    titles: { juten: { label: '特定個人情報ファイルの取扱いに関する問合せ', en: 'Enquiries about the handling of the file' } },
  },

  // --- Ⅴ 評価実施手続 (juten Ⅴ, zenko Ⅵ) ---
  {
    id: 'V',
    kinds: JZ,
    numbers: { juten: { part: 'V' }, zenko: { part: 'VI' } },
    titles: { juten: { label: '評価実施手続', en: 'Assessment procedure' } },
  },
  {
    id: 'V.1',
    kinds: JZ,
    numbers: { juten: { part: 'V', item: '1' }, zenko: { part: 'VI', item: '1' } },
    titles: { juten: { label: '基礎項目評価', en: 'Basic item assessment' } },
    titleInLabel: true,
  },
  {
    id: 'V.2',
    kinds: JZ,
    numbers: { juten: { part: 'V', item: '2' }, zenko: { part: 'VI', item: '2' } },
    titles: { juten: { label: '国民・住民等からの意見の聴取', en: 'Hearing of public opinion' } },
    titleInLabel: true,
  },
  {
    id: 'V.3',
    kinds: JZ,
    numbers: { juten: { part: 'V', item: '3' }, zenko: { part: 'VI', item: '3' } },
    titles: { juten: { label: '第三者点検', en: 'Third-party review' } },
    titleInLabel: true,
  },
  {
    id: 'V.4',
    kinds: Z,
    numbers: { zenko: { part: 'VI', item: '4' } },
    titles: { zenko: { label: '個人情報保護委員会の承認', en: 'Approval by the Personal Information Protection Commission' } },
    titleInLabel: true,
  },

  // --- kiso Ⅱ しきい値判断項目, Ⅲ しきい値判断結果 (one section per field: each is its own item) ---
  {
    id: 'threshold.targetCount',
    kinds: K,
    numbers: { kiso: { part: 'II', item: '1' } },
    titles: { kiso: { label: '対象人数', en: 'Number of persons concerned' } },
    titleInLabel: true,
    status: 'form',
  },
  {
    id: 'threshold.targetCountAsOf',
    kinds: K,
    numbers: { kiso: { part: 'II', item: '1' } },
    titles: { kiso: { label: '対象人数', en: 'Number of persons concerned' } },
    titleInLabel: true,
    status: 'form',
  },
  {
    id: 'threshold.handlerCount',
    kinds: K,
    numbers: { kiso: { part: 'II', item: '2' } },
    titles: { kiso: { label: '取扱者数', en: 'Number of handlers' } },
    titleInLabel: true,
    status: 'form',
  },
  {
    id: 'threshold.handlerCountAsOf',
    kinds: K,
    numbers: { kiso: { part: 'II', item: '2' } },
    titles: { kiso: { label: '取扱者数', en: 'Number of handlers' } },
    titleInLabel: true,
    status: 'form',
  },
  {
    id: 'threshold.seriousIncident',
    kinds: K,
    numbers: { kiso: { part: 'II', item: '3' } },
    titles: { kiso: { label: '重大事故', en: 'Serious incidents' } },
    titleInLabel: true,
    status: 'form',
  },
  {
    id: 'threshold.result',
    kinds: K,
    numbers: { kiso: { part: 'III' } },
    titles: { kiso: { label: 'しきい値判断結果', en: 'Threshold result' } },
    titleInLabel: true,
    status: 'form',
  },
  {
    id: 'threshold',
    kinds: K,
    numbers: { kiso: { part: 'II' } },
    titles: { kiso: { label: 'しきい値判断項目', en: 'Threshold items' } },
    status: 'form',
  },

  // --- kiso Ⅳ リスク対策 1–7 [unverified] ---
  {
    id: 'riskSummary',
    kinds: K,
    numbers: { kiso: { part: 'IV' } },
    titles: { kiso: { label: 'リスク対策', en: 'Risk countermeasures' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.formsSubmitted',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '1' } },
    titles: { kiso: { label: '提出する特定個人情報保護評価書の種類', en: 'Kinds of assessment submitted' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.acquisition',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '2' } },
    titles: {
      kiso: {
        label: '特定個人情報の入手(情報提供ネットワークシステムを通じた入手を除く。)',
        en: 'Acquisition (excluding acquisition through the Information Provision Network System)',
      },
    },
    status: 'unverified',
  },
  {
    id: 'riskSummary.linkage',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '3' } },
    titles: { kiso: { label: '特定個人情報の使用', en: 'Use' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.unauthorizedUse',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '3' } },
    titles: { kiso: { label: '特定個人情報の使用', en: 'Use' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.outsourcingOptOut',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '4' } },
    titles: { kiso: { label: '特定個人情報ファイルの取扱いの委託', en: 'Outsourcing of file handling' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.outsourcing',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '4' } },
    titles: { kiso: { label: '特定個人情報ファイルの取扱いの委託', en: 'Outsourcing of file handling' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.provisionOptOut',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '5' } },
    titles: {
      kiso: {
        label: '特定個人情報の提供・移転(委託や情報提供ネットワークシステムを通じた提供を除く。)',
        en: 'Provision and transfer',
      },
    },
    status: 'unverified',
  },
  {
    id: 'riskSummary.provision',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '5' } },
    titles: {
      kiso: {
        label: '特定個人情報の提供・移転(委託や情報提供ネットワークシステムを通じた提供を除く。)',
        en: 'Provision and transfer',
      },
    },
    status: 'unverified',
  },
  {
    id: 'riskSummary.networkOptOutAcquire',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '6' } },
    titles: { kiso: { label: '情報提供ネットワークシステムとの接続', en: 'Connection to the Information Provision Network System' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.networkOptOutProvide',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '6' } },
    titles: { kiso: { label: '情報提供ネットワークシステムとの接続', en: 'Connection to the Information Provision Network System' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.networkAcquisition',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '6' } },
    titles: { kiso: { label: '情報提供ネットワークシステムとの接続', en: 'Connection to the Information Provision Network System' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.networkProvision',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '6' } },
    titles: { kiso: { label: '情報提供ネットワークシステムとの接続', en: 'Connection to the Information Provision Network System' } },
    status: 'unverified',
  },
  {
    id: 'riskSummary.storage',
    kinds: K,
    numbers: { kiso: { part: 'IV', item: '7' } },
    titles: { kiso: { label: '特定個人情報の保管・消去', en: 'Storage and erasure' } },
    status: 'unverified',
  },

  // --- annexes ---
  {
    id: 'annex',
    kinds: KJZ,
    numbers: {},
    titles: { kiso: { label: '別添', en: 'Annexes' } },
  },
  {
    id: 'annex.workflow',
    kinds: Z,
    numbers: { zenko: { part: '(別添1)' } },
    titles: { zenko: { label: '事務の内容', en: 'Description of the work' } },
  },
  {
    id: 'annex.records[f]',
    kinds: JZ,
    numbers: { juten: { part: '(別添1)' }, zenko: { part: '(別添2)' } },
    titles: { juten: { label: '特定個人情報ファイル記録項目', en: 'Items recorded in the file' } },
    titleInLabel: true,
  },
  {
    id: 'annex.changes[n]',
    kinds: KJZ,
    numbers: { kiso: { part: '(別添)' }, juten: { part: '(別添2)' }, zenko: { part: '(別添3)' } },
    titles: { juten: { label: '変更箇所', en: 'Change log' } },
    titleInLabel: true,
  },
];

export const RISK_DEFS: readonly RiskDef[] = [
  // Ⅲ 2
  {
    id: 'III[f].2.outOfScope',
    kinds: JZ,
    labels: {
      juten: { number: 'リスク', title: '目的外の入手が行われるリスク', en: 'Acquisition beyond the purpose' },
      zenko: { number: 'リスク1', title: '目的外の入手が行われるリスク', en: 'Acquisition beyond the purpose' },
    },
  },
  {
    id: 'III[f].2.improperMethod',
    kinds: Z,
    labels: { zenko: { number: 'リスク2', title: '不適切な方法で入手が行われるリスク', en: 'Acquisition by improper means' } },
  },
  {
    id: 'III[f].2.inaccurate',
    kinds: Z,
    labels: {
      zenko: {
        number: 'リスク3',
        title: '入手した特定個人情報が不正確であるリスク',
        en: 'Inaccurate information acquired',
        // Corrupted renderings seen in a sample (catalogue §8).
        aliases: ['入手した特定個人情報 that 不正確であるリスク', '入手した特定個人情報ที่ไม่正確であるリスク'],
      },
    },
  },
  {
    id: 'III[f].2.leak',
    kinds: Z,
    labels: {
      zenko: { number: 'リスク4', title: '入手の際に特定個人情報が漏えい・紛失するリスク', en: 'Leak or loss on acquisition' },
    },
  },
  // Ⅲ 3
  {
    id: 'III[f].3.linkage',
    kinds: JZ,
    labels: {
      juten: {
        number: 'リスク1',
        title: '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク',
        en: 'Linkage beyond the purpose or with information the work does not need',
        aliases: ['目的を超えた紐付け、事務に必要な情報との紐付けが行われるリスク'],
      },
    },
  },
  {
    id: 'III[f].3.unauthorizedUse',
    kinds: JZ,
    labels: {
      juten: {
        number: 'リスク2',
        title: '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク',
        en: 'Unauthorised use by persons without authority',
      },
    },
  },
  {
    id: 'III[f].3.offDutyUse',
    kinds: Z,
    labels: { zenko: { number: 'リスク3', title: '従業者が事務外で使用するリスク', en: 'Use by staff outside the work' } },
  },
  {
    id: 'III[f].3.copying',
    kinds: Z,
    labels: { zenko: { number: 'リスク4', title: '特定個人情報ファイルが不正に複製されるリスク', en: 'Unauthorised copying of the file' } },
  },
  // Ⅲ 5
  {
    id: 'III[f].5.unauthorized',
    kinds: JZ,
    labels: {
      juten: { number: 'リスク', title: '不正な提供・移転が行われるリスク', en: 'Unauthorised provision or transfer' },
      zenko: { number: 'リスク1', title: '不正な提供・移転が行われるリスク', en: 'Unauthorised provision or transfer' },
    },
  },
  {
    id: 'III[f].5.improperMethod',
    kinds: Z,
    labels: { zenko: { number: 'リスク2', title: '不適切な方法で提供・移転が行われるリスク', en: 'Provision or transfer by improper means' } },
  },
  {
    id: 'III[f].5.wrong',
    kinds: Z,
    labels: {
      zenko: {
        number: 'リスク3',
        title: '誤った情報を提供・移転してしまうリスク、誤った相手に提供・移転してしまうリスク',
        en: 'Wrong information or wrong recipient',
      },
    },
  },
  // Ⅲ 6: zenko numbers seven risks; juten keeps two of them, as リスク1 and リスク2.
  {
    id: 'III[f].6.acqOutOfScope',
    kinds: JZ,
    labels: { juten: { number: 'リスク1', title: '目的外の入手が行われるリスク', en: 'Acquisition beyond the purpose' } },
  },
  {
    id: 'III[f].6.acqInsecure',
    kinds: Z,
    labels: {
      zenko: { number: 'リスク2', title: '安全が保たれない方法によって入手が行われるリスク', en: 'Acquisition by insecure means' },
    },
  },
  {
    id: 'III[f].6.acqInaccurate',
    kinds: Z,
    labels: {
      zenko: {
        number: 'リスク3',
        title: '入手した特定個人情報が不正確であるリスク',
        en: 'Inaccurate information acquired',
        aliases: ['入手した特定個人情報 that 不正確であるリスク', '入手した特定個人情報ที่ไม่正確であるリスク'],
      },
    },
  },
  {
    id: 'III[f].6.acqLeak',
    kinds: Z,
    labels: {
      zenko: { number: 'リスク4', title: '入手の際に特定個人情報が漏えい・紛失するリスク', en: 'Leak or loss on acquisition' },
    },
  },
  {
    id: 'III[f].6.provUnauthorized',
    kinds: JZ,
    labels: {
      juten: { number: 'リスク2', title: '不正な提供が行われるリスク', en: 'Unauthorised provision' },
      zenko: { number: 'リスク5', title: '不正な提供が行われるリスク', en: 'Unauthorised provision' },
    },
  },
  {
    id: 'III[f].6.provImproperMethod',
    kinds: Z,
    labels: { zenko: { number: 'リスク6', title: '不適切な方法で提供されるリスク', en: 'Provision by improper means' } },
  },
  {
    id: 'III[f].6.provWrong',
    kinds: Z,
    labels: {
      zenko: {
        number: 'リスク7',
        title: '誤った情報を提供してしまうリスク、誤った相手に提供してしまうリスク',
        en: 'Wrong information or wrong recipient',
      },
    },
  },
  // Ⅲ 7
  {
    id: 'III[f].7.leak',
    kinds: JZ,
    labels: {
      juten: { number: 'リスク', title: '特定個人情報の漏えい・滅失・毀損リスク', en: 'Leak, loss or damage' },
      zenko: { number: 'リスク1', title: '特定個人情報の漏えい・滅失・毀損リスク', en: 'Leak, loss or damage' },
    },
  },
  {
    id: 'III[f].7.stale',
    kinds: Z,
    labels: {
      zenko: { number: 'リスク2', title: '特定個人情報が古い情報のまま保管され続けるリスク', en: 'Outdated information kept' },
    },
  },
  {
    id: 'III[f].7.notErased',
    kinds: Z,
    labels: {
      zenko: { number: 'リスク3', title: '特定個人情報が消去されずいつまでも存在するリスク', en: 'Information never erased' },
    },
  },
];
