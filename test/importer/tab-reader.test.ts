/**
 * The Markdown / TAB reader end to end on small synthetic renderings (shapes of catalogue §7.1–§7.10,
 * written for these tests): kind, field ids in context, value encodings, positions, notes.
 */
import { describe, expect, it } from '@jest/globals';
import { formatFields, importRendering } from '../../src/sources/rendering/index.js';
import { validateAssessment } from '../../src/schema/index.js';

const T = '\t';

/** `id\tjson` lines of the result, as a map. */
function fields(text: string): Map<string, unknown> {
  const r = importRendering(text);
  return new Map(
    formatFields(r.assessment)
      .trim()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [id, json] = l.split('\t') as [string, string];
        return [id, JSON.parse(json)];
      }),
  );
}

const JUTEN = [
  '# 特定個人情報保護評価書（重点項目評価書）',
  '',
  `評価書番号${T}評価書名`,
  `12${T}住民基本台帳事務 重点項目評価書`,
  '',
  '## 公表日',
  '',
  '令和5年10月2日',
  '',
  '## II 特定個人情報ファイルの概要',
  '',
  `1. 特定個人情報ファイル名${T}`,
  `住民記録ファイル${T}`,
  `2. 基本情報${T}`,
  `①ファイルの種類 ※${T}[ システム用ファイル ] <選択肢> 1) システム用ファイル 2) その他の電子ファイル(表計算ファイル等)`,
  `②対象となる本人の数${T}<p>[ 1万人以上10万人未満 ]</p> <p>&lt;選択肢&gt; 1) 1万人未満 2) 1万人以上10万人未満</p>`,
  `⑤保有開始日${T}${T}平成27年10月`,
  `3. 特定個人情報の入手・使用${T}`,
  `①入手元 ※${T}[ <input checked="" type="checkbox"/> ] 本人又は本人の代理人 [ ] 評価実施機関内の他部署 ( ) [ ] 民間事業者 ( )`,
  `④使用の主体${T}使用部署${T}市民課`,
  `${T}使用者数${T}[ 10人以上50人未満 ] <選択肢> 1) 10人未満 2) 10人以上50人未満`,
  '',
  `4. 特定個人情報ファイルの取扱いの委託${T}`,
  `委託の有無 ※${T}[ 委託する ] <選択肢> 1) 委託する 2) 委託しない ( 3 ) 件`,
  `<b>委託事項1</b>${T}${T}住民記録システム保守業務`,
  `①委託内容 システムの保守${T}`,
  `③委託先名 株式会社サンプル${T}`,
  `再委託${T}④再委託の有無 ※ [ 再委託する ] <選択肢> 1) 再委託する 2) 再委託しない`,
  `${T}⑤再委託の許諾方法 書面により承認する。`,
  `${T}⑥再委託事項${T}運用の一部`,
  `<b>委託事項3</b>${T}窓口業務`,
  `③委託先名${T}—`,
  '',
  '### Ⅲ リスク対策 ※(7. ②を除く。)',
  '',
  `<b>3. 特定個人情報の使用</b>${T}`,
  `リスク1： 目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク${T}`,
  `リスクに対する措置の内容${T}アクセス制御を行う。`,
  `リスクへの対策は十分か${T}[ 十分である ] <選択肢> 1) 特に力を入れている 2) 十分である 3) 課題が残されている`,
  `リスク2： 権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク${T}`,
  `ユーザ認証の管理${T}[ 行っている ] <選択肢> 1) 行っている 2) 行っていない`,
  `具体的な管理方法${T}ID とパスワードで認証する。`,
  `その他の措置の内容${T}—`,
  `リスクへの対策は十分か${T}[ 特に力を入れている ] <選択肢> 1) 特に力を入れている 2) 十分である`,
  `4. 特定個人情報ファイルの取扱いの委託${T}${T}[ ] 委託しない`,
  `8. 監査${T}`,
  `実施の有無${T}[ <input checked="" type="radio"/> ] 自己点検 [ <input type="radio"/> ] 内部監査 [ <input type="radio"/> ] 外部監査`,
  '',
  '(別添2)変更箇所',
  '',
  `変更日${T}項目${T}変更前の記載${T}変更後の記載${T}提出時期${T}提出時期に係る説明`,
  `令和2年4月1日${T}I 6②所属長${T}山田 太郎${T}鈴木 花子${T}事後${T}`,
  `${T}II 4委託事項3${T}追加${T}窓口業務${T}事前${T}重要な変更に当たるため`,
  `2021/3/30${T}V 1①実施日${T}43190${T}44285${T}事後`,
].join('\n');

describe('TAB reader', () => {
  const f = fields(JUTEN);

  it('detects the kind from the title and reads the cover header row', () => {
    expect(f.get('meta.kind')).toBe('juten');
    expect(f.get('cover.evaluationNo')).toBe('12');
    expect(f.get('cover.evaluationName')).toBe('住民基本台帳事務 重点項目評価書');
    expect(f.get('cover.published')).toEqual({ raw: '令和5年10月2日', iso: '2023-10-02' });
  });

  it('reads section-title values on the next row and choices in every shape', () => {
    expect(f.get('II[1].1.fileName')).toBe('住民記録ファイル');
    expect(f.get('II[1].2.fileType')).toEqual({ value: 'system', raw: 'システム用ファイル' });
    expect(f.get('II[1].2.subjectCount')).toEqual({ value: 'from10kTo100k', raw: '1万人以上10万人未満' });
    expect(f.get('II[1].2.holdingStart')).toEqual({ raw: '平成27年10月', iso: '2015-10' });
    expect(f.get('II[1].3.userDept')).toBe('市民課');
    expect(f.get('II[1].3.userCount')).toEqual({ value: 'from10To50', raw: '10人以上50人未満' });
  });

  it('reads checkbox lists with their free text', () => {
    expect(f.get('II[1].3.sources')).toEqual({
      self: { checked: true },
      otherDept: { checked: false, text: null },
      privateSector: { checked: false, text: null },
    });
  });

  it('reads the outsourcing count, slots by printed number, merged labels and row-span groups', () => {
    expect(f.get('II[1].4.has')).toEqual({ value: 'outsource', raw: '委託する' });
    expect(f.get('II[1].4.count')).toBe(3);
    expect(f.get('II[1].4.item[1].title')).toBe('住民記録システム保守業務');
    expect(f.get('II[1].4.item[1].content')).toBe('システムの保守');
    expect(f.get('II[1].4.item[1].contractor')).toBe('株式会社サンプル');
    expect(f.get('II[1].4.item[1].subcontract')).toEqual({ value: 'subcontract', raw: '再委託する' });
    expect(f.get('II[1].4.item[1].subcontractPermission')).toBe('書面により承認する。');
    expect(f.get('II[1].4.item[1].subcontractWork')).toBe('運用の一部');
    expect(f.get('II[1].4.item[3].title')).toBe('窓口業務');
    expect(f.get('II[1].4.item[3].contractor')).toBe('—');
  });

  it('resolves generic labels by risk', () => {
    expect(f.get('III[1].3.linkage.measures')).toBe('アクセス制御を行う。');
    expect(f.get('III[1].3.linkage.adequate')).toEqual({ value: 'sufficient', raw: '十分である' });
    expect(f.get('III[1].3.unauthorizedUse.userAuth')).toEqual({ value: 'doing', raw: '行っている' });
    expect(f.get('III[1].3.unauthorizedUse.userAuthHow')).toBe('ID とパスワードで認証する。');
    expect(f.get('III[1].3.unauthorizedUse.otherMeasures')).toBe('—');
    expect(f.get('III[1].3.unauthorizedUse.adequate')).toEqual({ value: 'focused', raw: '特に力を入れている' });
  });

  it('reads opt-out boxes on heading rows and radios as the attribute says', () => {
    expect(f.get('III[1].4.optOut')).toBe(false);
    expect(f.get('III.8.audit')).toEqual({ selfCheck: { checked: true }, internal: { checked: false }, external: { checked: false } });
  });

  it('reads change-log rows, shifted rows and their markers', () => {
    expect(f.get('annex.changes[1].date')).toEqual({ raw: '令和2年4月1日', iso: '2020-04-01' });
    expect(f.get('annex.changes[1].item')).toBe('I 6②所属長');
    expect(f.get('annex.changes[1].before')).toBe('山田 太郎');
    expect(f.get('annex.changes[1].after')).toBe('鈴木 花子');
    expect(f.get('annex.changes[1].timing')).toEqual({ value: 'after', raw: '事後' });
    expect(f.get('annex.changes[2].before')).toBe('追加');
    expect(f.get('annex.changes[2].timing')).toEqual({ value: 'before', raw: '事前' });
    expect(f.get('annex.changes[2].timingNote')).toBe('重要な変更に当たるため');
    expect(f.get('annex.changes[3].date')).toEqual({ raw: '2021/3/30', iso: '2021-03-30' });
    expect(f.get('annex.changes[3].before')).toBe('43190');
  });

  it('produces schema-valid JSON', () => {
    const r = importRendering(JUTEN);
    expect(validateAssessment(JSON.parse(JSON.stringify(r.assessment))).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('says what it lost: missing slot 2 (count 3), missing blocks, unknown fields', () => {
    const r = importRendering(JUTEN);
    const ids = r.notes.map((n) => `${n.messageId} ${n.fieldId}`);
    expect(ids).toContain('slotMissing II[1].4.item[2]');
    expect(ids.some((x) => x.startsWith('blockNotFound I.'))).toBe(true);
    expect(r.unknownFields.has('II[1].4.item[2].contractor')).toBe(true);
    expect(r.unknownFields.has('II[1].4.item[1].contractor')).toBe(false);
  });
});

describe('positions', () => {
  const r = importRendering(JUTEN);
  const at = (pointer: string): string | undefined => {
    const range = r.valueRanges.get(pointer);
    return range ? JUTEN.slice(range.start, range.end) : undefined;
  };

  it('points values, raw texts, boxes and labels at the rendering', () => {
    expect(at('/II[1]/4/item[1]/contractor')).toBe('株式会社サンプル');
    expect(at('/II[1]/4/item[1]/subcontract/raw')).toBe('再委託する');
    expect(at('/II[1]/4/count')).toBe('3');
    expect(at('/II[1]/2/holdingStart/raw')).toBe('平成27年10月');
    expect(at('/II[1]/3/sources/self')).toContain('本人又は本人の代理人');
    const label = r.labelRanges.get('II[1].4.item[1].subcontract');
    expect(label && JUTEN.slice(label.start, label.end)).toBe('④再委託の有無 ※');
  });

  it('marks verbatim strings exact and text rebuilt from HTML not', () => {
    expect(r.exactStrings.has('/II[1]/4/item[1]/contractor')).toBe(true);
    expect(r.exactStrings.has('/II[1]/2/fileType/raw')).toBe(true);
    const html = importRendering(`## II 特定個人情報ファイルの概要\n2. 基本情報${T}\n③対象となる本人の範囲 ※${T}<p>住民</p><p>&lt;注&gt;</p>`);
    expect(html.assessment['II[1]']).toMatchObject({ '2': { subjectScope: '住民\n<注>' } });
    expect(html.exactStrings.has('/II[1]/2/subjectScope')).toBe(false);
  });
});

describe('zenko shapes', () => {
  const ZENKO = [
    '特定個人情報保護評価書(全項目評価書)',
    '',
    'Ⅱ 特定個人情報ファイルの概要',
    '4. 特定個人情報ファイルの取扱いの委託',
    `委託の有無 ※${T}[委託する] <選択肢> 1) 委託する 2) 委託しない (1) 件`,
    `委託事項1${T}電算処理業務`,
    `②取扱いを委託する特定個人情報ファイルの範囲${T}<input type="checkbox"/> 特定個人情報ファイルの一部 <small><選択肢></small> 1) 特定個人情報ファイルの全体 2) 特定個人情報ファイルの一部`,
    `${T}対象となる本人の数${T}<選択肢> 1) 1万人未満 2) 1万人以上10万人未満`,
    `${T}その妥当性${T}必要な範囲に限る。`,
    `④委託先への特定個人情報ファイルの提供方法${T}[] 専用線 [○] その他 (閉域網)`,
    '',
    'IV その他のリスク対策 ※',
    '1. 監査',
    `①自己点検${T}[十分に行っている] <選択肢> 1) 特に力を入れて行っている 2) 十分に行っている`,
    '',
    'VI 評価実施手続',
    '2. 国民・住民等からの意見の聴取',
    `②実施日・期間${T}令和8年1月5日から2月3日までの30日間`,
  ].join('\n');
  const r = importRendering(ZENKO);
  const f = fields(ZENKO);

  it('detects zenko and maps its numbering to the canonical ids', () => {
    expect(r.assessment.meta.kind).toBe('zenko');
    expect(f.get('II[1].4.item[1].fileScope')).toEqual({ value: 'part', raw: '特定個人情報ファイルの一部' });
    expect(f.get('II[1].4.item[1].scopeValidity')).toBe('必要な範囲に限る。');
    expect(f.get('II[1].4.item[1].deliveryMethod')).toEqual({ dedicatedLine: { checked: false }, other: { checked: true, text: '閉域網' } });
    expect(f.get('III.8.selfCheck')).toEqual({ value: 'sufficient', raw: '十分に行っている' });
    expect(f.get('V.2.period')).toBe('令和8年1月5日から2月3日までの30日間');
  });

  it('keeps a choice with no printed value unknown, with a note', () => {
    expect(f.get('II[1].4.item[1].scopeSubjectCount')).toEqual({ value: null, raw: null });
    expect(r.unknownFields.has('II[1].4.item[1].scopeSubjectCount')).toBe(true);
    expect(r.notes.some((n) => n.messageId === 'choiceNoValue' && n.fieldId === 'II[1].4.item[1].scopeSubjectCount')).toBe(true);
  });
});

describe('three states stay distinct', () => {
  it('keeps missing, empty and dash apart', () => {
    const text = [
      '特定個人情報保護評価書(重点項目評価書)',
      '## I 基本情報',
      `7. 他の評価実施機関${T}`,
      `—${T}`,
      '## V 評価実施手続',
      `2. 国民・住民等からの意見の聴取【任意】${T}`,
      `①方法${T}`,
      `②実施日・期間${T}－`,
    ].join('\n');
    const r = importRendering(text);
    const f = fields(text);
    expect(f.get('I.7.otherOrgs')).toBe('—');
    expect(f.get('V.2.method')).toBeNull();
    expect(f.get('V.2.period')).toBe('－');
    expect(f.has('V.2.opinions')).toBe(false);
    expect(r.unknownFields.has('V.2.opinions')).toBe(true);
    expect(r.unknownFields.has('V.2.method')).toBe(false);
  });
});

describe('other shapes', () => {
  it('reads Markdown pipe tables like TAB cells', () => {
    const text = [
      '# 特定個人情報保護評価書(重点項目評価書)',
      '',
      '| 評価書番号 | 評価書名 |',
      '|---|---|',
      '| 3 | 税務事務 重点項目評価書 |',
      '',
      '## V 評価実施手続',
      '| 1. 基礎項目評価 | |',
      '| ①実施日 | 令和4年7月1日 |',
    ].join('\n');
    const r = importRendering(text);
    expect(r.sourceKind).toBe('markdown');
    expect(r.assessment.cover).toMatchObject({ evaluationNo: '3', evaluationName: '税務事務 重点項目評価書' });
    expect(r.assessment.V).toMatchObject({ '1': { date: { raw: '令和4年7月1日', iso: '2022-07-01' } } });
  });

  it('numbers the blocks of a second file by its file name', () => {
    const text = [
      '特定個人情報保護評価書(重点項目評価書)',
      '## II 特定個人情報ファイルの概要',
      `1. 特定個人情報ファイル名${T}`,
      `住民ファイル${T}`,
      `⑥事務担当部署${T}市民課`,
      `1. 特定個人情報ファイル名${T}`,
      `税ファイル${T}`,
      `⑥事務担当部署${T}税務課`,
      '### Ⅲ リスク対策 ※(7. ②を除く。)',
      `1. 特定個人情報ファイル名${T}`,
      `住民ファイル${T}`,
    ].join('\n');
    const f = fields(text);
    expect(f.get('II[1].1.fileName')).toBe('住民ファイル');
    expect(f.get('II[1].2.dept')).toBe('市民課');
    expect(f.get('II[2].1.fileName')).toBe('税ファイル');
    expect(f.get('II[2].2.dept')).toBe('税務課');
    expect(f.get('III[1].1.fileName')).toBe('住民ファイル');
  });

  it('keeps the first of a row printed twice and says so when they differ', () => {
    const text = [
      '特定個人情報保護評価書(重点項目評価書)',
      '### Ⅲ リスク対策 ※(7. ②を除く。)',
      `9. 従業者に対する教育・啓発${T}`,
      `従業者に対する教育・啓発${T}[ 十分に行っている ] <選択肢> 1) 特に力を入れて行っている 2) 十分に行っている`,
      `9. 従業者に対する教育・啓発${T}`,
      `従業者に対する教育・啓発${T}[ 特に力を入れて行っている ] <選択肢> 1) 特に力を入れて行っている`,
    ].join('\n');
    const r = importRendering(text);
    expect(fields(text).get('III.9.training')).toEqual({ value: 'sufficient', raw: '十分に行っている' });
    expect(r.notes.some((n) => n.messageId === 'duplicateDiffers' && n.fieldId === 'III.9.training')).toBe(true);
  });

  it('never throws on a label with a missing slot header: the value is not placed', () => {
    const text = ['特定個人情報保護評価書(重点項目評価書)', '## II 特定個人情報ファイルの概要', `③委託先名${T}株式会社X`].join('\n');
    const r = importRendering(text);
    expect(formatFields(r.assessment)).not.toContain('株式会社X');
  });
});
