import type { AnyRuleModule } from '../../src/engine/types.js';
import importNotes from '../import-notes.js';
import schemaValid from '../schema-valid.js';
import checkboxText from '../checkbox-text.js';
import choiceDetail from '../choice-detail.js';
import choiceSingle from '../choice-single.js';
import governmentOnly from '../government-only.js';
import networkConnection from '../network-connection.js';
import optionalSections from '../optional-sections.js';
import outsourcingConsistency from '../outsourcing-consistency.js';
import outsourcingCount from '../outsourcing-count.js';
import provisionConsistency from '../provision-consistency.js';
import provisionCount from '../provision-count.js';
import purposeChangeValidity from '../purpose-change-validity.js';
import recordsAnnex from '../records-annex.js';
import requiredBoxes from '../required-boxes.js';
import requiredFields from '../required-fields.js';
import riskAdequacy from '../risk-adequacy.js';
import seriousIncident from '../serious-incident.js';
import subcontractAssurance from '../subcontract-assurance.js';

/**
 * Rules registered by this set (one rule per file in rules/, each with docs/rules/<id>.md): the form's
 * required fields and boxes, single choices, counts against slots, and the conditional rules of
 * catalogue §6 (DEP-01, 02, 05–16, 18–20, 22, 25, 26, 29).
 */
export const formRulesA: AnyRuleModule[] = [
  schemaValid,
  importNotes,
  requiredFields,
  requiredBoxes,
  checkboxText,
  choiceSingle,
  outsourcingCount,
  provisionCount,
  outsourcingConsistency,
  subcontractAssurance,
  provisionConsistency,
  networkConnection,
  seriousIncident,
  choiceDetail,
  recordsAnnex,
  riskAdequacy,
  purposeChangeValidity,
  optionalSections,
  governmentOnly,
];
