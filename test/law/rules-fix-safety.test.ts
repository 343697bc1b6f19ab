/**
 * The law rules' fixes are safe: after verifyAndFix, linting the output again finds nothing more to
 * fix, fixing the output again changes nothing, the output re-parses as JSON and validates no worse
 * than the input, and every citation a fix rewrote re-reads as current on its date. Also, for each
 * row of the mapping tables, the rule reports the old form from the boundary day on (with the
 * mapping's replacement) and stays silent the day before.
 */
import { lawRules } from '../../rules/sets/law.js';
import { verify } from '../../src/engine/linter.js';
import { verifyAndFix } from '../../src/engine/verify-and-fix.js';
import type { LinterConfig } from '../../src/engine/config-types.js';
import type { AnyRuleModule, LintMessage } from '../../src/engine/types.js';
import { BETSU1_TO_BETSU, BETSU2_TO_TABLE, LAW_DATES } from '../../src/law/index.js';
import { dayBefore } from '../../src/law/dates.js';
import { validateAssessment } from '../../src/schema/index.js';
import { createSourceSync, readSource } from '../../src/sources/read-source.js';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { corpusDir, describeWithCorpus, hasCorpus } from '../helpers/paths.js';

const registry = new Map<string, AnyRuleModule>(lawRules.map((r) => [r.meta.id, r]));
const config: LinterConfig = { rules: Object.fromEntries(lawRules.map((r) => [r.meta.id, { severity: 'error' as const }])), today: '2026-01-01' };
const read = (text: string) => createSourceSync('doc.json', { text, encoding: 'utf8', bom: false });
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

function schemaErrors(text: string): string[] {
  const doc = read(text);
  return validateAssessment(doc.assessment)
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.pointer} ${p.keyword}`)
    .sort();
}

function assertSafe(text: string): string {
  const fixed = verifyAndFix(read(text), config, registry, read);
  const again = read(fixed.output);
  expect(again.parseMessages.filter((m) => m.fatal)).toEqual([]);
  expect(verify(again, config, registry).filter((m) => m.fix)).toEqual([]);
  expect(verifyAndFix(again, config, registry, read).fixed).toBe(false);
  const before = new Set(schemaErrors(text));
  expect(schemaErrors(fixed.output).filter((e) => !before.has(e))).toEqual([]);
  return fixed.output;
}

const DOCUMENTS: [string, unknown, string[]][] = [
  [
    'citations of every kind after 2024-05-27, in three digit styles',
    {
      meta: { kind: 'zenko' },
      cover: { published: { raw: '令和7年10月1日', iso: '2025-10-01' } },
      I: {
        '4': { legalBasis: '番号法第9条第1項 別表第一の30の項、68の項（主務省令事項を定める命令第50条）\n番号法第９条第１項　別表第１の１６の項' },
        '5': { legalBasis: '番号法第19条第7号 別表第二の42の項、43の項、80の項\n番号法第十九条第七号及び別表第二\n番号法第１９条第８号、９号及び別表第２' },
      },
      'II[1]': {
        '5': {
          'provide[1]': { legalBasis: '番号法第19条第7号 別表第2 各項' },
          'transfer[1]': { legalBasis: '番号法第9条第2項及び第19条第10号に基づく条例' },
        },
        '6': { place: '中間サーバーに保管する。中間サーバーは入退室を管理する。中間サーバの設置場所は非公開とする。サーバ室とサーバー室。' },
      },
      'III[1]': {
        '6': {
          acqOutOfScope: {
            measures:
              '（※2）番号法別表第2及び第19条第14号に基づき、事務手続きごとに情報照会者、情報提供者、照会・提供可能な特定個人情報をリスト化したもの。（番号法第19条第8号、第１９条第９号）',
          },
        },
      },
      annex: {
        'changes[1]': {
          date: { raw: '令和3年11月12日', iso: '2021-11-12' },
          before: '番号法第19条第7号 別表第二',
          after: '番号法第19条第7号 別表第二、番号法第9条第2項及び第19条第10号に基づく条例',
        },
      },
    },
    ['別表の44の項、100の項', '番号法第19条第8号 主務省令第2条の表の69の項、70の項、115の項', '番号法第十九条第八号及び主務省令第二条の表', '第19条第11号に基づく条例', '番号法第19条第8号 別表第二、'],
  ],
  [
    'citations from after the change in a document of 2024-02-05 (anachronisms)',
    {
      meta: { kind: 'juten' },
      cover: { published: { raw: '令和6年2月5日', iso: '2024-02-05' } },
      I: { '4': { legalBasis: '番号法第9条第1項 別表の44の項、24の項\n番号法第9条第1項 別表の100の項' } },
      'II[1]': { '5': { 'provide[1]': { legalBasis: '番号法第19条第8号に基づく主務省令第2条の表の69の項' } } },
    },
    // A list whose members cannot all be fixed is left for the author (suggestions only).
    ['番号法第9条第1項 別表の44の項、24の項', '番号法第9条第1項 別表第1の68の項', '番号法第19条第8号に基づく別表第2の42の項'],
  ],
];

describe('law rules: fixes are safe', () => {
  test.each(DOCUMENTS)('%s', (_name, document, expected) => {
    const text = json(document);
    const output = assertSafe(text);
    for (const fragment of expected) expect(output).toContain(fragment);
    // 変更前 is history: never rewritten.
    const parsed = JSON.parse(output) as { annex?: Record<string, { before?: string }> };
    const original = document as { annex?: Record<string, { before?: string }> };
    for (const [key, row] of Object.entries(original.annex ?? {})) expect(parsed.annex?.[key]?.before).toBe(row.before);
  });
});

describeWithCorpus('law rules: fixes are safe on the corpus documents (imported to JSON)', () => {
  const files = hasCorpus ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort() : [];
  test.each(files)('%s', async (file) => {
    const rendering = await readSource(path.join(corpusDir, file));
    const text = json(rendering.assessment);
    const output = assertSafe(text);
    // Something was fixed, and no 変更前 cell changed.
    expect(output).not.toBe(text);
    const before = JSON.parse(text) as { annex?: Record<string, { before?: unknown }> };
    const after = JSON.parse(output) as { annex?: Record<string, { before?: unknown }> };
    for (const [key, row] of Object.entries(before.annex ?? {})) expect(after.annex?.[key]?.before).toEqual(row.before);
  }, 120_000);
});

describe('law-citation over the mapping tables, around 2024-05-27', () => {
  const boundary = LAW_DATES.r5Amendment.date!;
  const lawCitation = new Map([['law-citation', registry.get('law-citation')!]]);
  const only: LinterConfig = { rules: { 'law-citation': { severity: 'error' } }, today: '2026-01-01' };
  const documentText = (iso: string, legalBasis: string) => json({ meta: { kind: 'juten' }, cover: { published: { raw: iso, iso } }, I: { '4': { legalBasis } } });
  const lint = (iso: string, legalBasis: string) => verify(read(documentText(iso, legalBasis)), only, lawCitation);
  /** The 法令上の根拠 after applying the message's fix, or else its first suggestion. */
  const offered = (iso: string, legalBasis: string, message: LintMessage): string | undefined => {
    const edit = message.fix ?? message.suggestions?.[0]?.fix;
    if (!edit) return undefined;
    const text = documentText(iso, legalBasis);
    const fixed = text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
    return (JSON.parse(fixed) as { I: { '4': { legalBasis: string } } }).I['4'].legalBasis;
  };

  const utilisation = BETSU1_TO_BETSU.filter((r) => r.old !== null).map((r) => [r.jimu, r.old!.row, r.new.row] as const);
  test.each(utilisation)('別表第一 %s: %s → %s', (_jimu, oldRow, newRow) => {
    const old = `番号法第9条第1項 別表第一の${oldRow}の項`;
    expect(lint(dayBefore(boundary), old)).toEqual([]);
    const [message, ...rest] = lint(boundary, old);
    expect(rest).toEqual([]);
    expect(message!.asOf).toBe(boundary);
    const replaced = `番号法第9条第1項 別表の${newRow}の項`;
    expect(offered(boundary, old, message!)).toBe(replaced);
    expect(lint(boundary, replaced)).toEqual([]);
    // And the other way round: the new row is an anachronism the day before.
    expect(lint(dayBefore(boundary), replaced)).toHaveLength(1);
  });

  const provision = BETSU2_TO_TABLE.filter((r) => r.new.length === 1).map((r) => [r.requester, r.old.row, r.new[0]!.row] as const);
  test.each(provision)('別表第二 %s: %s → 第2条の表 %s', (_requester, oldRow, newRow) => {
    const old = `番号法第19条第8号 別表第二の${oldRow}の項`;
    expect(lint(dayBefore(boundary), old)).toEqual([]);
    const messages = lint(boundary, old);
    expect(messages).toHaveLength(1);
    const replaced = `番号法第19条第8号 主務省令第2条の表の${newRow}の項`;
    expect(offered(boundary, old, messages[0]!)).toBe(replaced);
    expect(lint(boundary, replaced)).toEqual([]);
  });
});
