import { replacementEdits } from '../../rules/util/law-edits.js';
import type { ValueEdit } from '../../src/engine/types.js';

function apply(text: string, edits: ValueEdit[]): string {
  let out = text;
  for (const e of [...edits].reverse()) if (e.type === 'replaceInString') out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('replacementEdits (rules/util/law-edits.ts)', () => {
  test.each([
    ['番号法第19条第7号', '番号法第19条第8号'],
    ['番号法第１９条第７号', '番号法第１９条第８号'],
    ['別表第一の30の項', '別表の44の項'],
    ['別表第二の42の項', '主務省令第2条の表の69の項'],
    ['（平成25年法\n律第27号）」第29条の2', '（平成２５年法\n律第２７号）」第２９条の２'],
    ['中間サーバ', '中間サーバー'],
  ])('%j → %j: only the changed characters are edited, and applying the edits gives the replacement', (original, replacement) => {
    const text = `前置き${original}後書き`;
    const edits = replacementEdits('x', 3, original, replacement)!;
    expect(edits.length).toBeGreaterThan(0);
    expect(apply(text, edits)).toBe(`前置き${replacement}後書き`);
    for (const e of edits) if (e.type === 'replaceInString') expect(e.text).not.toMatch(/\n/);
  });

  test('a line break inside the citation is never rewritten', () => {
    const edits = replacementEdits('x', 0, '法\n律第27号', '法\n律第２７号')!;
    expect(edits.every((e) => e.type === 'replaceInString' && e.start >= 2)).toBe(true);
  });

  test('nothing to do, or an edit that would insert a line break or a quote: no edits', () => {
    expect(replacementEdits('x', 0, '第8号', '第8号')).toBeUndefined();
    expect(replacementEdits('x', 0, '第8号', '第\n8号')).toBeUndefined();
    expect(replacementEdits('x', 0, '第8号', '"第8号"')).toBeUndefined();
  });
});
