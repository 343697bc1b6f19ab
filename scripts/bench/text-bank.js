/**
 * Realistic wording for the bench corpus: sentences and list items taken from the valid fixtures
 * (themselves written in the style of published assessments), with the fictional place names swapped
 * for others so that documents differ. Nothing here is invented prose: the generator only recombines.
 */

/** Fictional municipality stems (none is meant to be a real place). */
const TOWN_STEMS = ['青葉', '桜川', '北浜', '南山', '東原', '西岡', '若葉', '緑丘', '白石', '高森', '中川', '朝日', '星野', '小松原', '大川', '松風', '藤野', '美原', '千草', '本郷'];
const PREFECTURE_STEMS = ['東海', '北陸', '南海', '中央', '西海', '北央'];

export const PROVIDE_RECIPIENTS = [
  '全国健康保険協会',
  '健康保険組合',
  '後期高齢者医療広域連合',
  '国家公務員共済組合',
  '地方公務員共済組合',
  '日本私立学校振興・共済事業団',
  '都道府県知事',
  '市町村長',
  '厚生労働大臣',
  '日本年金機構',
  '独立行政法人日本学生支援機構',
  '国民健康保険組合',
];

export const TRANSFER_RECIPIENTS = [
  '福祉部 生活福祉課',
  '福祉部 障害福祉課',
  '健康部 健康づくり課',
  'こども部 こども家庭課',
  '市民生活部 市民課',
  '財務部 市民税課',
  '財務部 納税課',
  '福祉部 介護保険課',
  '教育委員会 学務課',
  '都市建設部 住宅課',
];

export const RECORD_ITEMS = [
  '個人番号', '団体内統合宛名番号', '氏名', '氏名の振り仮名', '性別', '生年月日', '住所', '続柄', '世帯番号',
  '資格取得年月日', '資格喪失年月日', '異動事由', '届出年月日', '課税年度', '総所得金額', '給与収入額',
  '公的年金等収入額', '診療年月', '費用額', '支給決定額', '金融機関コード', '支店コード', '預金種目',
  '口座番号', '口座名義人（カナ）', '減免区分', '軽減区分', '交付年月日', '回収年月日', '備考',
];

export const RECORD_GROUPS = ['【世帯情報】', '【被保険者情報】', '【賦課情報】', '【所得情報】', '【給付情報】', '【口座情報】', '【交付履歴】', '【申請情報】', '【判定情報】', '【履歴情報】'];

function collectStrings(node, out) {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const v of node) collectStrings(v, out);
  // Not the annexes: the 変更前の記載 of the change log holds superseded citations, stale anywhere else.
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) if (k !== '$schema' && k !== 'raw' && k !== 'annex') collectStrings(v, out);
}

/** Splits free text into sentences (on 。 and line breaks), keeping the ones long enough to read as prose. */
function sentencesOf(text) {
  return text
    .split(/\n|(?<=。)/)
    .map((s) => s.trim())
    // Cloud sentences come in sets (cloud-wording asks for ISMAP, shared responsibility, erasure …):
    // one of them alone elsewhere would be a finding.
    .filter((s) => s.length >= 20 && !/^[【＜<]/.test(s) && !s.includes('クラウド'));
}

export class TextBank {
  /** @param fixtures the valid documents (parsed JSON) to take wording from */
  constructor(fixtures) {
    const strings = [];
    for (const doc of fixtures) collectStrings(doc, strings);
    const seen = new Set();
    this.sentences = [];
    for (const s of strings.flatMap(sentencesOf)) {
      if (seen.has(s)) continue;
      seen.add(s);
      this.sentences.push(s);
    }
    this.bullets = this.sentences.filter((s) => s.startsWith('・'));
    this.prose = this.sentences.filter((s) => !s.startsWith('・'));
  }

  /** A place for this document: the names that replace 架空市 / 架空県. */
  place(random) {
    const town = `${random.pick(TOWN_STEMS)}${random.chance(0.8) ? '市' : '町'}`;
    const prefecture = `${random.pick(PREFECTURE_STEMS)}県`;
    return { town, prefecture };
  }

  /** Swaps the fixtures' fictional names for the document's own. */
  localize(text, place) {
    return text.replace(/架空市/g, place.town).replace(/架空県/g, place.prefecture).replace(/架空町/g, place.town);
  }

  /** `count` sentences in the style of `like` (bullets stay bullets), lightly varied. */
  pickSentences(random, count, bullets) {
    const pool = bullets && this.bullets.length > 0 ? this.bullets : this.prose;
    const out = [];
    for (let i = 0; i < count; i++) out.push(vary(random.pick(pool), random));
    return out;
  }

  paragraph(random, place, count, bullets = false) {
    return this.pickSentences(random, count, bullets)
      .map((s) => this.localize(s, place))
      .join(bullets ? '\n' : '');
  }
}

/** Law citations and dates: their numbers are facts the rules check, so they are never nudged. */
const CITATION = /[条項号法令年月日]|別表/;

/** Small edits that keep the register: numbers nudged (outside citations), a common phrase swapped. */
function vary(sentence, random) {
  let s = CITATION.test(sentence) ? sentence : sentence.replace(/\d+/g, (d) => (random.chance(0.3) ? String(Math.max(1, Number(d) + random.int(-2, 3))) : d));
  const swaps = [
    ['行っている', '実施している'],
    ['防止する', '防いでいる'],
    ['確認する', '点検する'],
    ['職員', '担当職員'],
    ['システム', '業務システム'],
  ];
  for (const [a, b] of swaps) if (s.includes(a) && random.chance(0.15)) s = s.replace(a, b);
  return s;
}
