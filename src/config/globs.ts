import picomatch from 'picomatch';

/** Tests a `/`-separated path relative to the config's base path. */
export type GlobMatcher = (relative: string) => boolean;

const compiled = new Map<string, GlobMatcher>();

/** `overrides[].files`: picomatch globs (dotfiles included); any pattern matching selects the file. */
export function filesMatcher(patterns: readonly string[]): GlobMatcher {
  const key = `f\u0000${patterns.join('\u0000')}`;
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = patterns.length === 0 ? () => false : picomatch([...patterns], { dot: true });
    compiled.set(key, matcher);
  }
  return matcher;
}

/**
 * `ignorePatterns`, as ESLint's ignores: a pattern also ignores everything below a directory it
 * matches (`drafts`, `drafts/`, `old/**`), and a later `!pattern` brings matching files back.
 */
export function ignoreMatcher(patterns: readonly string[]): GlobMatcher {
  const key = `i\u0000${patterns.join('\u0000')}`;
  let matcher = compiled.get(key);
  if (!matcher) {
    const rules = patterns.map((pattern) => {
      const negated = pattern.startsWith('!');
      const body = (negated ? pattern.slice(1) : pattern).replace(/\/+$/, '');
      return { negated, test: picomatch(body, { dot: true }) };
    });
    matcher = (relative) => {
      // The path itself and each directory above it, so that a directory pattern covers its files.
      const parts = relative.split('/');
      const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
      let ignored = false;
      for (const rule of rules) {
        if (rule.negated ? rule.test(relative) : candidates.some((c) => rule.test(c))) ignored = !rule.negated;
      }
      return ignored;
    };
    compiled.set(key, matcher);
  }
  return matcher;
}
