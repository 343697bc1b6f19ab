/**
 * The law rules over the shared corpus (real published assessments, as text renderings), compared
 * with a reviewed snapshot: test/law/corpus-law-findings.json holds every finding (rule, field, line,
 * message) and test/law/corpus-law-findings.md says, one line per finding, why a careful reviewer
 * agrees with it. A new or changed finding fails until it has been read against the document and
 * justified (or the rule fixed); `PIALINT_UPDATE_CORPUS_SNAPSHOT=1` rewrites the JSON, never the
 * justifications. Nothing may be reported on a 変更箇所 row's 変更前 (history).
 * Skipped, visibly, when ../shared/corpus is absent.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lawRules } from '../../rules/sets/law.js';
import { verify } from '../../src/engine/linter.js';
import type { LinterConfig } from '../../src/engine/config-types.js';
import type { AnyRuleModule } from '../../src/engine/types.js';
import { readSource } from '../../src/sources/read-source.js';
import { corpusDir, describeWithCorpus, hasCorpus } from '../helpers/paths.js';

interface Finding {
  ruleId: string;
  fieldId: string | null;
  line: number;
  message: string;
}

const snapshotFile = path.join(path.dirname(new URL(import.meta.url).pathname), 'corpus-law-findings.json');
const justificationFile = snapshotFile.replace(/\.json$/, '.md');
const registry = new Map<string, AnyRuleModule>(lawRules.map((r) => [r.meta.id, r]));
// Each rule at its default severity (info notes included), as the recommended preset runs them.
const config: LinterConfig = {
  rules: Object.fromEntries(lawRules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity }])),
  today: '2026-01-01',
};
const files = hasCorpus ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort() : [];

async function findings(file: string): Promise<Finding[]> {
  const doc = await readSource(path.join(corpusDir, file));
  return verify(doc, config, registry)
    .filter((m) => m.ruleId !== null && registry.has(m.ruleId))
    .map((m) => ({ ruleId: m.ruleId!, fieldId: m.fieldId, line: m.line, message: m.message }));
}

/** `- <file>:<line> <rule> <field> — why`: the key of a justification line. */
function key(file: string, f: Finding): string {
  return `${file}:${f.line} ${f.ruleId} ${f.fieldId ?? '-'}`;
}

describeWithCorpus('law rules on the shared corpus (reviewed snapshot)', () => {
  const actual: Record<string, Finding[]> = {};

  beforeAll(async () => {
    for (const file of files) actual[file] = await findings(file);
    if (process.env.PIALINT_UPDATE_CORPUS_SNAPSHOT === '1') {
      // Rewriting expectations from the code under test must never pass: refuse in CI, fail after writing.
      if (process.env.CI) throw new Error('PIALINT_UPDATE_CORPUS_SNAPSHOT is refused in CI: review the findings locally');
      writeFileSync(snapshotFile, JSON.stringify(actual, null, 2) + '\n');
      throw new Error(`${snapshotFile} rewritten: review it and its justifications, then run the tests again`);
    }
  }, 300_000);

  test('the corpus has documents', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s: findings equal the reviewed snapshot', (file) => {
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Record<string, Finding[]>;
    expect(actual[file]).toEqual(snapshot[file] ?? []);
  });

  test.each(files)('%s: nothing is reported on 変更前 (history)', (file) => {
    expect(actual[file]!.filter((f) => f.fieldId !== null && /^annex\.changes\[\d+\]\.before$/.test(f.fieldId))).toEqual([]);
  });

  test('every finding has one justification line, and every justification a finding', () => {
    const lines = readFileSync(justificationFile, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('- '));
    const justified = new Map<string, number>();
    for (const l of lines) {
      const m = /^- (\S+:\d+ \S+ \S+) — \S/.exec(l);
      expect(m).not.toBeNull();
      justified.set(m![1]!, (justified.get(m![1]!) ?? 0) + 1);
    }
    const found = new Map<string, number>();
    for (const file of files) for (const f of actual[file]!) found.set(key(file, f), (found.get(key(file, f)) ?? 0) + 1);
    expect(Object.fromEntries(justified)).toEqual(Object.fromEntries(found));
  });
});
