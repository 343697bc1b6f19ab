/**
 * Private-use characters standing for `<input>` elements in extracted cell text, so that boxes and
 * their labels stay in reading order for the checkbox and choice readers. They never reach a value:
 * text values are cleaned with `stripMarkers`.
 */
export const BOX_UNCHECKED = '\ue000';
export const BOX_CHECKED = '\ue001';
export const RADIO_UNCHECKED = '\ue002';
export const RADIO_CHECKED = '\ue003';

export const ANY_MARKER = /[\ue000-\ue003]/;
export const ANY_MARKER_G = /[\ue000-\ue003]/g;

export function isMarker(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\ue000' && ch <= '\ue003';
}
