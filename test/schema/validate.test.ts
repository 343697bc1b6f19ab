import { validateAssessment } from '../../src/schema/index.js';
import type { SchemaProblem } from '../../src/schema/index.js';
import { jutenDocument, kisoDocument, zenkoDocument } from './documents.js';

type Doc = Record<string, unknown>;

/** Sets a value at a key path of a document, creating objects on the way. */
function set(doc: Doc, keys: string[], value: unknown): Doc {
  let node = doc;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Doc;
  }
  node[keys[keys.length - 1]!] = value;
  return doc;
}

const errors = (problems: SchemaProblem[]) => problems.filter((p) => p.severity === 'error');
/** Problems come in schema and walk order; tests compare them in code-unit order of their pointers. */
const byPointer = (a: SchemaProblem, b: SchemaProblem) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0);

describe('validateAssessment: valid documents', () => {
  it.each([
    ['kiso', kisoDocument],
    ['juten', jutenDocument],
    ['zenko', zenkoDocument],
  ])('accepts the %s sample without any problem, by meta.kind or by the given kind', (kind, make) => {
    expect(validateAssessment(make())).toEqual([]);
    expect(validateAssessment(make(), kind as 'kiso' | 'juten' | 'zenko')).toEqual([]);
  });

  it('accepts null and dashes as values of every type', () => {
    const doc = jutenDocument();
    set(doc, ['II[1]', '4', 'has'], null);
    set(doc, ['II[1]', '4', 'count'], null);
    set(doc, ['II[1]', '3', 'sources'], null);
    set(doc, ['cover', 'published'], { raw: '令和６年２月', iso: '2024-02' });
    set(doc, ['V', '3', 'date'], { raw: '－', iso: null });
    set(doc, ['II[1]', '4', 'item[1]', 'subcontract'], { value: null, raw: '－' });
    expect(validateAssessment(doc)).toEqual([]);
  });
});

describe('validateAssessment: errors in the form’s words, at the offending value', () => {
  it('reports an option name the enum does not have', () => {
    const doc = set(jutenDocument(), ['II[1]', '4', 'item[2]', 'subcontract'], { value: 'yes', raw: '再委託する' });
    expect(validateAssessment(doc)).toEqual([
      {
        pointer: '/II[1]/4/item[2]/subcontract/value',
        fieldId: 'II[1].4.item[2].subcontract',
        keyword: 'enum',
        severity: 'error',
        message: {
          ja: '「II 4. 委託事項2 ④再委託の有無」の値は選択肢の名前 (subcontract, noSubcontract) のいずれかにしてください（現在: "yes"）。',
          en: 'II 4. Outsourced task 2 › (4) Subcontracting: the value must be an option name (subcontract, noSubcontract), found "yes".',
        },
      },
    ]);
  });

  it('uses the zenko numbering in a zenko document', () => {
    const doc = set(zenkoDocument(), ['II[1]', '4', 'item[1]', 'subcontract', 'value'], 'yes');
    expect(errors(validateAssessment(doc))[0]!.message.ja).toBe(
      '「II 4. 委託事項1 ⑦再委託の有無」の値は選択肢の名前 (subcontract, noSubcontract) のいずれかにしてください（現在: "yes"）。',
    );
  });

  it('explains printed text written as the option name', () => {
    const doc = set(jutenDocument(), ['II[1]', '4', 'item[1]', 'subcontract', 'value'], '再委託する');
    const [problem] = validateAssessment(doc);
    expect(problem!.message.ja).toContain('「再委託する」の名前は subcontract です（記載は raw に書きます）。');
  });

  it('explains an option the kind’s form does not print', () => {
    const doc = set(jutenDocument(), ['I', '1', 'targetCount'], { value: 'ge300k', raw: '30万人以上' });
    const [problem] = validateAssessment(doc);
    expect(problem).toMatchObject({ pointer: '/I/1/targetCount/value', fieldId: 'I.1.targetCount', keyword: 'enum' });
    expect(problem!.message.ja).toBe(
      '「I 1. ③対象人数」の値は選択肢の名前 (lt1k, from1kTo10k, from10kTo100k, from100kTo300k) のいずれかにしてください（現在: "ge300k"）。「30万人以上」(ge300k) は重点項目評価書の様式の選択肢にありません。',
    );
  });

  it('reports a string where a choice object belongs', () => {
    const doc = set(jutenDocument(), ['II[1]', '4', 'has'], '委託する');
    expect(validateAssessment(doc)).toEqual([
      {
        pointer: '/II[1]/4/has',
        fieldId: 'II[1].4.has',
        keyword: 'type',
        severity: 'error',
        message: {
          ja: '「II 4. 委託の有無」の値は選択肢のオブジェクト {"value": 選択肢の名前, "raw": 記載どおりの文字列} または null にしてください（現在: "委託する"）。',
          en: 'II 4. Outsourcing: expected a choice object {"value": option name, "raw": printed text} or null, found "委託する".',
        },
      },
    ]);
  });

  it('reports a bad iso date at the iso', () => {
    const doc = set(jutenDocument(), ['cover', 'published', 'iso'], '2024/02/05');
    expect(validateAssessment(doc)).toEqual([
      {
        pointer: '/cover/published/iso',
        fieldId: 'cover.published',
        keyword: 'pattern',
        severity: 'error',
        message: {
          ja: '「表紙 公表日」の iso は YYYY-MM-DD (年月のみなら YYYY-MM) の形にしてください（現在: "2024/02/05"）。',
          en: 'Cover › Publication date (iso): use YYYY-MM-DD (YYYY-MM for a year-month value), found "2024/02/05".',
        },
      },
    ]);
  });

  it('reports a date without iso, and a date written as a string', () => {
    const missing = set(jutenDocument(), ['II[1]', '2', 'holdingStart'], { raw: '平成27年11月' });
    expect(validateAssessment(missing)).toEqual([
      expect.objectContaining({
        pointer: '/II[1]/2/holdingStart',
        fieldId: 'II[1].2.holdingStart',
        keyword: 'required',
        message: expect.objectContaining({
          ja: '「II 2. ⑤保有開始日」に "iso" がありません。読めない日付は "iso": null にします。',
        }),
      }),
    ]);
    const asString = set(zenkoDocument(), ['V', '4', 'submitted'], '令和6年1月1日');
    const [problem] = validateAssessment(asString);
    expect(problem).toMatchObject({ pointer: '/V/4/submitted', keyword: 'type' });
    expect(problem!.message.ja).toBe(
      '「VI 4. 個人情報保護委員会の承認 ①提出日」の値は日付のオブジェクト {"raw": 記載どおりの日付, "iso": "YYYY-MM-DD"} または null にしてください（現在: "令和6年1月1日"）。',
    );
  });

  it('reports a key a value object does not have, at that key', () => {
    const doc = set(jutenDocument(), ['annex', 'changes[1]', 'timing', 'text'], '事後');
    expect(validateAssessment(doc)).toEqual([
      expect.objectContaining({
        pointer: '/annex/changes[1]/timing/text',
        fieldId: 'annex.changes[1].timing',
        keyword: 'additionalProperties',
        message: expect.objectContaining({
          ja: '「(別添2) 変更箇所 1行目 提出時期」に使えないキー "text" があります（使えるキー: value, raw）。',
        }),
      }),
    ]);
    const noText = set(jutenDocument(), ['II[1]', '3', 'sources', 'self', 'text'], '本人');
    expect(validateAssessment(noText)[0]).toMatchObject({
      pointer: '/II[1]/3/sources/self/text',
      fieldId: 'II[1].3.sources#self',
      keyword: 'additionalProperties',
    });
    expect(validateAssessment(noText)[0]!.message.ja).toBe(
      '「II 3. ①入手元 本人又は本人の代理人」に使えないキー "text" があります（使えるキー: checked）。',
    );
  });

  it('reports checkbox shapes at the box', () => {
    const doc = set(jutenDocument(), ['II[1]', '3', 'sources', 'self'], true);
    set(doc, ['III', '8', 'audit', 'internal'], { checked: 'yes' });
    const problems = validateAssessment(doc).sort(byPointer);
    expect(problems.map((p) => [p.pointer, p.fieldId, p.keyword])).toEqual([
      ['/III/8/audit/internal/checked', 'III.8.audit#internal', 'type'],
      ['/II[1]/3/sources/self', 'II[1].3.sources#self', 'type'],
    ]);
    expect(problems[0]!.message.ja).toBe('「III 8. 監査 実施の有無 内部監査」の checked は true、false または null にしてください（現在: "yes"）。');
    expect(problems[1]!.message.ja).toBe(
      '「II 3. ①入手元 本人又は本人の代理人」の値は {"checked": true | false | null} の形のオブジェクトにしてください（現在: true）。',
    );
  });

  it('reports counts that are not integers ≥ 0', () => {
    const doc = set(jutenDocument(), ['II[1]', '4', 'count'], -1);
    set(doc, ['II[1]', '5', 'provideCount'], '26');
    const problems = validateAssessment(doc);
    expect(problems.map((p) => [p.pointer, p.keyword])).toEqual([
      ['/II[1]/4/count', 'minimum'],
      ['/II[1]/5/provideCount', 'type'],
    ]);
    expect(problems[0]!.message.ja).toBe('「II 4. 委託の有無 件数」の値は 0 以上にしてください（現在: -1）。');
    expect(problems[1]!.message.ja).toBe('「II 5. 提供・移転の有無 提供を行っている件数」の値は 0 以上の整数または null にしてください（現在: "26"）。');
  });

  it('reports a missing or unknown kind', () => {
    expect(validateAssessment({})).toEqual([
      expect.objectContaining({ pointer: '', keyword: 'required', severity: 'error' }),
    ]);
    expect(validateAssessment({ meta: {} })[0]!.message.ja).toBe(
      '「評価書の種類」(meta.kind) がありません。"meta": {"kind": "juten"} のように様式を書いてください。',
    );
    expect(validateAssessment({ meta: { kind: 'kihon' } })).toEqual([
      expect.objectContaining({ pointer: '/meta/kind', fieldId: 'meta.kind', keyword: 'enum' }),
    ]);
    expect(validateAssessment(null)[0]).toMatchObject({ pointer: '', keyword: 'type' });
  });

  it('checks against the given kind and says so when meta.kind disagrees', () => {
    const problems = validateAssessment(zenkoDocument(), 'juten');
    const kindProblem = problems.find((p) => p.pointer === '/meta/kind')!;
    expect(kindProblem).toMatchObject({ keyword: 'enum', severity: 'error' });
    // zenko-only fields are then unknown to the juten form.
    expect(problems.filter((p) => p.keyword === 'fieldNotInKind').length).toBeGreaterThan(5);
  });

  it('names the file in a document with several files', () => {
    const doc = jutenDocument();
    set(doc, ['I', '3', 'fileNames'], ['国民健康保険被保険者ファイル', '国保世帯ファイル']);
    set(doc, ['II[2]', '4', 'has'], { value: 'maybe' });
    const [problem] = validateAssessment(doc);
    expect(problem).toMatchObject({ pointer: '/II[2]/4/has/value', fieldId: 'II[2].4.has' });
    expect(problem!.message.ja).toMatch(/^「\[国保世帯ファイル\] II 4. 委託の有無」の値は/);
  });
});

describe('validateAssessment: unknown keys at info level', () => {
  it('keeps and reports keys the form does not have, without errors', () => {
    const doc = jutenDocument();
    set(doc, ['II[1]', '4', 'item[1]', 'note'], '独自の項目');
    set(doc, ['II[1]', '3', 'timing'], '随時');
    set(doc, ['II[1]', '3', 'methods', 'fax'], { checked: true });
    set(doc, ['IV', '3'], { extra: 1 });
    set(doc, ['item[1]'], {});
    const problems = validateAssessment(doc).sort(byPointer);
    expect(errors(problems)).toEqual([]);
    expect(problems.map((p) => [p.pointer, p.keyword, p.severity])).toEqual([
      ['/II[1]/3/methods/fax', 'unknownBox', 'info'],
      ['/II[1]/3/timing', 'fieldNotInKind', 'info'],
      ['/II[1]/4/item[1]/note', 'unknownField', 'info'],
      ['/IV/3', 'unknownField', 'info'],
      ['/item[1]', 'unknownField', 'info'],
    ]);
    expect(problems[1]!.message.ja).toBe(
      '「II 3. ③入手の時期・頻度」は重点項目評価書の様式にない項目です（全項目評価書の項目）。内容は残しますが、検査しません。',
    );
    expect(problems[0]!.message.ja).toBe(
      '「II 3. ②入手方法」に様式にない欄 "fax" があります（欄の名前: paper, media, flash, email, dedicatedLine, intraLink, infoNetwork, other）。内容は残しますが、検査しません。',
    );
    expect(problems[2]!.message.ja).toBe('「II 4. 委託事項1」の "note" は様式にない項目です。内容は残しますが、検査しません。');
    expect(problems[4]!.message.en).toBe('"item[1]" in the document root is not an item of the form; kept, not checked.');
  });

  it('does not validate the values under unknown keys', () => {
    const doc = set(jutenDocument(), ['II[1]', '3', 'timing'], { anything: ['goes'] });
    expect(errors(validateAssessment(doc))).toEqual([]);
  });
});

describe('validateAssessment: reuse', () => {
  it('compiles once per kind and validates quickly afterwards', () => {
    validateAssessment(jutenDocument());
    const docs = Array.from({ length: 200 }, () => jutenDocument());
    const start = performance.now();
    for (const doc of docs) validateAssessment(doc);
    // 200 validations with a reused validator take a few ms each at most; a recompile costs ~150 ms.
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
