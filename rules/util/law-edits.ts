/**
 * Turns "replace this citation with that text" into the smallest edits that do it: only the
 * characters that change are rewritten (「第１９条第７号」 → 「第１９条第８号」 touches one digit).
 *
 * Why not one edit over the whole citation: a citation can span a line break (a rendering's wrap,
 * 「…法\n律第27号」), and an edit's text is written into the source as it is — in a JSON string a raw
 * line break (or a quote, a backslash, a control character) would break the file. Unchanged
 * characters stay untouched, and a replacement that would have to insert such a character is not
 * offered at all (the finding is still reported).
 */
import { diffChars } from 'diff';
import type { ValueEdit } from '../../src/engine/types.js';

/** Whether a text holds a character that cannot be written raw into every source (a JSON string literal). */
function unsafe(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || ch === '"' || ch === '\\' || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/**
 * Edits of `target` that turn `original` (at `start` in the target's string) into `replacement`;
 * undefined when nothing changes or an edit would have to insert an unsafe character.
 */
export function replacementEdits(target: string, start: number, original: string, replacement: string): ValueEdit[] | undefined {
  if (original === replacement) return undefined;
  const edits: ValueEdit[] = [];
  let position = start;
  let pending: { start: number; end: number; text: string } | undefined;
  const flush = (): void => {
    if (pending) edits.push({ type: 'replaceInString', target, start: pending.start, end: pending.end, text: pending.text });
    pending = undefined;
  };
  for (const part of diffChars(original, replacement)) {
    if (!part.added && !part.removed) {
      flush();
      position += part.value.length;
      continue;
    }
    pending ??= { start: position, end: position, text: '' };
    if (part.removed) {
      position += part.value.length;
      pending.end = position;
    } else pending.text += part.value;
  }
  flush();
  return edits.some((e) => e.type === 'replaceInString' && unsafe(e.text)) ? undefined : edits;
}
