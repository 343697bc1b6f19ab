import { assess, parseCitations, type Citation, type CitationAssessment } from '../../law/index.js';
import { todayInJapan, isCalendarDate } from '../today.js';
import { LineIndex } from '../../sources/line-index.js';
import { EXIT, type CliIO } from '../io.js';

/**
 * `pialint citations [--as-of DATE] [--format json|stylish] [TEXT | -]`: the law citations in a text
 * (an argument, or standard input with `-`), each judged on the as-of date (today by default).
 * Exit 0 when every citation is current or cannot be judged, 1 when any is outdated, 2 on a usage
 * error. The judgement is the law core's own (assess), without the document-level heuristics of
 * the lint rules: this command answers "is this citation right on that day?".
 */
export interface CitationsArgs {
  /** The text, or `-` (or '', which is how yargs passes a lone `-`) for standard input. */
  text: string;
  /** `YYYY-MM-DD` or `today` (the default). */
  asOf?: string;
  format: 'json' | 'stylish';
  locale: 'ja' | 'en';
}

/** One citation in the json output. Offsets are UTF-16 code units into the text, `end` exclusive. */
export interface CitationReport {
  text: string;
  start: number;
  end: number;
  normalized: string;
  status: 'current' | 'outdated' | 'unknown';
  /** The citation to write instead, when there is exactly one. */
  replacement?: string;
  validFrom?: string;
  validUntil?: string;
  /** The source addresses of the facts the judgement rests on ('' when there are none). */
  source: string;
}


/** The as-of day, or undefined when the flag is not a real date. */
function asOfDay(value: string | undefined): string | undefined {
  if (value === undefined || value === 'today') return todayInJapan();
  return isCalendarDate(value) ? value : undefined;
}

export function citationReport(citation: Citation, result: CitationAssessment): CitationReport {
  const single = result.replacement !== undefined && !result.replacementAmbiguous;
  return {
    text: citation.text,
    start: citation.start,
    end: citation.end,
    normalized: citation.normalized,
    status: result.status,
    ...(single ? { replacement: result.replacement } : {}),
    ...(result.validFrom ? { validFrom: result.validFrom } : {}),
    ...(result.validUntil ? { validUntil: result.validUntil } : {}),
    source: result.source,
  };
}

/** Judges every citation of `text` on `day`. */
export function checkCitations(text: string, day: string): { citation: Citation; result: CitationAssessment }[] {
  return parseCitations(text).map((citation) => ({ citation, result: assess(citation, day) }));
}

const STATUS: Record<CitationReport['status'], { ja: string; en: string }> = {
  current: { ja: '現行', en: 'current' },
  outdated: { ja: '要修正', en: 'outdated' },
  unknown: { ja: '判定不可', en: 'unknown' },
};

function validityText(from: string | undefined, until: string | undefined, en: boolean): string {
  if (!from && !until) return '';
  const range = `${from ?? '…'}〜${until ?? '…'}`;
  return en ? `valid ${range}` : `有効 ${range}`;
}

function stylish(text: string, checked: ReturnType<typeof checkCitations>, day: string, explicit: boolean, en: boolean): string {
  const lines = new LineIndex(text);
  const note = explicit ? '--as-of' : en ? 'today' : '本日';
  let out = en ? `As of ${day} (${note})\n` : `基準日 ${day}（${note}）\n`;
  if (checked.length === 0) return out + (en ? 'No law citations found.\n' : '法令の引用は見つかりませんでした。\n');
  for (const { citation, result } of checked) {
    const at = lines.offsetToPosition(citation.start);
    const status = STATUS[result.status][en ? 'en' : 'ja'];
    const replacement = result.replacement !== undefined && !result.replacementAmbiguous ? ` → ${result.replacement}` : '';
    const candidates = result.replacementAmbiguous && result.candidates?.length ? ` → ${result.candidates.join(en ? ' | ' : '／')}` : '';
    const details = [validityText(result.validFrom, result.validUntil, en), result.meaning ?? '', result.status !== 'current' && result.reason ? `(${result.reason})` : '']
      .filter((d) => d !== '')
      .join('  ');
    out += `  ${at.line}:${at.column}  ${status.padEnd(en ? 8 : 4)}  ${citation.text.replace(/\s+/g, ' ')}${replacement}${candidates}${details ? `  ${details}` : ''}\n`;
  }
  const outdated = checked.filter((c) => c.result.status === 'outdated').length;
  out += en ? `\n${checked.length} citation(s), ${outdated} outdated\n` : `\n引用 ${checked.length} 件、うち要修正 ${outdated} 件\n`;
  return out;
}

export async function runCitations(args: CitationsArgs, io: CliIO): Promise<number> {
  const en = args.locale === 'en';
  const day = asOfDay(args.asOf);
  if (day === undefined) {
    io.stderr(`pialint: --as-of は YYYY-MM-DD か today です / --as-of takes YYYY-MM-DD or today (got ${args.asOf})\n`);
    return EXIT.fatal;
  }
  // yargs hands a lone `-` positional over as '' (and an empty text has no citations to check).
  const text = args.text === '-' || args.text === '' ? await io.readStdin() : args.text;
  const checked = checkCitations(text, day);
  if (args.format === 'json') {
    io.stdout(JSON.stringify(checked.map(({ citation, result }) => citationReport(citation, result)), null, 2) + '\n');
  } else {
    io.stdout(stylish(text, checked, day, args.asOf !== undefined && args.asOf !== 'today', en));
  }
  return checked.some((c) => c.result.status === 'outdated') ? EXIT.problems : EXIT.ok;
}
