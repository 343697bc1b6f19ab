import rule from '../../rules/cloud-wording.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const doc = (place: string, extra: Record<string, unknown> = {}) => ({
  meta: { kind: 'juten' },
  cover: { published: { raw: '令和7年10月1日', iso: '2025-10-01' } },
  'II[1]': { '6': { place } },
  ...extra,
});

const CLOUD = 'システムを、クラウド事業者が保有・管理する環境に設置する。';
const CLOUD_TEMPLATE = [
  'システムを、クラウド事業者が保有・管理する環境に設置する場合、設置場所のセキュリティ対策はクラウド事業者が実施する。',
  '・ISO/IEC27017又はCSマーク・ゴールドの認証及びISO/IEC27018の認証を取得していること',
  '・日本国内でのデータ保管を条件としていること',
  '・上記のほか、「政府情報システムにおけるクラウドサービスの利用に係る基本方針」等による各種条件を満たしていること。',
  '・クラウド事業者が提供するクラウドサービスは、政府情報システムのためのセキュリティ評価制度(ISMAP)に基づくクラウドサービスリストに掲載されているものとする。',
  '開発者および運用者は、クラウド事業者が提示する責任共有モデルを理解し、OSから上のレイヤーに対して、セキュリティを確保する。',
].join('\n');
const GC_TEMPLATE = [
  'ガバメントクラウドについては政府情報システムのセキュリティ制度（ISMAP）のリストに登録されたクラウドサービスから調達する。',
  'ガバメントクラウド上での業務データの取扱いについては、当該業務データを保有する地方公共団体及びその業務データの取扱いについて委託を受けるASP又はガバメントクラウド運用管理補助者が責任を有する。',
  'クラウド事業者において、NIST 800-88に準拠しながら確実にデータを消去する。',
].join('\n');

tester.run('cloud-wording', rule, {
  valid: [
    doc('庁舎内のサーバー室に設置する。'),
    doc(CLOUD_TEMPLATE),
    // For the ガバメントクラウド, the statement of who is responsible is the responsibility split.
    doc(GC_TEMPLATE),
    // The statements may sit in other fields of the document.
    doc(CLOUD, { 'III[1]': { '7': { leak: { otherMeasures: CLOUD_TEMPLATE } } } }),
    // A cloud named only in the 変更箇所 is not described by the body.
    doc('庁舎内のサーバー室に設置する。', { annex: { 'changes[1]': { date: { raw: '令和7年4月1日', iso: '2025-04-01' }, before: '—', after: CLOUD } } }),
  ],
  invalid: [
    {
      name: 'a cloud without the checklist statements: ISMAP and PIA-CLD-002 items warn, the shared responsibility is info',
      code: doc(CLOUD),
      errors: [
        { messageId: 'missing', fieldId: 'II[1].6.place', severity: 2, message: /「ISMAP（クラウドサービスリスト）への言及」の記載が見当たりません/ },
        { severity: 0, message: /責任共有モデル/ },
        { severity: 2, message: /ISO\/IEC 27017/ },
        { severity: 2, message: /ISO\/IEC 27018/ },
        { severity: 2, message: /日本国内でのデータ保管/ },
        { severity: 2, message: /基本方針/ },
      ],
      output: null,
    },
    {
      name: 'ISMAP only in 変更前 does not count',
      code: doc(CLOUD_TEMPLATE.replace(/・クラウド事業者が提供する.*\n/, ''), {
        annex: { 'changes[1]': { date: { raw: '令和7年4月1日', iso: '2025-04-01' }, before: 'ISMAPに基づくクラウドサービスリストに掲載されているもの', after: '—' } },
      }),
      errors: [{ message: /ISMAP/ }],
    },
    {
      name: 'the ガバメントクラウド without the responsibility and deletion statements: info notes',
      code: doc('ガバメントクラウドについては政府情報システムのセキュリティ制度（ISMAP）のリストに登録されたクラウドサービスから調達する。'),
      errors: [
        { severity: 0, message: /責任共有モデル/ },
        { severity: 0, message: /ガバメントクラウド上の業務データの責任/ },
        { severity: 0, message: /データの消去方法/ },
      ],
    },
    {
      name: 'English messages',
      locale: 'en',
      code: doc(CLOUD),
      errors: [{ message: /^The document describes a cloud \(クラウド\) but does not state: ISMAP \(cloud service list\) mentioned/ }, {}, {}, {}, {}, {}],
    },
  ],
});
