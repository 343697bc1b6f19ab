/**
 * The default terminology dictionary (data only): spellings that one document should not mix.
 * A document is held to its own majority spelling; `preferred` breaks ties and is the suggestion
 * when a document uses the variants equally often. Entries are matched in order, and a longer
 * entry (中間サーバー) claims its text before a shorter one (サーバー) sees it.
 */

export interface TerminologyEntry {
  id: string;
  /** Spellings of one term; longer ones are matched first. */
  variants: readonly string[];
  preferred: string;
  note?: string;
}

export interface TerminologyDictionary {
  entries: readonly TerminologyEntry[];
  /** Half- vs full-width digits in law citations; false turns the check off. */
  citationDigits: false | { preferred: 'halfwidth' | 'fullwidth' };
}

export const DEFAULT_TERMINOLOGY: TerminologyDictionary = {
  entries: [
    {
      id: 'chukan-server',
      variants: ['中間サーバー', '中間サーバ'],
      preferred: '中間サーバー',
      note: 'J-LIS 「中間サーバー・プラットフォーム」 (law-and-rules.md §3.7 [S])',
    },
    {
      id: 'server',
      variants: ['サーバー', 'サーバ'],
      preferred: 'サーバー',
      note: '外来語の長音（平成3年内閣告示第2号「外来語の表記」）[M]',
    },
    { id: 'user', variants: ['ユーザー', 'ユーザ'], preferred: 'ユーザー' },
    { id: 'computer', variants: ['コンピューター', 'コンピュータ'], preferred: 'コンピューター' },
    { id: 'printer', variants: ['プリンター', 'プリンタ'], preferred: 'プリンター' },
    { id: 'folder', variants: ['フォルダー', 'フォルダ'], preferred: 'フォルダー' },
    { id: 'browser', variants: ['ブラウザー', 'ブラウザ'], preferred: 'ブラウザー' },
    { id: 'parameter', variants: ['パラメーター', 'パラメータ'], preferred: 'パラメーター' },
  ],
  citationDigits: { preferred: 'halfwidth' },
};
