import { formatterNames, getFormatter, isFormatterName } from '../../src/formatters/index.js';
import { allResults, context } from './fixtures.js';

describe('formatter registry', () => {
  test('lists the six built-in formats', () => {
    expect([...formatterNames]).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle']);
  });

  test.each(['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle'])('%s: found, and deterministic on the same input', (name) => {
    const formatter = getFormatter(name);
    expect(formatter).toBeInstanceOf(Function);
    const first = formatter!(allResults, context());
    expect(first.length).toBeGreaterThan(0);
    expect(first.endsWith('\n')).toBe(true);
    expect(formatter!(structuredClone(allResults), context())).toBe(first);
  });

  test('unknown names, including inherited object keys, are not formats', () => {
    for (const name of ['html', 'toString', 'constructor', '__proto__', 'Stylish', '']) {
      expect(getFormatter(name)).toBeUndefined();
      expect(isFormatterName(name)).toBe(false);
    }
  });

  test('formatters do not modify their input', () => {
    const before = structuredClone(allResults);
    for (const name of formatterNames) getFormatter(name)!(allResults, context());
    expect(allResults).toEqual(before);
  });
});
