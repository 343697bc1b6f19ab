import {
  editDistance,
  fieldsByLabel,
  getBoxList,
  getEnum,
  getFieldDef,
  labelMatches,
  matchBox,
  matchOption,
  nearestOption,
  normalizeForMatch,
  riskHeadingMatches,
} from '../../src/model/index.js';

const enumOf = (name: string) => getEnum(name)!;

describe('normalizeForMatch (§8 steps 1–4)', () => {
  it.each([
    // 1. NFKC: full-width digits, brackets, colons, tildes, Roman and circled numerals.
    ['１．特定個人情報ファイルを取り扱う事務', '1.特定個人情報ファイルを取り扱う事務'],
    ['その他の電子ファイル（表計算ファイル等）', 'その他の電子ファイル(表計算ファイル等)'],
    ['リスク１：　目的外の入手', 'リスク1:目的外の入手'],
    ['Ⅲ　リスク対策', 'IIIリスク対策'],
    ['委託事項2～5', '委託事項2~5'],
    ['⑤再委託の許諾方法', '5再委託の許諾方法'],
    // 2. NBSP and U+3000 and every other whitespace go.
    ['[\u00A0十分である\u00A0]', '[十分である]'],
    ['無 料', '無料'],
    ['①ファイルの種類\u3000※', '1ファイルの種類'],
    // 3. ASCII tags and leading Markdown #.
    ['<b>7. 備考</b>', '7.備考'],
    ['<div style="text-align: center;"> 具体的な管理方法 </div>', '具体的な管理方法'],
    ['## II 特定個人情報ファイルの概要', 'II特定個人情報ファイルの概要'],
    // …but Japanese in angle brackets is content, escaped or not.
    ['<いわき市における措置>', '<いわき市における措置>'],
    ['&lt;国保連合会から入手する情報&gt;', '<国保連合会から入手する情報>'],
    ['＜選択肢＞', '<選択肢>'],
    ['a&nbsp;b &amp; c', 'ab&c'],
    // 4. The marks.
    ['④再委託の有無 ※', '4再委託の有無'],
    ['2. 国民・住民等からの意見の聴取【任意】', '2.国民・住民等からの意見の聴取'],
    ['4. 個人情報保護委員会の承認【行政機関等のみ】', '4.個人情報保護委員会の承認'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });
});

describe('matchOption', () => {
  it('matches exactly, never by substring', () => {
    expect(matchOption(enumOf('OUTSOURCE'), '委託する')?.name).toBe('outsource');
    // 委託する ⊂ 再委託する: neither enum takes the other's text.
    expect(matchOption(enumOf('OUTSOURCE'), '再委託する')).toBeUndefined();
    expect(matchOption(enumOf('SUBCONTRACT'), '委託する')).toBeUndefined();
    expect(matchOption(enumOf('SUBCONTRACT'), '再委託しない')?.name).toBe('noSubcontract');
    // 行っている ⊂ 十分に行っている.
    expect(matchOption(enumOf('DOING'), '十分に行っている')).toBeUndefined();
    expect(matchOption(enumOf('PRACTICE'), '行っている')).toBeUndefined();
    expect(matchOption(enumOf('PRACTICE'), '十分に行っていない')?.name).toBe('insufficient');
    // A whole option line is not a value.
    expect(matchOption(enumOf('ADEQUACY'), '1) 特に力を入れている 2) 十分である')).toBeUndefined();
  });

  it('folds width, spaces and one pair of enclosing brackets', () => {
    expect(matchOption(enumOf('FILE_TYPE'), 'その他の電子ファイル（表計算ファイル等）')?.name).toBe('otherElectronic');
    expect(matchOption(enumOf('FEE'), '無 料')?.name).toBe('free');
    expect(matchOption(enumOf('ADEQUACY'), '[ 十分である ]')?.name).toBe('sufficient');
    expect(matchOption(enumOf('ADEQUACY'), '［\u3000十分である\u3000］')?.name).toBe('sufficient');
    expect(matchOption(enumOf('TARGET_COUNT'), '１，０００人以上１万人未満')?.name).toBe('from1kTo10k');
    expect(
      matchOption(enumOf('THRESHOLD_JUTEN'), '基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）')?.name,
    ).toBe('kisoOnly');
    expect(matchOption(enumOf('ADEQUACY'), '   ')).toBeUndefined();
  });

  it('takes aliases', () => {
    // A zenko rendering prints PRACTICE option 1 in ADEQUACY's words.
    expect(matchOption(enumOf('PRACTICE'), '特に力を入れている')?.name).toBe('focused');
    expect(matchOption(enumOf('PRACTICE'), '特に力を入れて行っている')?.name).toBe('focused');
  });

  it('offers only the options the kind prints', () => {
    expect(matchOption(enumOf('TARGET_COUNT'), '30万人以上', 'zenko')?.name).toBe('ge300k');
    expect(matchOption(enumOf('TARGET_COUNT'), '30万人以上', 'juten')).toBeUndefined();
    expect(matchOption(enumOf('TARGET_COUNT'), '30万人以上')?.name).toBe('ge300k');
  });
});

describe('nearestOption', () => {
  it('suggests the closest option for a typo', () => {
    expect(nearestOption(enumOf('PRACTICE'), '十分に行なっている')?.name).toBe('sufficient');
    expect(nearestOption(enumOf('ADEQUACY'), '十分でる')?.name).toBe('sufficient');
    expect(nearestOption(enumOf('INCIDENT'), '発生無し')?.name).toBe('none');
  });

  it('returns an exact match as is', () => {
    expect(nearestOption(enumOf('SUBCONTRACT'), '再委託する')?.name).toBe('subcontract');
  });

  it('suggests nothing for far-off text or a tie', () => {
    expect(nearestOption(enumOf('OUTSOURCE'), '国民健康保険事務に係る業務委託')).toBeUndefined();
    expect(nearestOption(enumOf('ADEQUACY'), '')).toBeUndefined();
    // One edit from 実施する, two from 実施しない: a clear winner.
    expect(nearestOption(enumOf('NWS_IMPL'), '実施す')?.name).toBe('implement');
    expect(nearestOption(enumOf('DOING'), '行ってい')?.name).toBe('doing');
    // One edit from both 有料 and 無料: no guess.
    expect(nearestOption(enumOf('FEE'), '料')).toBeUndefined();
  });

  it('measures edit distance in code points', () => {
    expect(editDistance('十分である', '十分でる')).toBe(1);
    expect(editDistance('𠮷野', '吉野')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('labels and boxes', () => {
  it('matches a field label by its wording or an alias', () => {
    const headTitle = getFieldDef('I.6.headTitle')!.labels.kiso!;
    expect(labelMatches(headTitle, '②所属長の役職名')).toBe(true);
    expect(labelMatches(headTitle, '②所属長')).toBe(true);
    expect(labelMatches(headTitle, '②所属長の役職')).toBe(false);
    expect(labelMatches('③使用目的', '<p>③使用目的 ※</p>')).toBe(true);
    expect(labelMatches('③使用目的', '')).toBe(false);
    const training = getFieldDef('III.9.training')!.labels.juten!;
    expect(labelMatches(training, '従業員に対する教育・啓発')).toBe(true);
  });

  it('finds fields by their printed label per kind', () => {
    expect(fieldsByLabel('⑤再委託の許諾方法', 'juten').map((d) => d.id)).toEqual(['II[f].4.item[n].subcontractPermission']);
    expect(fieldsByLabel('⑤再委託の許諾方法', 'zenko')).toEqual([]);
    expect(fieldsByLabel('⑧再委託の許諾方法', 'zenko').map((d) => d.id)).toEqual(['II[f].4.item[n].subcontractPermission']);
    expect(fieldsByLabel('<p>①保管場所 ※</p>', 'zenko').map((d) => d.id)).toEqual(['II[f].6.place']);
    expect(fieldsByLabel('保管場所 ※', 'juten').map((d) => d.id)).toEqual(['II[f].6.place']);
    expect(fieldsByLabel('②法律上の根拠', 'juten').map((d) => d.id)).toEqual(['I.5.legalBasis']);
    // A generic label matches every field that prints it: the caller narrows by context.
    expect(fieldsByLabel('リスクへの対策は十分か', 'zenko').length).toBeGreaterThan(10);
    expect(fieldsByLabel('再委託先による特定個人情報ファイルの適切な取扱いの確保', 'juten').map((d) => d.id)).toEqual([
      'III[f].4.subcontractAssurance',
    ]);
  });

  it('matches a risk heading, corrupted variants included', () => {
    expect(riskHeadingMatches('III[1].2.outOfScope.adequate', 'zenko', 'リスク１：　目的外の入手が行われるリスク')).toBe(true);
    expect(riskHeadingMatches('III[1].2.outOfScope.adequate', 'juten', 'リスク： 目的外の入手が行われるリスク')).toBe(true);
    expect(riskHeadingMatches('III[1].2.inaccurate.accuracy', 'zenko', '入手した特定個人情報 that 不正確であるリスク')).toBe(true);
    expect(
      riskHeadingMatches('III[1].3.linkage.measures', 'juten', 'リスク1： 目的を超えた紐付け、事務に必要な情報との紐付けが行われるリスク'),
    ).toBe(true);
    expect(riskHeadingMatches('III[1].2.outOfScope.adequate', 'zenko', '不正な提供が行われるリスク')).toBe(false);
    expect(riskHeadingMatches('III[1].4.adequate', 'zenko', 'リスク')).toBe(false);
  });

  it('matches boxes by label, with aliases and width folding', () => {
    const mainItems = getBoxList('MAIN_ITEMS')!;
    expect(matchBox(mainItems, '5情報（氏名、氏名の振り仮名、性別、生年月日、住所）')?.name).toBe('basicInfo');
    expect(matchBox(mainItems, '4情報(氏名、性別、生年月日、住所)')?.name).toBe('basicInfo');
    expect(matchBox(mainItems, '個人番号')?.name).toBe('myNumber');
    // 個人番号 ⊂ 個人番号対応符号: exact only.
    expect(matchBox(mainItems, '個人番号対応符号')?.name).toBe('myNumberCode');
    expect(matchBox(mainItems, '番号')).toBeUndefined();
    expect(matchBox(getBoxList('ACQ_METHODS')!, '電子記録媒体（フラッシュメモリを除く。）')?.name).toBe('media');
  });
});
