/**
 * XML 1.0 text for attributes and element content. Characters XML cannot carry at all (C0 controls
 * other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD rather than breaking the
 * document; line breaks and tabs are written as character references so attribute values keep them.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function xmlEscape(value: string | number): string {
  return String(value)
    .replace(NOT_XML_CHAR, '\ufffd')
    .replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char] ?? char);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
