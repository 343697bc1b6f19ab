import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const corpusDir = path.join(sharedDir, 'corpus');
export const hasCorpus = existsSync(corpusDir);

/** `describe` when ../shared/corpus is present, else a visible skip (Jest lists it as skipped). */
export const describeWithCorpus: jest.Describe = hasCorpus ? describe : describe.skip;
