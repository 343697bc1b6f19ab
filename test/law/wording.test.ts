import { findStaleChukanServerSentence } from '../../src/law/chukan-server.js';
import { checkCloudWording } from '../../src/law/cloud.js';
import { findHokenshoAsCurrent } from '../../src/law/hokensho.js';
import { findOrdinanceAsOperative } from '../../src/law/ordinance.js';
import { dayAfter, dayBefore } from '../../src/law/dates.js';

// ---- §1.3 中間サーバー sentence ---------------------------------------------------------------------

const SENTENCE = (basis: string) =>
  `（※2）${basis}に基づき、事務手続きごとに情報照会者、情報提供者、照会・提供可能な特定個人情報をリスト化したもの`;
const A = '番号法別表第2及び第19条第14号';
const B = '番号法別表第二及び第19条第8号';
const C = '番号法別表第二及び第19条第9号';
const D = '番号法第19条第8号に基づく主務省令第2条の表及び第19条第9号';
const WRONG = '番号法別表第2及び第19条第15号';

/** [boundary, text valid before it, text valid from it]. */
const CHUKAN_BOUNDARIES: [string, string, string, string, string][] = [
  ['2017-05-30', A, B, 'A', 'B'],
  ['2021-09-01', B, C, 'B', 'C'],
  ['2024-05-27', C, D, 'C', 'D'],
];

describe('findStaleChukanServerSentence (§1.3)', () => {
  test.each(CHUKAN_BOUNDARIES)('around %s', (boundary, older, newer, olderPeriod, newerPeriod) => {
    const day = (d: string) => findStaleChukanServerSentence(SENTENCE(older), d);
    expect(day(dayBefore(boundary))).toEqual([]);
    for (const d of [boundary, dayAfter(boundary)]) {
      const [f] = day(d);
      expect(f).toMatchObject({ text: older, reason: 'superseded', expectedPeriod: newerPeriod, citedPeriods: [olderPeriod], verified: false });
      expect(f!.expected.replace(/第二/, '第2')).toBe(newer.replace(/第二/, '第2'));
    }
    // The newer wording before its time is an anachronism.
    expect(findStaleChukanServerSentence(SENTENCE(newer), dayBefore(boundary))[0]).toMatchObject({ reason: 'notYetInForce', expectedPeriod: olderPeriod });
    expect(findStaleChukanServerSentence(SENTENCE(newer), boundary)).toEqual([]);
  });

  test('「第19条第15号」 is wrong in every period', () => {
    for (const d of ['2016-06-01', '2019-01-01', '2022-01-01', '2025-01-01']) {
      expect(findStaleChukanServerSentence(SENTENCE(WRONG), d)[0]).toMatchObject({ reason: 'neverValid', citedPeriods: [] });
    }
  });

  test('exact span and the digit style of the original', () => {
    const text = `前文。${SENTENCE('番号法別表第２及び第１９条第１５号')}`;
    const [f] = findStaleChukanServerSentence(text, '2025-01-01');
    expect(text.slice(f!.start, f!.end)).toBe('番号法別表第２及び第１９条第１５号');
    expect(f!.expected).toBe('番号法第１９条第８号に基づく主務省令第２条の表及び第１９条第９号');
    const [g] = findStaleChukanServerSentence(SENTENCE(A), '2022-01-01');
    expect(g!.expected).toBe('番号法別表第2及び第19条第9号');
  });

  test('the seed variant with a stray parenthesis is the period D text', () => {
    expect(findStaleChukanServerSentence(SENTENCE('番号法第19条第8号に基づく(主務省令第2条の表及び第19条第9号'), '2025-01-01')).toEqual([]);
  });

  test('other sentences with the same citations are left alone', () => {
    expect(findStaleChukanServerSentence(`${A}に基づき提供する。`, '2025-01-01')).toEqual([]);
  });

  test('before the timeline, or a month with a change inside, says nothing', () => {
    expect(findStaleChukanServerSentence(SENTENCE(WRONG), '2015-01-01')).toEqual([]);
    expect(findStaleChukanServerSentence(SENTENCE(C), '2024-05')).toEqual([]);
    expect(findStaleChukanServerSentence(SENTENCE(C), '2024-06')).toHaveLength(1);
  });
});

// ---- P17 local ordinances --------------------------------------------------------------------------

describe('findOrdinanceAsOperative (P17)', () => {
  const operative = '越谷市個人情報保護条例第14条に基づき、必要事項を記載した開示請求書を提出する。';

  test.each([
    ['2023-03-31', 0],
    ['2023-04-01', 1],
    ['2023-04-02', 1],
  ])('on %s', (day, count) => {
    expect(findOrdinanceAsOperative(operative, day)).toHaveLength(count);
  });

  test('what a finding carries', () => {
    const [f] = findOrdinanceAsOperative(operative, '2024-01-01');
    expect(f).toMatchObject({
      start: 0,
      text: '越谷市個人情報保護条例第14条',
      ordinanceName: '越谷市個人情報保護条例',
      body: '越谷市',
      operativeBy: 'article',
      suggestion: { law: '個人情報の保護に関する法律', ordinance: '越谷市個人情報の保護に関する法律施行条例' },
      verified: true,
    });
  });

  test('phrase and mention', () => {
    expect(findOrdinanceAsOperative('川崎市個人情報保護条例に基づく開示・訂正等の請求を受け付ける。', '2025-01-01')[0]!.operativeBy).toBe('phrase');
    expect(findOrdinanceAsOperative('参考：川崎市個人情報保護条例', '2025-01-01')[0]!.operativeBy).toBe('mention');
  });

  test.each([
    '旧越谷市個人情報保護条例第14条に基づく請求',
    '廃止前の越谷市個人情報保護条例による',
    '越谷市個人情報保護条例は令和5年3月31日をもって廃止された。',
    '越谷市個人情報保護条例から個人情報の保護に関する法律へ移行した。',
    '従前の越谷市個人情報保護条例の規定による',
    '個人情報の保護に関する法律及び川崎市個人情報の保護に関する法律施行条例に基づく開示・訂正等の請求を受け付ける。',
  ])('historical or current: %s', (text) => {
    expect(findOrdinanceAsOperative(text, '2025-01-01')).toEqual([]);
  });

  test('a month straddling the change is not judged', () => {
    expect(findOrdinanceAsOperative(operative, '2023-03')).toEqual([]);
    expect(findOrdinanceAsOperative(operative, '2023-04')).toHaveLength(1);
  });
});

// ---- P18 被保険者証 ---------------------------------------------------------------------------------

describe('findHokenshoAsCurrent (P18)', () => {
  const current = '国保被保険者の情報を基に、被保険者証等を手渡しか郵送で交付する。';

  test.each([
    ['2024-12-01', 0],
    ['2024-12-02', 1],
    ['2024-12-03', 1],
  ])('on %s', (day, count) => {
    expect(findHokenshoAsCurrent(current, day)).toHaveLength(count);
  });

  test('what a finding carries', () => {
    const [f] = findHokenshoAsCurrent(current, '2025-01-01');
    expect(f).toMatchObject({ text: '被保険者証', start: current.indexOf('被保険者証'), confidence: 'high', suggestion: '資格確認書', verified: false });
  });

  test('low confidence without an issuing verb', () => {
    expect(findHokenshoAsCurrent('・埼玉県国民健康保険被保険者証・高齢受給者証の管理', '2025-01-01')[0]!.confidence).toBe('low');
  });

  test.each([
    '被保険者証の廃止に伴い、資格確認書を交付する。',
    '経過措置により、令和6年12月1日時点で有効な被保険者証は最長1年間使用できる。',
    '令和6年12月2日以降は被保険者証を発行しない。',
    '介護保険被保険者証を交付する。',
    '第1号被保険者の被保険者証を交付する。',
    '被保険者証記号・番号を記録する。',
    'マイナ保険証の利用を促進する。',
    'マイナンバーカードの健康保険証利用登録を案内する。',
    '旧被保険者証を回収する。',
    '資格情報通知書を送付する。',
  ])('not the current card: %s', (text) => {
    expect(findHokenshoAsCurrent(text, '2025-01-01')).toEqual([]);
  });
});

// ---- §3.6 cloud ---------------------------------------------------------------------------------------

describe('checkCloudWording (§3.6)', () => {
  test('no cloud, nothing to check', () => {
    expect(checkCloudWording('中間サーバー・プラットフォームはデータセンターに設置しており…')).toMatchObject({ cloudDescribed: false, missing: [] });
  });

  test('a non-GC cloud with nothing: every required item is missing', () => {
    const r = checkCloudWording('システムはクラウド上で運用する。');
    expect(r).toMatchObject({ cloudDescribed: true, governmentCloud: false, otherCloud: true });
    expect(r.missing).toEqual(['ismap', 'sharedResponsibility', 'iso27017', 'iso27018', 'dataInJapan', 'governmentPolicy']);
    expect(r.missingOptional).toEqual(['physicalSecurity', 'controlsConfirmed', 'backupLocation']);
    expect(r.mentions).toEqual([{ start: 5, end: 9, text: 'クラウド' }]);
  });

  test('the seed template wording satisfies the non-GC checklist (full-width letters too)', () => {
    const text = [
      'クラウド事業者が保有・管理する環境に設置する場合、設置場所のセキュリティ対策はクラウド事業者が実施することになるため、クラウド事業者は、次を満たすものとする。',
      '・ＩＳＯ／ＩＥＣ２７０１７又はCSマーク・ゴールドの認証及びISO/IEC27018の認証を取得していること',
      '・セキュリティ管理策が適切に実施されていることが確認できること',
      '・日本国内でのデータ保管を条件としていること',
      '・上記のほか、『政府情報システムにおけるクラウドサービスの利用に係る基本方針』等による各種条件を満たしていること。',
      'クラウド事業者が提供するクラウドサービスは、政府情報システムのためのセキュリティ評価制度（ISMAP）に基づくクラウドサービスリストに掲載されているものとする。',
      '開発者および運用者は、クラウド事業者が提示する責任共有モデルを理解し、OSから上のレイヤーに対して、セキュリティを確保する。',
      'バックアップも日本国内に設置された複数のデータセンターのうち本番環境とは別のデータセンター内に保存される。',
    ].join('\n');
    const r = checkCloudWording(text);
    expect(r.missing).toEqual([]);
    expect(r.missingOptional).toEqual([]);
  });

  test('ガバメントクラウド: its own items; generic cloud words do not make it a second cloud', () => {
    const text =
      'ガバメントクラウドについては政府情報システムのセキュリティ制度（ISMAP）のリストに登録されたクラウドサービスから調達する。' +
      'クラウド事業者にはアクセスが制御されている。既存の環境からガバメントクラウドへ移行する。';
    const r = checkCloudWording(text);
    expect(r).toMatchObject({ governmentCloud: true, otherCloud: false });
    expect(r.present).toEqual(['ismap', 'gcAccess']);
    expect(r.missing).toEqual(['sharedResponsibility', 'gcResponsibility', 'deletion']);
    expect(r.missingOptional).toEqual(['backupLocation', 'migration']);
  });

  test('ガバメントクラウド plus a named other cloud needs both sets', () => {
    const r = checkCloudWording('ガバメントクラウドを利用し、一部はパブリッククラウドのSaaSを利用する。');
    expect(r).toMatchObject({ governmentCloud: true, otherCloud: true });
    expect(r.missing).toEqual(expect.arrayContaining(['iso27017', 'gcResponsibility']));
  });

  test('the GC responsibility statement of the seed', () => {
    const text =
      'ガバメントクラウド上での業務データの取扱いについては、当該業務データを保有する地方公共団体及びその業務データの取扱いについて委託を受けるASP又はガバメントクラウド運用管理補助者が責任を有する。' +
      'NIST 800-88、ISO/IEC27001等に準拠しながら確実にデータを消去する。責任分界を定める。ISMAP。';
    expect(checkCloudWording(text).missing).toEqual([]);
  });

  test('クラウドファンディング is not a cloud', () => {
    expect(checkCloudWording('クラウドファンディングで資金を募る。').cloudDescribed).toBe(false);
  });
});
