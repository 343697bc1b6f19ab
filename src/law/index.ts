/**
 * The law core: citation parsing, the law timeline (data), judging citations on a date, the
 * document's as-of date, and the wording checks that rules build on. Pure: no I/O, no clock.
 */
export type {
  AnnexKind,
  Citation,
  CitationLaw,
  CitationPart,
  CitationSubject,
  DigitStyle,
  LawResolution,
  PartRole,
  RulesId,
  SubjectSource,
} from './citation.js';
export { parseCitations } from './parse.js';
export { normalizeCitation, RULES_SHORT_NAME } from './normalize.js';
export { assess, type AssessmentReason, type CitationAssessment } from './assess.js';
export { resolveAsOf, type AsOfOverride, type AsOfSource, type ResolvedAsOf } from './as-of.js';
export { findStaleChukanServerSentence, type ChukanSentenceFinding } from './chukan-server.js';
export { findOrdinanceAsOperative, type OrdinanceFinding } from './ordinance.js';
export { findHokenshoAsCurrent, type HokenshoFinding } from './hokensho.js';
export { checkCloudWording, type CloudWordingResult } from './cloud.js';
export { CLOUD_CHECKLIST, type CloudChecklistItem, type CloudScope } from './cloud-checklist.js';
export { findTerminologyVariants, type TerminologyFinding } from './terminology.js';
export { DEFAULT_TERMINOLOGY, type TerminologyDictionary, type TerminologyEntry } from './terminology-dictionary.js';
export { listTimelineFacts, type TimelineFact } from './facts.js';
export { findJimuRows, ord198DetailArticle } from './rows.js';
export { japaneseDateForms } from './wareki.js';
export * from './timeline.js';
export type * from './timeline-types.js';
