import { parseSettings, settingAsOf } from '../../src/lsp/settings.js';

describe('pialint.* settings', () => {
  test('read from { pialint: … } or from the section itself; plugins stay off unless allowed', () => {
    expect(parseSettings({ pialint: { locale: 'en', asOf: '2024-05-27' } }).settings).toEqual({
      locale: 'en',
      asOf: '2024-05-27',
      allowWorkspacePlugins: false,
    });
    expect(parseSettings({ allowWorkspacePlugins: true, asOf: 'today' }).settings).toEqual({ allowWorkspacePlugins: true, asOf: 'today' });
    expect(parseSettings(undefined).settings).toEqual({ allowWorkspacePlugins: false });
  });

  test('bad values are ignored with a note, not fatal; null or "" unsets a value', () => {
    const { settings, notes } = parseSettings({ locale: 'fr', asOf: '2024-13-45', allowWorkspacePlugins: 'yes' }, { allowWorkspacePlugins: false, locale: 'en' });
    expect(settings).toEqual({ allowWorkspacePlugins: false, locale: 'en' });
    expect(notes).toHaveLength(3);
    expect(parseSettings({ locale: null, asOf: '' }, { allowWorkspacePlugins: false, locale: 'en', asOf: '2020-01-01' }).settings).toEqual({
      allowWorkspacePlugins: false,
    });
  });

  test('asOf "today" is the date of the run', () => {
    expect(settingAsOf({ allowWorkspacePlugins: false, asOf: 'today' }, '2025-01-02')).toBe('2025-01-02');
    expect(settingAsOf({ allowWorkspacePlugins: false, asOf: '2024-01-01' }, '2025-01-02')).toBe('2024-01-01');
    expect(settingAsOf({ allowWorkspacePlugins: false }, '2025-01-02')).toBeUndefined();
  });
});
