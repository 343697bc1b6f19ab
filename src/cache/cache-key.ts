import { createHash } from 'node:crypto';
import type { RuleRegistry } from '../engine/linter.js';
import type { LinterConfig } from '../engine/config-types.js';
import { stableStringify } from './stable-json.js';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What the rules of a run are: ids and meta (messages, schemas, severities). Built-in rules only
 * change with the pialint version, but API callers may pass their own registry.
 */
export function rulesFingerprint(rules: RuleRegistry): string {
  const entries = [...rules].map(([id, rule]) => [id, rule.meta] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(stableStringify(entries));
}

export interface CacheKeyParts {
  /** sha256 of the file's bytes. */
  contentHash: string;
  /** The resolved config the file was linted with (stable JSON makes key order irrelevant). */
  config: LinterConfig;
  version: string;
  rules: string;
  /** Named on the command line: a non-assessment is an error instead of being skipped. */
  explicit: boolean;
}

/** The cache key of one file's result: content, resolved config, pialint version and rule set. */
export function cacheKey(parts: CacheKeyParts): string {
  return sha256(stableStringify([parts.contentHash, parts.config, parts.version, parts.rules, parts.explicit]));
}
