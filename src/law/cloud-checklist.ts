/**
 * law-and-rules.md §3.6: what a reviewer expects to read when an assessment describes a cloud or
 * ガバメントクラウド. Data only. The patterns are matched against the NFKC-normalised text (so
 * 「ＩＳＯ／ＩＥＣ２７０１７」 matches), and any one pattern of an item is enough.
 * `rule` names the law-and-rules.md §5 candidate that reports the item; template items without a
 * rule are `optional` (reported separately, never required).
 */
import type { Evidence } from './timeline-types.js';

export type CloudScope = 'anyCloud' | 'nonGovernmentCloud' | 'governmentCloud' | 'governmentCloudMigration';

export interface CloudChecklistItem {
  id: string;
  label: { ja: string; en: string };
  appliesTo: CloudScope;
  optional: boolean;
  rule?: string;
  patterns: readonly RegExp[];
  /** The template wording observed in the seeds. */
  seedWording: string;
  evidence: readonly Evidence[];
}

const S = (text: string): Evidence => ({ tag: 'S', text });
const V = (text: string): Evidence => ({ tag: 'V', text });

export const CLOUD_CHECKLIST: readonly CloudChecklistItem[] = [
  {
    id: 'ismap',
    label: { ja: 'ISMAP（クラウドサービスリスト）への言及', en: 'ISMAP (cloud service list) mentioned' },
    appliesTo: 'anyCloud',
    optional: false,
    rule: 'PIA-CLD-001',
    patterns: [/ISMAP/i, /政府情報システムのためのセキュリティ評価制度/, /政府情報システムのセキュリティ制度/],
    seedWording: '「クラウド事業者が提供するクラウドサービスは、政府情報システムのためのセキュリティ評価制度（ISMAP）に基づくクラウドサービスリストに掲載されているものとする。」',
    evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:108; shared/corpus/002_b80d6855a7643af9.txt:750]'), V('[V: https://kaonavi.jp/dictionary/ismap ; https://codebook.machinarecord.com/certification/24347/]')],
  },
  {
    id: 'sharedResponsibility',
    label: { ja: '責任共有モデル・責任分界の記載', en: 'Shared-responsibility model / responsibility split' },
    appliesTo: 'anyCloud',
    optional: false,
    rule: 'PIA-CLD-003',
    patterns: [/責任共有モデル/, /責任分界/, /責任共有/],
    seedWording: '「開発者および運用者は、クラウド事業者が提示する責任共有モデルを理解し、OSから上のレイヤーに対して、システム構築上および運用上のセキュリティを確保する」',
    evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:398, :418]')],
  },
  {
    id: 'iso27017',
    label: { ja: 'ISO/IEC 27017（又はCSマーク・ゴールド）の認証', en: 'ISO/IEC 27017 (or CS Mark Gold) certification' },
    appliesTo: 'nonGovernmentCloud',
    optional: false,
    rule: 'PIA-CLD-002',
    patterns: [/ISO\s*\/?\s*IEC\s*27017/i, /CSマーク\s*・?\s*ゴールド/],
    seedWording: '「ISO/IEC27017又はCSマーク・ゴールドの認証及びISO/IEC27018の認証を取得していること」',
    evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:289; shared/corpus/002_b80d6855a7643af9.txt:755]')],
  },
  {
    id: 'iso27018',
    label: { ja: 'ISO/IEC 27018 の認証', en: 'ISO/IEC 27018 certification' },
    appliesTo: 'nonGovernmentCloud',
    optional: false,
    rule: 'PIA-CLD-002',
    patterns: [/ISO\s*\/?\s*IEC\s*27018/i],
    seedWording: '「…及びISO/IEC27018の認証を取得していること」',
    evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:289; shared/corpus/002_b80d6855a7643af9.txt:755]')],
  },
  {
    id: 'dataInJapan',
    label: { ja: '日本国内でのデータ保管', en: 'Data kept in Japan' },
    appliesTo: 'nonGovernmentCloud',
    optional: false,
    rule: 'PIA-CLD-002',
    patterns: [/日本国内[^。]{0,20}(?:データ|保管|保存|設置)/, /(?:データ|保管|保存)[^。]{0,20}日本国内/, /国内[^。]{0,10}(?:データセンター|データセンタ)/],
    seedWording: '「日本国内でのデータ保管を条件としていること」',
    evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:289; shared/corpus/002_b80d6855a7643af9.txt:525]'), V('[V: https://cio.go.jp/dp2020_04]')],
  },
  {
    id: 'governmentPolicy',
    label: {
      ja: '『政府情報システムにおけるクラウドサービスの利用に係る基本方針』への準拠',
      en: 'Compliance with the government cloud-use basic policy',
    },
    appliesTo: 'nonGovernmentCloud',
    optional: false,
    rule: 'PIA-CLD-002',
    patterns: [/クラウドサービスの利用に係る基本方針/],
    seedWording: '「上記のほか、『政府情報システムにおけるクラウドサービスの利用に係る基本方針』等による各種条件を満たしていること。」',
    evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:289; shared/corpus/002_b80d6855a7643af9.txt:755]'), V('[V: https://cio.go.jp/dp2020_04]')],
  },
  {
    id: 'physicalSecurity',
    label: { ja: '設置場所の物理的セキュリティをクラウド事業者が担うこと', en: 'Physical security of the site by the cloud provider' },
    appliesTo: 'nonGovernmentCloud',
    optional: true,
    patterns: [/設置場所のセキュリティ対策/, /クラウド事業者[^。]{0,40}(?:物理的|入退室|入館)/, /(?:物理的|入退室|入館)[^。]{0,40}クラウド事業者/],
    seedWording: '「…クラウド事業者が保有・管理する環境に設置する場合、設置場所のセキュリティ対策はクラウド事業者が実施することになるため、クラウド事業者は、次を満たすものとする。」',
    evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:108, :287]')],
  },
  {
    id: 'controlsConfirmed',
    label: { ja: 'セキュリティ管理策の実施の確認', en: 'Security controls confirmed' },
    appliesTo: 'nonGovernmentCloud',
    optional: true,
    patterns: [/セキュリティ管理策[^。]{0,30}(?:確認|実施)/],
    seedWording: '「セキュリティ管理策が適切に実施されていることが確認できること」',
    evidence: [S('[S: shared/corpus/000_e2e81983413e01ac.txt:289]')],
  },
  {
    id: 'backupLocation',
    label: { ja: 'バックアップの保管場所（国内・別データセンター）', en: 'Backup location (in Japan, separate data centre)' },
    appliesTo: 'anyCloud',
    optional: true,
    patterns: [/バックアップ[^。]{0,60}(?:日本国内|国内|別のデータセンター)/],
    seedWording: '「バックアップも日本国内に設置された複数のデータセンターのうち本番環境とは別のデータセンター内に保存される」',
    evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:525]')],
  },
  {
    id: 'gcResponsibility',
    label: {
      ja: 'ガバメントクラウド上の業務データの責任（地方公共団体・ASP・運用管理補助者）',
      en: 'Responsibility for business data on the Government Cloud (local body, ASP, operation assistant)',
    },
    appliesTo: 'governmentCloud',
    optional: false,
    rule: 'PIA-CLD-004',
    patterns: [/(?:地方公共団体|団体)[^。]{0,80}(?:ASP|ガバメントクラウド運用管理補助者)[^。]{0,60}責任/, /(?:ASP|運用管理補助者)[^。]{0,40}責任を有する/],
    seedWording: '「ガバメントクラウド上での業務データの取扱いについては、当該業務データを保有する地方公共団体及びその業務データの取扱いについて委託を受けるASP又はガバメントクラウド運用管理補助者が責任を有する。」',
    evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:829-834]')],
  },
  {
    id: 'deletion',
    label: { ja: 'データの消去方法', en: 'How data is deleted' },
    appliesTo: 'governmentCloud',
    optional: false,
    rule: 'PIA-CLD-004',
    patterns: [/NIST\s*(?:SP\s*)?800-88/i, /確実に[^。]{0,20}消去/, /完全に消去/, /物理的(?:に)?破壊/, /消去(?:する|を行う|手順|方法)/],
    seedWording: '「…NIST 800-88、ISO/IEC27001等に準拠しながら確実にデータを消去する」',
    evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:528]')],
  },
  {
    id: 'gcAccess',
    label: { ja: '国・クラウド事業者からのアクセス制御', en: 'Access by the State / the cloud provider is controlled' },
    appliesTo: 'governmentCloud',
    optional: true,
    patterns: [/アクセス(?:が|を)?\s*制御/],
    seedWording: '「地方公共団体の業務データは国及びガバメントクラウドのクラウド事業者にはアクセスが制御されているため特定個人情報を消去することはない」',
    evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:528]')],
  },
  {
    id: 'migration',
    label: { ja: '移行時のデータ抽出・投入と旧環境の破棄', en: 'Migration: extraction, loading and disposal of the old environment' },
    appliesTo: 'governmentCloudMigration',
    optional: true,
    patterns: [/データ抽出/, /データ(?:の)?投入/, /(?:環境|機器)[^。]{0,20}破棄/],
    seedWording: '「既存の環境からガバメントクラウドへ移行することになるが、移行に際しては、データ抽出及びクラウド環境へのデータ投入、並びに利用しなくなった環境の破棄等を実施する」',
    evidence: [S('[S: shared/corpus/002_b80d6855a7643af9.txt:528]')],
  },
];
