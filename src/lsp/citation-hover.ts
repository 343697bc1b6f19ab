/**
 * Hover text for law citations (pure): the law module finds the citations in a field's text and
 * judges each on the document's as-of date; this says what it finds, with the evidence and source
 * of the facts, in the user's language.
 */
import { assess, parseCitations, type AssessmentReason, type CitationAssessment } from '../law/index.js';
import type { Locale } from '../model/kinds.js';
import type { CitationAsOf, CitationDescriber, CitationNote } from './hover.js';

const REASONS: Record<AssessmentReason, { ja: string; en: string }> = {
  superseded: { ja: '改正により置き換えられた引用です', en: 'replaced by an amendment' },
  notYetInForce: { ja: 'この日にはまだ施行されていない引用です', en: 'not yet in force on that day' },
  neverValid: { ja: 'どの時点でも存在しない引用です', en: 'never a valid citation' },
  outOfRange: { ja: '条項・項番号が範囲外です', en: 'the number is out of range' },
  outsideTimeline: { ja: '年表の範囲外の日付です', en: 'the date is outside the timeline' },
  subjectUnknown: { ja: '何についての引用か文脈から判断できません', en: 'the context does not say what it is about' },
  unverifiedRow: { ja: 'この項の対応は未確認です', en: 'the mapping of this row is unverified' },
  historical: { ja: '旧法令として引用されています', en: 'cited as a former law' },
  noFacts: { ja: '年表にこの引用の事実がありません', en: 'the timeline has no facts on it' },
  lawUnknown: { ja: 'どの法令の条項か分かりません', en: 'the law is not known' },
  invalidDate: { ja: '基準日が不正です', en: 'the as-of date is invalid' },
  boundaryWithinMonth: { ja: '基準月の途中で改正があり、月単位の日付では判断できません', en: 'an amendment falls within the month of a month-only date' },
};

const AS_OF_SOURCES: Record<string, { ja: string; en: string }> = {
  config: { ja: '設定', en: 'config' },
  cli: { ja: 'エディタの設定', en: 'editor setting' },
  published: { ja: '公表日', en: 'publication date' },
  changeLog: { ja: '最新の変更日', en: 'latest change date' },
  evaluated: { ja: '評価実施日', en: 'evaluation date' },
  today: { ja: '今日: 文書に日付がありません', en: 'today: the document has no date' },
};

function status(a: CitationAssessment, locale: Locale): string {
  const en = locale === 'en';
  const reason = a.reason ? REASONS[a.reason][locale] : '';
  switch (a.status) {
    case 'current':
      return en ? '**current**' : '**有効な引用**';
    case 'outdated':
      return en ? `**outdated**${reason ? ` (${reason})` : ''}` : `**古い引用**${reason ? `（${reason}）` : ''}`;
    default:
      return en ? `**cannot tell**${reason ? ` (${reason})` : ''}` : `**判定できません**${reason ? `（${reason}）` : ''}`;
  }
}

/** Markdown about one judged citation. */
export function citationMarkdown(text: string, normalized: string, a: CitationAssessment, asOf: CitationAsOf, locale: Locale): string {
  const en = locale === 'en';
  const from = AS_OF_SOURCES[asOf.source]?.[locale] ?? asOf.source;
  const when = asOf.month ?? asOf.date;
  const lines = [
    en ? `**Citation 「${text}」** (${normalized})` : `**引用「${text}」**（${normalized}）`,
    en ? `As of ${when} (${from}): ${status(a, locale)}` : `基準日 ${when}（${from}）時点: ${status(a, locale)}`,
  ];
  if (a.meaning) lines.push(en ? `Meaning: ${a.meaning}` : `意味: ${a.meaning}`);
  if (a.validFrom || a.validUntil) {
    const range = `${a.validFrom ?? '…'} 〜 ${a.validUntil ?? ''}`.trim();
    lines.push(en ? `Valid: ${range}` : `有効な期間: ${range}`);
  }
  if (a.replacement) {
    const unverified = a.replacementVerified === false ? (en ? ' (mapping unverified)' : '（対応は未確認）') : '';
    lines.push(en ? `Write instead: 「${a.replacement}」${unverified}` : `書くべき引用: 「${a.replacement}」${unverified}`);
  } else if (a.candidates && a.candidates.length > 0) {
    const list = a.candidates.map((c) => `「${c}」`).join(en ? ', ' : '、');
    lines.push(en ? `Possible replacements: ${list}` : `書き換えの候補: ${list}`);
  }
  if (a.evidence) lines.push(`${en ? 'Evidence' : '根拠'}: ${a.evidence}${a.verified ? '' : en ? ' (includes unverified facts)' : '（未確認の事実を含みます）'}`);
  if (a.source) lines.push(`${en ? 'Source' : '出典'}: ${a.source}`);
  // Two trailing spaces: a line break inside one markdown paragraph.
  return lines.join('  \n');
}

/** The citations of a text, judged on the as-of date (a month-only date judges the whole month). */
export const describeCitations: CitationDescriber = (text, asOf, locale): CitationNote[] =>
  parseCitations(text).map((citation) => ({
    start: citation.start,
    end: citation.end,
    markdown: citationMarkdown(citation.text, citation.normalized, assess(citation, asOf.month ?? asOf.date), asOf, locale),
  }));
