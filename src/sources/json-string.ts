/**
 * Maps offsets inside a JSON string's *value* to offsets in its *literal* (the source text), so that
 * an edit of characters 3–5 of a value lands on the right bytes even after escapes like \n or \u3000.
 */
export function stringContentOffsets(literal: string): number[] | undefined {
  if (literal.length < 2 || literal[0] !== '"') return undefined;
  // offsets[i] = position in the literal of value character i; one extra entry for the end.
  const offsets: number[] = [];
  let i = 1;
  while (i < literal.length - 1) {
    const ch = literal[i];
    offsets.push(i);
    if (ch === '\\') {
      const next = literal[i + 1];
      i += next === 'u' ? 6 : 2;
    } else {
      i += 1;
    }
  }
  offsets.push(i);
  return offsets;
}
