import { mergeSettings } from '../../src/config/merge-settings.js';
import { filesMatcher, ignoreMatcher } from '../../src/config/globs.js';

describe('mergeSettings', () => {
  test('plain objects merge deeply, other values are replaced', () => {
    expect(mergeSettings({ a: { x: 1, y: [1] }, b: 1 }, { a: { y: [2], z: 3 }, c: 2 })).toEqual({ a: { x: 1, y: [2], z: 3 }, b: 1, c: 2 });
  });

  test('terminology: entries merge by name, a later entry replaces a whole term, null removes one', () => {
    const base = { terminology: { 番号: { preferred: '個人番号', variants: ['マイナンバー', '番号'] }, 旧: { preferred: 'a', variants: ['b'] } } };
    const merged = mergeSettings(base, { terminology: { 番号: { preferred: '個人番号', variants: ['マイナンバー'] }, 旧: null, 新: { preferred: 'c', variants: ['d'] } } });
    expect(merged).toEqual({ terminology: { 番号: { preferred: '個人番号', variants: ['マイナンバー'] }, 新: { preferred: 'c', variants: ['d'] } } });
  });
});

describe('globs', () => {
  test('filesMatcher: picomatch with dotfiles; no patterns match nothing', () => {
    expect(filesMatcher(['drafts/**'])('drafts/a/b.json')).toBe(true);
    expect(filesMatcher(['**/*.json'])('.hidden/a.json')).toBe(true);
    expect(filesMatcher([])('a.json')).toBe(false);
  });

  test('ignoreMatcher: a directory pattern covers its files, a later "!" un-ignores, order matters', () => {
    const ignore = ignoreMatcher(['old', 'tmp/', '!old/keep.json', '*.bak.json']);
    expect(ignore('old/a.json')).toBe(true);
    expect(ignore('old/keep.json')).toBe(false);
    expect(ignore('tmp/x/y.json')).toBe(true);
    expect(ignore('a.bak.json')).toBe(true);
    expect(ignore('older/a.json')).toBe(false);
    expect(ignoreMatcher(['!a.json', '*.json'])('a.json')).toBe(true);
  });
});
