import { readFileSync } from 'node:fs';

export interface DocExample {
  kind: 'valid' | 'invalid' | 'output' | 'previous';
  language: string;
  code: string;
  /** 1-based line of the fence in the page. */
  line: number;
}

/**
 * The fenced examples of a rule page: ```json valid / ```json invalid / ```json output (the fix of the
 * invalid one before it) / ```json previous (the earlier version of the document in the example after it).
 */
export function readDocExamples(file: string): DocExample[] {
  const text = readFileSync(file, 'utf8');
  const examples: DocExample[] = [];
  const fence = /^```(\w+)[ \t]+(valid|invalid|output|previous)[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of text.matchAll(fence)) {
    const line = text.slice(0, match.index).split('\n').length;
    examples.push({ language: match[1]!, kind: match[2] as DocExample['kind'], code: match[3]!, line });
  }
  return examples;
}
