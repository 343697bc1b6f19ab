import { FIELD_DEFS, KINDS, fieldLabel, fieldLabelOptions, labelFor, printedLabel, getFieldDef } from '../../src/model/index.js';
import type { Kind } from '../../src/model/index.js';

describe('fieldLabel: the form’s own words and numbers per kind', () => {
  it.each<[string, Kind, string]>([
    // The two strings the architecture quotes.
    ['II[1].4.item[2].subcontractPermission', 'juten', 'II 4. 委託事項2 ⑤再委託の許諾方法'],
    ['II[1].4.item[2].subcontractPermission', 'zenko', 'II 4. 委託事項2 ⑧再委託の許諾方法'],
    ['II[1].4.item[2].subcontract', 'juten', 'II 4. 委託事項2 ④再委託の有無'],
    ['II[1].4.item[2].subcontract', 'zenko', 'II 4. 委託事項2 ⑦再委託の有無'],
    ['II[1].4.has', 'juten', 'II 4. 委託の有無'],
    ['II[1].4.count', 'zenko', 'II 4. 委託の有無 件数'],
    // Ⅲ 8–10 are juten Ⅲ, zenko Ⅳ 1–3, kiso Ⅳ 8–9.
    ['III.8.audit', 'juten', 'III 8. 監査 実施の有無'],
    ['III.8.audit', 'kiso', 'IV 8. 監査 実施の有無'],
    ['III.8.selfCheck', 'zenko', 'IV 1. 監査 ①自己点検'],
    ['III.8.selfCheckHow', 'zenko', 'IV 1. 監査 ①自己点検 具体的なチェック方法'],
    ['III.9.training', 'juten', 'III 9. 従業者に対する教育・啓発'],
    ['III.9.training', 'zenko', 'IV 2. 従業者に対する教育・啓発'],
    ['III.9.trainingHow', 'juten', 'III 9. 従業者に対する教育・啓発 具体的な方法'],
    ['III.10.otherMeasures', 'zenko', 'IV 3. その他のリスク対策'],
    // Slots.
    ['II[1].5.provide[3].purpose', 'juten', 'II 5. 提供先3 ②提供先における用途'],
    ['II[1].5.transfer[10].method', 'zenko', 'II 5. 移転先10 ⑥移転方法'],
    ['I.2.system[4].name', 'juten', 'I 2. システム4 ①システムの名称'],
    // The group and the value printed on its header row read the same.
    ['II[1].4.item[2]', 'juten', 'II 4. 委託事項2'],
    ['II[1].4.item[2].title', 'juten', 'II 4. 委託事項2'],
    ['II[1].5.provide[1].name', 'zenko', 'II 5. 提供先1'],
    // Box references.
    ['II[1].3.sources#otherDept', 'juten', 'II 3. ①入手元 評価実施機関内の他部署'],
    ['II[1].2.mainItems#basicInfo', 'zenko', 'II 2. ④記録される項目 主な記録項目 4情報(氏名、性別、生年月日、住所)'],
    ['III.8.audit#internal', 'juten', 'III 8. 監査 実施の有無 内部監査'],
    // Ⅰ renumbers per kind.
    ['I.4.legalBasis', 'kiso', 'I 3. 個人番号の利用 法令上の根拠'],
    ['I.4.legalBasis', 'juten', 'I 4. 個人番号の利用 法令上の根拠'],
    ['I.4.legalBasis', 'zenko', 'I 5. 個人番号の利用 法令上の根拠'],
    ['I.5.implemented', 'zenko', 'I 6. 情報提供ネットワークシステムによる情報連携 ①実施の有無'],
    ['I.6.headTitle', 'kiso', 'I 5. ②所属長の役職名'],
    ['I.3.fileNames', 'kiso', 'I 2. 特定個人情報ファイル名'],
    ['I.3.fileNames', 'zenko', 'I 3. 特定個人情報ファイル名'],
    ['I.reason.benefit', 'zenko', 'I 4. ②実現が期待されるメリット'],
    ['I.1.content', 'kiso', 'I 1. ②事務の概要'],
    ['I.1.content', 'juten', 'I 1. ②事務の内容'],
    // Sub-rows carry their parent row.
    ['II[1].3.userCount', 'juten', 'II 3. ④使用の主体 使用者数'],
    ['II[1].3.userCount', 'zenko', 'II 3. ⑦使用の主体 使用者数'],
    ['II[1].6.retentionValidity', 'zenko', 'II 6. ②保管期間 その妥当性'],
    ['II[1].6.place', 'juten', 'II 6. 保管場所'],
    ['II[1].6.place', 'zenko', 'II 6. ①保管場所'],
    // Ⅳ and Ⅴ: juten Ⅳ/Ⅴ, zenko Ⅴ/Ⅵ.
    ['IV.1.specialProcedure', 'juten', 'IV 1. ③法令による特別の手続'],
    ['IV.1.specialProcedure', 'zenko', 'V 1. ⑤法令による特別の手続'],
    ['V.1.thresholdResult', 'juten', 'V 1. 基礎項目評価 ②しきい値判断結果'],
    ['V.1.thresholdResult', 'zenko', 'VI 1. 基礎項目評価 ②しきい値判断結果'],
    ['V.3.date', 'juten', 'V 3. 第三者点検 ①実施日'],
    ['V.4.submitted', 'zenko', 'VI 4. 個人情報保護委員会の承認 ①提出日'],
    // kiso-only parts.
    ['threshold.targetCount', 'kiso', 'II 1. 対象人数'],
    ['threshold.targetCountAsOf', 'kiso', 'II 1. 対象人数 いつ時点の計数か'],
    ['threshold.result', 'kiso', 'III しきい値判断結果'],
    ['riskSummary.storage', 'kiso', 'IV 7. 特定個人情報の漏えい・滅失・毀損リスクへの対策は十分か'],
    ['riskSummary.outsourcingOptOut', 'kiso', 'IV 4. 委託しない'],
    // Cover and annexes.
    ['cover.published', 'juten', '表紙 公表日'],
    ['cover.approved', 'zenko', '表紙 個人情報保護委員会 承認日'],
    ['annex.changes[3].date', 'juten', '(別添2) 変更箇所 3行目 変更日'],
    ['annex.changes[3].date', 'zenko', '(別添3) 変更箇所 3行目 変更日'],
    ['annex.changes[1].timing', 'kiso', '(別添) 変更箇所 1行目 提出時期'],
    ['annex.records[1].raw', 'juten', '(別添1) 特定個人情報ファイル記録項目'],
    ['annex.records[1].raw', 'zenko', '(別添2) 特定個人情報ファイル記録項目'],
    ['annex.workflow', 'zenko', '(別添1) 事務の内容'],
    ['attachments[2].title', 'juten', '添付資料2 表題'],
    ['meta.kind', 'juten', '評価書の種類'],
  ])('%s (%s) → %s', (id, kind, expected) => {
    expect(fieldLabel(id, kind)).toBe(expected);
  });

  it.each<[string, Kind, string]>([
    // zenko numbers every risk; juten prints `リスク` where an item has one risk, and its own numbers in 3 and 6.
    ['III[1].2.outOfScope.adequate', 'zenko', 'III 2. リスク1 リスクへの対策は十分か'],
    ['III[1].2.outOfScope.adequate', 'juten', 'III 2. リスク リスクへの対策は十分か'],
    ['III[1].2.leak.measures', 'zenko', 'III 2. リスク4 リスクに対する措置の内容'],
    ['III[1].3.unauthorizedUse.userAuthHow', 'juten', 'III 3. リスク2 ユーザ認証の管理 具体的な管理方法'],
    ['III[1].3.unauthorizedUse.userAuthHow', 'zenko', 'III 3. リスク2 ユーザ認証の管理 具体的な管理方法'],
    ['III[1].6.provUnauthorized.measures', 'juten', 'III 6. リスク2 リスクに対する措置の内容'],
    ['III[1].6.provUnauthorized.measures', 'zenko', 'III 6. リスク5 リスクに対する措置の内容'],
    ['III[1].7.leak.incidentProcedure', 'juten', 'III 7. リスク ①事故発生時手順の策定・周知'],
    ['III[1].7.leak.incidentProcedure', 'zenko', 'III 7. リスク1 ⑧事故発生時手順の策定・周知'],
    ['III[1].7.notErased.procedureContent', 'zenko', 'III 7. リスク3 消去手順 手順の内容'],
    ['III[1].7.leak.physicalHow', 'zenko', 'III 7. リスク1 ⑤物理的対策 具体的な対策の内容'],
    // Item 4 has no risk keys.
    ['III[1].4.subcontractAssuranceHow', 'juten', 'III 4. 再委託先による特定個人情報ファイルの適切な取扱いの担保 具体的な方法'],
    ['III[1].4.subcontractAssurance', 'zenko', 'III 4. 再委託先による特定個人情報ファイルの適切な取扱いの確保'],
    ['III[1].1.fileName', 'juten', 'III 1. 特定個人情報ファイル名'],
    ['III[1].6.optOutAcquire', 'juten', 'III 6. 接続しない(入手)'],
  ])('Ⅲ risk label: %s (%s) → %s', (id, kind, expected) => {
    expect(fieldLabel(id, kind)).toBe(expected);
  });

  it('labels containers that are sections or risks with their heading', () => {
    expect(fieldLabel('II[1].4', 'juten')).toBe('II 4. 特定個人情報ファイルの取扱いの委託');
    expect(fieldLabel('II[1]', 'zenko')).toBe('II 特定個人情報ファイルの概要');
    expect(fieldLabel('III', 'zenko')).toBe('IV その他のリスク対策');
    expect(fieldLabel('III[1].6.provWrong', 'zenko')).toBe(
      'III 6. リスク7: 誤った情報を提供してしまうリスク、誤った相手に提供してしまうリスク',
    );
    expect(fieldLabel('cover', 'juten')).toBe('表紙');
  });

  it('gives a field another kind has that kind’s wording under the requested kind’s numbers', () => {
    // III.8.audit is a juten/kiso check list; zenko prints Ⅳ 1. instead.
    expect(fieldLabel('III.8.audit', 'zenko')).toBe('IV 1. 監査 実施の有無');
    expect(fieldLabel('II[1].3.timing', 'juten')).toBe('II 3. ③入手の時期・頻度');
  });

  it('returns unknown ids unchanged', () => {
    expect(fieldLabel('II[1].4.nonsense', 'juten')).toBe('II[1].4.nonsense');
    expect(fieldLabel('not an id', 'juten')).toBe('not an id');
  });

  it('keeps the template letter of a template id', () => {
    expect(fieldLabel('II[f].4.item[n].contractor', 'zenko')).toBe('II 4. 委託事項N ⑥委託先名');
  });

  describe('files', () => {
    it('omits the file in a single-file document', () => {
      expect(fieldLabel('II[1].1.fileName', 'juten', 'ja', { fileCount: 1 })).toBe('II 1. 特定個人情報ファイル名');
    });
    it('names the file by position when there are several, or when the id is of a later file', () => {
      expect(fieldLabel('II[1].4.has', 'juten', 'ja', { fileCount: 2 })).toBe('[ファイル1] II 4. 委託の有無');
      expect(fieldLabel('III[2].4.adequate', 'zenko')).toBe('[ファイル2] III 4. リスクへの対策は十分か');
      expect(fieldLabel('annex.records[2].raw', 'juten', 'en')).toBe('[file 2] (Annex 1) › Items recorded in the file');
    });
    it('names the file by its name when the document lists them', () => {
      const options = fieldLabelOptions({ meta: { kind: 'juten' }, I: { 3: { fileNames: ['住民ファイル', '税ファイル'] } } });
      expect(options).toEqual({ fileCount: 2, fileNames: ['住民ファイル', '税ファイル'] });
      expect(fieldLabel('II[2].4.item[1].contractor', 'juten', 'ja', options)).toBe('[税ファイル] II 4. 委託事項1 ③委託先名');
      expect(fieldLabel('I.5.implemented', 'juten', 'ja', options)).toBe('I 5. 情報提供ネットワークシステムによる情報連携 ①実施の有無');
    });
  });

  describe('English', () => {
    it.each<[string, Kind, string]>([
      ['II[1].4.item[2].subcontractPermission', 'juten', 'II 4. Outsourced task 2 › (5) Method of permitting subcontracting'],
      ['II[1].4.item[2].subcontractPermission', 'zenko', 'II 4. Outsourced task 2 › (8) Method of permitting subcontracting'],
      ['III.8.audit', 'juten', 'III 8. Audit › Conducted'],
      ['III.8.selfCheck', 'zenko', 'IV 1. Audit › (1) Self-check'],
      ['III[1].6.provUnauthorized.adequate', 'zenko', 'III 6. Risk 5 › Are the measures sufficient?'],
      ['annex.changes[2].after', 'zenko', '(Annex 3) › Change log › Row 2 › After'],
      ['cover.published', 'kiso', 'Cover › Publication date'],
      ['II[1].3.sources#otherDept', 'juten', 'II 3. (1) Sources › otherDept'],
    ])('%s (%s) → %s', (id, kind, expected) => {
      expect(fieldLabel(id, kind, 'en')).toBe(expected);
    });

    it('has an English gloss for every field and kind (no Japanese left but box names)', () => {
      for (const def of FIELD_DEFS) {
        for (const kind of def.kinds) {
          const label = labelFor(def, kind);
          expect(label.en).toBeTruthy();
          for (const context of label.context ?? []) expect(context.en).toBeTruthy();
          expect(fieldLabel(def.id, kind, 'en')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        }
      }
    });
  });

  it('gives every field of every kind a label that starts with its printed section', () => {
    for (const def of FIELD_DEFS) {
      for (const kind of def.kinds) {
        const label = fieldLabel(def.id, kind);
        expect(label).not.toBe(def.id);
        if (def.id.startsWith('II[')) expect(label).toMatch(/^II \d\. /);
        if (def.id.startsWith('III[')) expect(label).toMatch(/^III \d\. /);
        if (def.id.startsWith('IV.')) expect(label).toMatch(kind === 'zenko' ? /^V \d\. / : /^IV \d\. /);
        if (def.id.startsWith('V.')) expect(label).toMatch(kind === 'zenko' ? /^VI \d\. / : /^V \d\. /);
        if (def.id.startsWith('I.')) expect(label).toMatch(/^I \d\. /);
      }
    }
  });

  it('prints ※ where the mark sits on the label', () => {
    expect(printedLabel(getFieldDef('II[f].4.item[n].subcontract')!, 'juten')).toBe('④再委託の有無 ※');
    expect(printedLabel(getFieldDef('II[f].3.usage')!, 'juten')).toBe('⑤使用方法');
    expect(printedLabel(getFieldDef('II[f].3.usage')!, 'zenko')).toBe('⑧使用方法 ※');
    expect(printedLabel(getFieldDef('I.4.legalBasis')!, 'juten')).toBe('法令上の根拠');
  });

  it('stores labels without the marks the form prints beside them', () => {
    for (const def of FIELD_DEFS) {
      for (const kind of KINDS) {
        const label = def.labels[kind];
        if (!label) continue;
        expect(label.label).not.toMatch(/※|【任意】|【行政機関等のみ】/);
      }
    }
  });
});
