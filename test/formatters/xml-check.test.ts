import { findAll, parseXml } from './xml-check.js';

const HEAD = '<?xml version="1.0" encoding="utf-8"?>\n';

describe('the test XML checker itself', () => {
  test('reads a well-formed document', () => {
    const root = parseXml(`${HEAD}<a x="1 &amp; 2"><b y="&#10;"/><b>t&lt;</b></a>`);
    expect(root.name).toBe('a');
    expect(root.attributes).toEqual({ x: '1 & 2' });
    expect(findAll(root, 'b').map((b) => [b.attributes, b.text])).toEqual([[{ y: '\n' }, ''], [{}, 't<']]);
  });

  test.each([
    ['unbalanced', '<a><b></a>'],
    ['unclosed', '<a>'],
    ['raw ampersand', '<a>x & y</a>'],
    ['raw < in attribute', '<a x="<"/>'],
    ['unquoted attribute', '<a x=1/>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['two roots', '<a/><b/>'],
    ['control character', '<a>\u0001</a>'],
    ['lone surrogate', '<a>\ud842</a>'],
  ])('rejects %s', (_name, body) => {
    expect(() => parseXml(HEAD + body)).toThrow();
  });
});
