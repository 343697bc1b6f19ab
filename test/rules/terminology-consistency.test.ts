import rule from '../../rules/terminology-consistency.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const out = (value: Record<string, unknown>) => JSON.stringify(value, null, 2) + '\n';
const doc = (texts: { content?: string; place?: string; measures?: string }, extra: Record<string, unknown> = {}) => ({
  meta: { kind: 'juten' },
  I: { '1': { content: texts.content ?? '—' } },
  'II[1]': { '6': { place: texts.place ?? '—' } },
  'III[1]': { '6': { acqOutOfScope: { measures: texts.measures ?? '—' } } },
  ...extra,
});

tester.run('terminology-consistency', rule, {
  valid: [
    // Consistent, even if not the dictionary's preference.
    doc({ content: '中間サーバを利用する。', place: '中間サーバに保管する。' }),
    doc({ content: '番号法第１９条第８号', place: '番号法第９条第１項' }),
    // Kanji numerals are neither width.
    doc({ content: '番号法第十九条第八号', place: '番号法第19条第8号' }),
    // A 変更箇所 row quotes the text as it stood: not counted, not changed.
    doc({ content: '中間サーバーを利用する。' }, { annex: { 'changes[1]': { date: { raw: '令和3年1月1日', iso: '2021-01-01' }, before: '中間サーバ', after: '中間サーバ及びサーバ' } } }),
    // A long-vowel mark in another width belongs to the word.
    doc({ content: 'サーバーを置く。サーバーを使う。', place: 'サーバｰ室' }),
    { code: doc({ content: '番号法第19条第8号', place: '番号法第９条第１項' }), options: { citationDigits: 'off' } },
    // 住基ネットの都道府県サーバ・全国サーバ are names of their own, held only to one spelling each.
    doc({ content: 'サーバーに保管し、都道府県サーバ及び全国サーバへ送信する。', place: 'サーバー室' }),
  ],
  invalid: [
    {
      name: 'the minority spelling is rewritten; one message per field covers every occurrence',
      code: doc({ content: '中間サーバーを利用する。', place: '中間サーバーに保管する。', measures: '中間サーバの職員認証と中間サーバの権限管理' }),
      errors: [
        {
          messageId: 'variant',
          fieldId: 'III[1].6.acqOutOfScope.measures',
          message: '「中間サーバ」と「中間サーバー」が混在しています（文書全体で「中間サーバー」 2件、「中間サーバ」 2件）。同数のため辞書の表記の「中間サーバー」に揃えます（この欄で2か所）。',
        },
      ],
      output: out(doc({ content: '中間サーバーを利用する。', place: '中間サーバーに保管する。', measures: '中間サーバーの職員認証と中間サーバーの権限管理' })),
    },
    {
      name: 'the document majority wins over the dictionary',
      code: doc({ content: 'サーバで処理し、サーバに保存する。', place: 'サーバーに保管する。' }),
      errors: [{ fieldId: 'II[1].6.place' }],
      output: out(doc({ content: 'サーバで処理し、サーバに保存する。', place: 'サーバに保管する。' })),
    },
    {
      name: 'a component name written two ways is reported on its own',
      code: doc({ content: '都道府県サーバーへ送信し、都道府県サーバーから受信する。', place: '都道府県サーバに記録する。' }),
      errors: [{ fieldId: 'II[1].6.place', message: /「都道府県サーバ」と「都道府県サーバー」が混在しています/ }],
      output: out(doc({ content: '都道府県サーバーへ送信し、都道府県サーバーから受信する。', place: '都道府県サーバーに記録する。' })),
    },
    {
      name: 'digits of citations: the minority width is rewritten',
      code: doc({ content: '番号法第１９条第８号及び番号法第９条第１項', place: '番号法第19条第8号' }),
      errors: [{ messageId: 'citationDigits', message: /「番号法第19条第8号」は「番号法第１９条第８号」と書きます/ }],
      output: out(doc({ content: '番号法第１９条第８号及び番号法第９条第１項', place: '番号法第１９条第８号' })),
    },
    {
      name: 'a citation wrapped over two lines: only its digits are rewritten, the line break stays',
      code: doc({ content: '番号法第１９条第８号及び番号法第９条第１項', place: '法律（平成25年法\n律第27号）第29条の2' }),
      errors: [{ messageId: 'citationDigits', message: /「法律（平成25年法律第27号）第29条の2」は「法律（平成２５年法律第２７号）第２９条の２」と書きます/ }],
      output: out(doc({ content: '番号法第１９条第８号及び番号法第９条第１項', place: '法律（平成２５年法\n律第２７号）第２９条の２' })),
    },
    {
      name: 'a config dictionary entry (settings.terminology)',
      settings: { terminology: { 個人番号: { preferred: '個人番号', variants: ['マイナンバー'] } } },
      code: doc({ content: '個人番号を利用する。', place: 'マイナンバーを保管する。' }),
      errors: [{ message: /「マイナンバー」と「個人番号」が混在しています/ }],
      output: out(doc({ content: '個人番号を利用する。', place: '個人番号を保管する。' })),
    },
    {
      name: 'a config entry that redefines a built-in term replaces it',
      settings: { terminology: { 中間サーバ: { preferred: '中間サーバ', variants: ['中間サーバー'] } } },
      code: doc({ content: '中間サーバーを利用する。', place: '中間サーバに保管する。' }),
      errors: [{ fieldId: 'I.1.content' }],
      output: out(doc({ content: '中間サーバを利用する。', place: '中間サーバに保管する。' })),
    },
    {
      name: 'English messages',
      locale: 'en',
      code: doc({ content: '中間サーバーを利用する。', place: '中間サーバに保管する。' }),
      errors: [{ message: `"中間サーバ" and "中間サーバー" are both used ("中間サーバー" 1, "中間サーバ" 1 in the document); use the dictionary's spelling (a tie), "中間サーバー" (1 in this field).` }],
    },
  ],
});
