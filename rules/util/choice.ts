/**
 * Reading several options out of one printed choice: `再委託する、再委託しない`,
 * `[十分である][課題が残されている]`. Matching stays exact (catalogue §4.1): the text must split into
 * whole option texts and separators, nothing else, so `再委託する` is never read as `委託する`.
 */
import type { EnumDef, EnumOption, Kind } from '../../src/model/index.js';
import { normalizeForMatch, optionsForKind } from '../../src/model/index.js';

/** What may stand between two options: punctuation, brackets, and the words 及び / 又は / または. */
const SEPARATOR = /^(?:[、,，・/／;；|｜[\]【】「」『』]+|及び|又は|または|and|or)/;

export interface MultipleOptions {
  options: EnumOption[];
  /** Whether any separator stood between the options (a bare run of option texts reads like the printed option list). */
  separated: boolean;
}

function optionKeys(option: EnumOption): string[] {
  return [option.text, ...(option.aliases ?? [])].map(normalizeForMatch).filter((k) => k !== '');
}

/**
 * The options a printed choice names when it names two or more, in the order printed; undefined when
 * it is one option, no option, or text with anything besides options and separators (an option list
 * with its `1)` numbers, a typo: choice-value's business).
 */
export function multipleOptions(enumDef: EnumDef, raw: string, kind: Kind): MultipleOptions | undefined {
  const text = normalizeForMatch(raw);
  if (text === '' || /\d\)/.test(text)) return undefined;
  const candidates = optionsForKind(enumDef, kind)
    .flatMap((option) => optionKeys(option).map((key) => ({ option, key })))
    // Longest first, so 再委託しない wins over a shorter prefix.
    .sort((a, b) => b.key.length - a.key.length);

  // Depth-first split; positions that cannot be split are remembered, so long text stays linear.
  const dead = new Set<number>();
  const split = (at: number): { option: EnumOption; afterSeparator: boolean }[] | undefined => {
    if (dead.has(at)) return undefined;
    let i = at;
    for (let m = SEPARATOR.exec(text.slice(i)); m && m[0].length > 0; m = SEPARATOR.exec(text.slice(i))) i += m[0].length;
    if (i === text.length) return [];
    for (const { option, key } of candidates) {
      if (!text.startsWith(key, i)) continue;
      const rest = split(i + key.length);
      if (rest) return [{ option, afterSeparator: i > at }, ...rest];
    }
    dead.add(at);
    return undefined;
  };

  const tokens = split(0);
  if (!tokens) return undefined;
  const separated = tokens.slice(1).some((t) => t.afterSeparator);
  const distinct = tokens.map((t) => t.option).filter((o, i, all) => all.findIndex((x) => x.name === o.name) === i);
  return distinct.length >= 2 ? { options: distinct, separated } : undefined;
}
