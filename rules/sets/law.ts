import type { AnyRuleModule } from '../../src/engine/types.js';
import chukanServerBasis from '../chukan-server-basis.js';
import cloudWording from '../cloud-wording.js';
import hokenshoCurrent from '../hokensho-current.js';
import lawCitation from '../law-citation.js';
import lawCitationMixed from '../law-citation-mixed.js';
import localPiOrdinance from '../local-pi-ordinance.js';
import terminologyConsistency from '../terminology-consistency.js';

/** Rules registered by this set (one rule per file in rules/, each with docs/rules/<id>.md). */
export const lawRules: AnyRuleModule[] = [
  lawCitation,
  lawCitationMixed,
  chukanServerBasis,
  localPiOrdinance,
  hokenshoCurrent,
  cloudWording,
  terminologyConsistency,
];
