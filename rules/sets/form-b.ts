import type { AnyRuleModule } from '../../src/engine/types.js';
import changeLogDates from '../change-log-dates.js';
import changeLogIdentical from '../change-log-identical.js';
import changeLogItem from '../change-log-item.js';
import changeLogTiming from '../change-log-timing.js';
import dateOrder from '../date-order.js';
import dateStyle from '../date-style.js';
import dateValidity from '../date-validity.js';
import departmentConsistency from '../department-consistency.js';
import fileNameConsistency from '../file-name-consistency.js';
import thresholdConsistency from '../threshold-consistency.js';
import tocSections from '../toc-sections.js';

/**
 * Rules registered by this set (one rule per file in rules/, each with docs/rules/<id>.md): the form's
 * cross-field agreements (DEP-17, DEP-27, departments), dates (impossible dates, 和暦 style, the order
 * of the procedure: DEP-28), the 変更箇所 annex (dates, DEP-23 timing, identical rows, unknown items)
 * and the 項目一覧 against the parts present.
 */
export const formRulesB: AnyRuleModule[] = [
  fileNameConsistency,
  departmentConsistency,
  thresholdConsistency,
  dateValidity,
  dateStyle,
  dateOrder,
  changeLogDates,
  changeLogTiming,
  changeLogIdentical,
  changeLogItem,
  tocSections,
];
