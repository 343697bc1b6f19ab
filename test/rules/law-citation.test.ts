import rule from '../../rules/law-citation.js';
import { RuleTester } from '../../src/testing/index.js';

const tester = new RuleTester();
const published = (iso: string, raw = iso) => ({ cover: { published: { raw, iso } } });
const doc = (extra: Record<string, unknown>) => ({ meta: { kind: 'juten' }, ...extra });
const out = (value: Record<string, unknown>) => JSON.stringify(value, null, 2) + '\n';
const provide = (legalBasis: string) => ({ 'II[1]': { '5': { 'provide[1]': { legalBasis } } } });
const row = (fields: Record<string, unknown>) => ({ annex: { 'changes[1]': fields } });

tester.run('law-citation', rule, {
  valid: [
    // Current forms on each side of 2024-05-27.
    doc({ ...published('2025-10-01'), ...provide('番号法第19条第8号に基づく主務省令第2条の表の2の項') }),
    doc({ ...published('2024-02-05'), ...provide('番号法第19条第8号 別表第二の42の項'), I: { '4': { legalBasis: '番号法第9条第1項 別表第一の30の項' } } }),
    // 変更前 is history: never read.
    doc({ ...published('2025-10-01'), ...row({ date: { raw: '令和7年4月1日', iso: '2025-04-01' }, before: '番号法第19条第7号 別表第二の42の項', after: '番号法第19条第8号に基づく主務省令第2条の表の69の項' }) }),
    // 変更後 speaks of its row's 変更日, not of the document's date.
    doc({ ...published('2025-10-01'), ...row({ date: { raw: '令和3年11月12日', iso: '2021-11-12' }, after: '番号法第19条第8号 別表第二の42の項' }) }),
    // A row without a readable 変更日: nothing to judge its 変更後 by.
    doc({ ...published('2025-10-01'), ...row({ after: '番号法第19条第7号 別表第二' }) }),
    // A sentence about the amendment keeps the old citation.
    doc({ ...published('2025-10-01'), ...provide('番号法の改正により、情報提供の根拠は番号法第19条第7号 別表第二から変わった。') }),
    // Dated to a month in which the law changed: the date cannot tell.
    doc({ ...published('2024-05', '令和6年5月'), I: { '4': { legalBasis: '番号法第9条第1項 別表第一の30の項' } } }),
    // Local 個人情報保護条例 are local-pi-ordinance's.
    doc({ ...published('2025-10-01'), IV: { '1': { requestMethod: '架空市個人情報保護条例第14条に基づき請求を受け付ける。' } } }),
  ],
  invalid: [
    {
      name: '第19条第7号 and 別表第二 after 2024-05-27: both fixed, dated by the publication date',
      code: doc({ ...published('2025-10-01', '令和7年10月1日'), ...provide('番号法第19条第7号 別表第二の42の項') }),
      errors: [
        {
          messageId: 'superseded',
          fieldId: 'II[1].5.provide[1].legalBasis',
          severity: 2,
          message:
            '「番号法第19条第7号」は 2021-08-31 までの引用です（情報提供ネットワークシステム）。「番号法第19条第8号」と書きます。（基準日: 2025-10-01、公表日による）',
        },
        { messageId: 'superseded', message: /「主務省令第2条の表の69の項」と書きます。（基準日: 2025-10-01、公表日による）/ },
      ],
      output: out(doc({ ...published('2025-10-01', '令和7年10月1日'), ...provide('番号法第19条第8号 主務省令第2条の表の69の項') })),
    },
    {
      name: 'a list of 別表第二 rows maps row by row',
      code: doc({ ...published('2025-10-01'), ...provide('番号法第19条第7号 別表第二の42の項、43の項') }),
      errors: 3,
      output: out(doc({ ...published('2025-10-01'), ...provide('番号法第19条第8号 主務省令第2条の表の69の項、70の項') })),
    },
    {
      name: 'full-width digits are kept',
      code: doc({ ...published('2025-10-01'), ...provide('番号法第１９条第７号 別表第２') }),
      errors: 2,
      output: out(doc({ ...published('2025-10-01'), ...provide('番号法第１９条第８号 主務省令第２条の表') })),
    },
    {
      name: '変更後 judged at its row date (2021-11-12): 第19条第10号 was 11号 from 2021-09-01',
      code: doc({
        ...published('2025-10-01'),
        ...row({ date: { raw: '令和3年11月12日', iso: '2021-11-12' }, before: '番号法第9条第2項及び第19条第9号に基づく条例', after: '番号法第9条第2項及び第19条第10号に基づく条例' }),
      }),
      errors: [{ fieldId: 'annex.changes[1].after', message: /第19条第11号」と書きます。（基準日: 2021-11-12、この変更箇所の行の変更日による）/ }],
      output: out(
        doc({
          ...published('2025-10-01'),
          ...row({ date: { raw: '令和3年11月12日', iso: '2021-11-12' }, before: '番号法第9条第2項及び第19条第9号に基づく条例', after: '番号法第9条第2項及び第19条第11号に基づく条例' }),
        }),
      ),
    },
    {
      name: 'an anachronism: the new 別表 before 2024-05-27',
      code: doc({ ...published('2024-02-05'), I: { '4': { legalBasis: '番号法第9条第1項 別表の44の項' } } }),
      errors: [{ messageId: 'notYetInForce', message: /2024-05-27 からの引用/ }],
      output: out(doc({ ...published('2024-02-05'), I: { '4': { legalBasis: '番号法第9条第1項 別表第1の30の項' } } })),
    },
    {
      name: 'a list is fixed only as a whole: a member without a replacement keeps the head from being fixed',
      code: doc({ ...published('2024-02-05'), I: { '4': { legalBasis: '番号法第9条第1項 別表の44の項、24の項' } } }),
      errors: [
        { messageId: 'notYetInForce', suggestions: [{ output: out(doc({ ...published('2024-02-05'), I: { '4': { legalBasis: '番号法第9条第1項 別表第1の30の項、24の項' } } })) }] },
        { messageId: 'notYetInForce', suggestions: null },
      ],
      output: null,
    },
    {
      name: 'a row beyond the end of the 別表: no fix',
      code: doc({ ...published('2025-10-01'), I: { '4': { legalBasis: '番号法第9条第1項 別表の140の項' } } }),
      errors: [{ messageId: 'outOfRange', message: /別表は136の項まで/, suggestions: null }],
      output: null,
    },
    {
      name: 'unverified facts: a warning with a suggestion, not a fix',
      code: doc({ ...published('2025-10-01'), I: { '4': { legalBasis: '別表第一の主務省令で定める事務を定める命令第24条' } } }),
      errors: [
        {
          severity: 1,
          message: /未検証/,
          suggestions: [{ messageId: 'replace', output: out(doc({ ...published('2025-10-01'), I: { '4': { legalBasis: '別表の主務省令で定める事務を定める命令第24条' } } })) }],
        },
      ],
      output: null,
    },
    {
      name: 'a box parenthesis is read and fixed in place',
      code: doc({ ...published('2025-10-01'), I: { '2': { 'system[1]': { connections: { other: { checked: true, text: '情報提供ネットワークシステムを通じた提供（番号法第19条第7号）' } } } } } }),
      errors: [{ fieldId: 'I.2.system[1].connections#other' }],
      output: out(doc({ ...published('2025-10-01'), I: { '2': { 'system[1]': { connections: { other: { checked: true, text: '情報提供ネットワークシステムを通じた提供（番号法第19条第8号）' } } } } } })),
    },
    {
      name: 'a draft is judged as of today, and says so',
      code: doc({ ...provide('番号法第19条第7号 別表第二') }),
      asOf: undefined,
      errors: [{ message: /基準日: 2026-01-01、文書に日付がないため本日/ }, { message: /本日/ }],
    },
    {
      name: 'an as-of date from the config overrides the document and is named',
      code: doc({ ...published('2024-02-05'), ...provide('番号法第19条第8号 別表第二の42の項') }),
      asOf: '2025-01-01',
      errors: [{ message: /（基準日: 2025-01-01、設定の asOf による）$/ }],
    },
    {
      name: 'English messages',
      locale: 'en',
      code: doc({ ...published('2025-10-01'), ...provide('情報提供ネットワークシステムを通じた提供（番号法第19条第7号）') }),
      errors: [{ message: '"番号法第19条第7号" was the citation until 2021-08-31 (情報提供ネットワークシステム). Write "番号法第19条第8号". (as of 2025-10-01, the publication date)' }],
    },
  ],
});
