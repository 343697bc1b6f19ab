import { createRule } from '../src/engine/create-rule.js';
import { CLOUD_CHECKLIST, checkCloudWording } from '../src/law/index.js';
import { isBodyText, lawTexts, type LawText } from './util/law-texts.js';

/**
 * law-and-rules.md §3.6 / §5 PIA-CLD-001…004: when an assessment describes a cloud or the
 * ガバメントクラウド, a reviewer expects the checklist's statements somewhere in it — ISMAP for any
 * cloud; ISO/IEC 27017 and 27018, data kept in Japan and the government's cloud policy for a cloud
 * that is not the ガバメントクラウド; a shared-responsibility statement; for the ガバメントクラウド,
 * who is responsible for the business data and how data is deleted. The document is read as a whole
 * (the statements sit in different sections). The cloud must be described in the body; the 変更後 of
 * 変更箇所 rows counts as evidence that a statement is made (a rendering may have lost the body's
 * block), 変更前 text is history and is not read.
 *
 * For the ガバメントクラウド, the statement of who is responsible for the business data (地方公共団体,
 * ASP, ガバメントクラウド運用管理補助者) is the responsibility split: a separate 「責任共有モデル」
 * sentence is not asked for when the only cloud is the ガバメントクラウド and that statement is there.
 *
 * ISMAP and the PIA-CLD-002 items are warnings; the shared-responsibility and ガバメントクラウド
 * responsibility/deletion items (PIA-CLD-003, -004) are info notes. Each missing item is reported once,
 * at the first place the document speaks of the cloud.
 */
const INFO_RULES: ReadonlySet<string> = new Set(['PIA-CLD-003', 'PIA-CLD-004']);
/** Keeps the checklist's sentence patterns from running from one field into the next. */
const SEPARATOR = '。\n';

export default createRule({
  meta: {
    id: 'cloud-wording',
    category: 'cloud',
    defaultSeverity: 'warn',
    description: {
      ja: 'クラウドやガバメントクラウドを使うと書く評価書は、ISMAP など審査で確かめられる事項（docs/rules/cloud-wording.md のチェックリスト）を記載する。',
      en: 'An assessment that describes a cloud or the ガバメントクラウド states what reviewers check (ISMAP and the rest of the checklist in docs/rules/cloud-wording.md).',
    },
    messages: {
      missing: {
        ja: 'クラウド（{{mention}}）を使うと記載していますが、「{{item}}」の記載が見当たりません（例: {{example}}）。',
        en: 'The document describes a cloud ({{mention}}) but does not state: {{item}} (e.g. {{example}}).',
      },
    },
  },
  check(context) {
    const texts = lawTexts(context).filter((t) => t.text.trim() !== '');
    if (texts.length === 0) return;
    const offsets: { text: LawText; start: number }[] = [];
    let joined = '';
    for (const text of texts) {
      offsets.push({ text, start: joined.length });
      joined += text.text + SEPARATOR;
    }
    const result = checkCloudWording(joined);
    if (!result.cloudDescribed) return;
    const locate = (offset: number): { text: LawText; start: number } => [...offsets].reverse().find((o) => o.start <= offset)!;
    const first = result.mentions.find((m) => isBodyText(locate(m.start).text));
    if (!first) return;
    const at = locate(first.start);
    const gcSplitStated = result.governmentCloud && !result.otherCloud && result.present.includes('gcResponsibility');
    const missing = result.missing.filter((id) => !(id === 'sharedResponsibility' && gcSplitStated));
    for (const id of missing) {
      const item = CLOUD_CHECKLIST.find((i) => i.id === id);
      if (!item) continue;
      context.report({
        target: at.text.target,
        messageId: 'missing',
        data: { mention: first.text, item: item.label[context.locale], example: item.seedWording },
        span: { start: first.start - at.start, end: first.end - at.start },
        ...(item.rule && INFO_RULES.has(item.rule) ? { severity: 0 as const } : {}),
      });
    }
  },
});
