import { detectKind } from '../../src/sources/rendering/kind.js';

describe('detectKind: the cover title decides (catalogue §2)', () => {
  test.each([
    ['a plain line', '特定個人情報保護評価書(重点項目評価書)\n', 'juten'],
    ['a Markdown heading', '# 特定個人情報保護評価書(全項目評価書)\n\n本文\n', 'zenko'],
    ['a deeper heading with full-width brackets', '\n\n### 特定個人情報保護評価書（基礎項目評価書）\n', 'kiso'],
    ['a heading in an HTML fragment', '<p><b>特定個人情報保護評価書(重点項目評価書)</b></p>\n', 'juten'],
  ])('%s', (_name, text, kind) => {
    expect(detectKind(text).kind).toBe(kind);
  });

  test('a text with no signal has no kind', () => {
    expect(detectKind('# 議事録\n\n出席者\n').kind).toBeNull();
  });
});
