/**
 * Import notes: every loss or doubt of the importer is said, never silent. Messages are Japanese
 * first with English available, like rule messages; `{name}` placeholders are filled from data.
 */
import type { LocalizedText } from '../../engine/types.js';

export const NOTE_MESSAGES = {
  kindDetected: {
    ja: '評価書の種類を「{kind}」と判定しました（根拠: {signal}）。',
    en: 'Detected the assessment kind "{kind}" (signal: {signal}).',
  },
  kindUndetected: {
    ja: '評価書の種類を判定できませんでした。「{kind}」として読み込みます。',
    en: 'Could not detect the assessment kind; reading it as "{kind}".',
  },
  kindConflict: {
    ja: '評価書の種類の手掛かりが食い違っています（{signals}）。「{kind}」として読み込みます。',
    en: 'The kind signals disagree ({signals}); reading it as "{kind}".',
  },
  blockNotFound: {
    ja: '「{label}」のブロックが見つかりません（変換で失われた可能性があります）。',
    en: 'The block "{label}" was not found (it may have been lost in conversion).',
  },
  fieldNotFound: {
    ja: '「{label}」の行が見つかりません。',
    en: 'The row "{label}" was not found.',
  },
  valueNotPlaced: {
    ja: '「{label}」の値を確実に特定できないため、不明として扱います。',
    en: 'The value of "{label}" could not be placed with confidence; it is left unknown.',
  },
  valueLowConfidence: {
    ja: '「{label}」の値は位置関係から推定しました（確度 {confidence}）。',
    en: 'The value of "{label}" was placed by proximity (confidence {confidence}).',
  },
  choiceUnrecognised: {
    ja: '「{label}」の値「{raw}」は選択肢のいずれにも一致しません。',
    en: 'The value "{raw}" of "{label}" matches none of the options.',
  },
  choiceNoValue: {
    ja: '「{label}」は選択肢だけが表示され、選択された値がありません。',
    en: '"{label}" prints its options but no selected value.',
  },
  choiceAmbiguous: {
    ja: '「{label}」に複数の値の候補があります（{candidates}）。最初の括弧内の値を採用しました。',
    en: '"{label}" has several candidate values ({candidates}); the first bracketed one was taken.',
  },
  checksLost: {
    ja: '「{label}」のチェック状態が変換で失われています（チェックなしのまま記入があるため）。状態は不明（null）とし、記入のある項目のみチェックありとみなしました。',
    en: 'The check states of "{label}" were lost in conversion (no box is checked although text is filled); states are unknown (null), boxes with filled text are taken as checked.',
  },
  checksRadioOnly: {
    ja: '「{label}」のチェック状態を読み取れません（ラジオボタンの表示のみ）。',
    en: 'The check states of "{label}" cannot be read (radio marks only).',
  },
  checksDetached: {
    ja: '「{label}」のチェック状態の一部を読み取れません（印が欄から離れています）。読み取れない欄は不明（null）とします。',
    en: 'Some check states of "{label}" cannot be read (marks detached from their boxes); those boxes are unknown (null).',
  },
  checksLowConfidence: {
    ja: '「{label}」のチェック状態は表示形式から推定しました（確度 {confidence}）。',
    en: 'The check states of "{label}" were inferred from the mark encoding (confidence {confidence}).',
  },
  checksUnmatched: {
    ja: '「{label}」に、どのチェック項目にも一致しない表示があります: 「{text}」。',
    en: '"{label}" contains text that matches no box: "{text}".',
  },
  checkDerived: {
    ja: '「{label}」の「{box}」は、件数または該当欄の記載からチェックありと判断しました。',
    en: 'The box "{box}" of "{label}" was derived as checked from a count or filled slots.',
  },
  countUnreadable: {
    ja: '「{label}」の件数を読み取れません。',
    en: 'The count of "{label}" cannot be read.',
  },
  countCandidates: {
    ja: '「{label}」の件数の候補（{candidates}）をどの項目に対応させるか確定できないため、不明とします。',
    en: 'The count candidates ({candidates}) of "{label}" cannot be assigned with confidence; left unknown.',
  },
  slotMissing: {
    ja: '「{label}」がレンダリングにありません（件数または番号の欠落から判断）。',
    en: '"{label}" is not in the rendering (judged from the count or the gap in slot numbers).',
  },
  dateUnreadable: {
    ja: '「{label}」の日付「{raw}」を解釈できません。',
    en: 'The date "{raw}" of "{label}" cannot be read.',
  },
  duplicateDiffers: {
    ja: '「{label}」が複数回記載され、内容が異なります。最初の記載を採用しました。',
    en: '"{label}" is printed more than once with different content; the first one was kept.',
  },
  unknownLabel: {
    ja: '様式にない行「{text}」があります（新しい様式の項目の可能性があります）。',
    en: 'A row that is not in the form: "{text}" (possibly an item of a newer form).',
  },
  titleAmbiguous: {
    ja: '「{label}」は「{content}」と同じセルに記載されている可能性があり、区別できないため不明として扱います。',
    en: '"{label}" may be printed in the same cell as "{content}" and cannot be told apart; it is left unknown.',
  },
  changeRowRebuilt: {
    ja: '変更箇所の行を再構成しました（確度 {confidence}）。',
    en: 'A change-log row was rebuilt from scattered text (confidence {confidence}).',
  },
  changeCellsUnreadable: {
    ja: '変更箇所 {row}行目はセルが欠けているか列の区切りが判断できないため、{cells}を読み取れません（不明として扱います）。',
    en: 'Change-log row {row} lacks a cell or cannot be split into its columns: its {cellsEn} cannot be read (left unknown).',
  },
  changeLogUnreadable: {
    ja: '変更箇所の表を行に分解できません。原文のまま保持します。',
    en: 'The change log cannot be split into rows; its text is kept raw.',
  },
  importFailed: {
    ja: '読み込み中に予期しない問題が発生しました（{error}）。読み取れた範囲のみを返します。',
    en: 'An unexpected problem occurred while importing ({error}); only what was read is returned.',
  },
  notRendering: {
    ja: 'このテキストには評価書の様式の手掛かりがありません。',
    en: 'This text shows no sign of an assessment form.',
  },
} satisfies Record<string, LocalizedText>;

export type NoteMessageId = keyof typeof NOTE_MESSAGES;

export function formatNote(id: NoteMessageId, data: Record<string, string | number> = {}): LocalizedText {
  const fill = (s: string): string => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
  const msg = NOTE_MESSAGES[id];
  return { ja: fill(msg.ja), en: fill(msg.en) };
}
