/**
 * The reviewed findings of the form rules on each rendering of the shared corpus, linted directly
 * (issue 4). Every finding the rules make is compared, exactly, with a committed snapshot
 * `<doc-id>.findings.json`, and every snapshot entry must carry a one-line justification in
 * `<doc-id>.findings.md` beside it, written by a reviewer who checked the rendering at that line:
 *
 *     line:column ruleId fieldId — why a careful reviewer agrees
 *
 * A finding that appears or disappears fails the test: either the change is right, and the snapshot
 * and its justification are reviewed again, or it is not, and the rule or the importer is fixed.
 * Law, cloud and terminology rules have snapshots of their own and are left out here.
 *
 * To rewrite the JSON after a reviewed change: `PIALINT_UPDATE_FINDINGS=1` (the .md is never written:
 * each new line needs a reviewer's reason).
 */
import { expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import type { LinterConfig, RuleSetting } from '../../src/engine/config-types.js';
import { verify } from '../../src/engine/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { decodeBuffer } from '../../src/sources/encoding.js';
import { createSource } from '../../src/sources/read-source.js';
import { looksLikeRendering } from '../../src/sources/rendering/index.js';
import { corpusDir, describeWithCorpus, hasCorpus } from '../helpers/paths.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/**
 * Law, cloud and terminology findings have their own reviewed snapshot (test/law); the importer's
 * notes (`import`) are what the importer could not read, checked by test/importer, not findings on
 * the document; `schema` applies to JSON documents only.
 */
const EXCLUDED_CATEGORIES = new Set(['law', 'cloud', 'terminology', 'import', 'schema']);
/** A fixed "today" so that documents without dates of their own lint the same every day. */
const TODAY = '2026-11-29';

interface Finding {
  ruleId: string | null;
  fieldId: string | null;
  line: number;
  column: number;
  severity: number;
  message: string;
}

function formConfig(): LinterConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, rule] of builtinRules) {
    if (!EXCLUDED_CATEGORIES.has(rule.meta.category)) rules[id] = { severity: rule.meta.defaultSeverity };
  }
  return { rules, today: TODAY };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
    (a.fieldId ?? '').localeCompare(b.fieldId ?? '') ||
    a.message.localeCompare(b.message)
  );
}

function toFinding(m: LintMessage): Finding {
  return { ruleId: m.ruleId, fieldId: m.fieldId, line: m.line, column: m.column, severity: m.severity, message: m.message };
}

/** `line:column ruleId fieldId`: how a justification line names its finding. */
function keyOf(f: Pick<Finding, 'line' | 'column' | 'ruleId' | 'fieldId'>): string {
  return `${f.line}:${f.column} ${f.ruleId ?? 'null'} ${f.fieldId ?? 'null'}`;
}

const JUSTIFICATION = /^(\d+):(\d+) (\S+) (\S+) — (.+)$/;

/**
 * The justification lines of a .md file: the lines that start with `line:column`. Headings and prose
 * around them (what was reviewed, how) are free; a line that starts like a finding but is not one
 * in full, or gives no reason, is malformed.
 */
function readJustifications(text: string): { keys: string[]; malformed: string[] } {
  const keys: string[] = [];
  const malformed: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!/^\d+:\d+/.test(line)) continue;
    const m = JUSTIFICATION.exec(line);
    if (!m || m[5]!.trim().length < 10) {
      malformed.push(line);
      continue;
    }
    keys.push(`${m[1]}:${m[2]} ${m[3]} ${m[4]}`);
  }
  return { keys, malformed };
}

/** Multiset difference: the keys of `a` not matched one for one in `b`. */
function unmatched(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of a) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

/** The renderings of the corpus (its README is not one). */
const documents = hasCorpus
  ? readdirSync(corpusDir)
      .filter((name) => /\.(txt|md)$/.test(name) && looksLikeRendering(decodeBuffer(readFileSync(path.join(corpusDir, name))).text))
      .sort()
  : [];

describeWithCorpus('form-rule findings on the corpus renderings (reviewed snapshots)', () => {
  it('has corpus documents to check', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  for (const name of documents) {
    const docId = name.replace(/\.(txt|md)$/, '');
    const jsonPath = path.join(here, `${docId}.findings.json`);
    const mdPath = path.join(here, `${docId}.findings.md`);

    it(`${docId}: the findings are exactly the reviewed snapshot`, async () => {
      const doc = await createSource(path.join(corpusDir, name), decodeBuffer(readFileSync(path.join(corpusDir, name))));
      const actual = verify(doc, formConfig(), builtinRules).map(toFinding).sort(compareFindings);
      if (process.env.PIALINT_UPDATE_FINDINGS === '1') {
        // Rewriting expectations from the code under test must never pass: refuse in CI, fail after writing.
        if (process.env.CI) throw new Error('PIALINT_UPDATE_FINDINGS is refused in CI: review the findings locally');
        writeFileSync(jsonPath, `${JSON.stringify(actual, null, 2)}\n`);
        throw new Error(`${jsonPath} rewritten: review it and its justifications, then run the tests again`);
      }
      expect(existsSync(jsonPath)).toBe(true);
      const expected = JSON.parse(readFileSync(jsonPath, 'utf8')) as Finding[];
      expect(actual).toEqual(expected);
    });

    it(`${docId}: every snapshot finding has one justification, and every justification a finding`, () => {
      expect(existsSync(jsonPath)).toBe(true);
      expect(existsSync(mdPath)).toBe(true);
      const findings = (JSON.parse(readFileSync(jsonPath, 'utf8')) as Finding[]).map(keyOf);
      const { keys, malformed } = readJustifications(readFileSync(mdPath, 'utf8'));
      expect(malformed).toEqual([]);
      expect({ unjustified: unmatched(findings, keys), stale: unmatched(keys, findings) }).toEqual({ unjustified: [], stale: [] });
    });
  }
});

it('parses justification lines and matches them one for one', () => {
  const { keys, malformed } = readJustifications(
    ['# doc', 'Reviewed against the rendering.', '', '12:3 required-fields II[1].3.purpose — 使用目的の欄が空欄で、値の行もない。', '13:1 required-fields', '14:1 a b — short'].join('\n'),
  );
  expect(keys).toEqual(['12:3 required-fields II[1].3.purpose']);
  expect(malformed).toEqual(['13:1 required-fields', '14:1 a b — short']);
  expect(unmatched(['a', 'a', 'b'], ['a', 'b'])).toEqual(['a']);
  expect(keyOf({ line: 1, column: 2, ruleId: 'r', fieldId: null })).toBe('1:2 r null');
});
