import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Assessment } from '../../src/model/values.js';
import { repoRoot } from '../helpers/paths.js';

export const changesFixtures = path.join(repoRoot, 'fixtures', 'changes');

export function fixturePath(pair: string, version: 'old' | 'new'): string {
  return path.join(changesFixtures, pair, `${version}.json`);
}

/** The two versions of a fixture pair under fixtures/changes/<pair>/. */
export function loadPair(pair: string): { before: Assessment; after: Assessment; beforeText: string; afterText: string } {
  const beforeText = readFileSync(fixturePath(pair, 'old'), 'utf8');
  const afterText = readFileSync(fixturePath(pair, 'new'), 'utf8');
  return { before: JSON.parse(beforeText) as Assessment, after: JSON.parse(afterText) as Assessment, beforeText, afterText };
}
