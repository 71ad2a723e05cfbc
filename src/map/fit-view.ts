import type { PaddingOptions } from 'maplibre-gl';

/** Below this map width the selection card is a bottom sheet rather than a side card. */
export const PHONE_WIDTH = 720;
/** The side card's width and margins (styles.css `.card`). */
const CARD_WIDTH = 360 + 56;
/** The share of a phone's map the bottom sheet covers (styles.css `.card` on phones). */
const SHEET_SHARE = 0.45;
const MARGIN = 48;

/**
 * Room to leave around what is fitted: a margin, and the card's side when a card covers the map.
 * Never more than the map can give, so that a small map still shows what is fitted.
 */
export function fitPadding(width: number, height: number, withCard: boolean, legendWidth = 0): PaddingOptions {
  const margin = Math.min(MARGIN, width / 8, height / 8);
  // The open legend floats at the top left of a wide map.
  const left = width < PHONE_WIDTH ? margin : Math.min(Math.round(width / 3), margin + legendWidth);
  const padding = { top: margin, right: margin, bottom: margin, left };
  if (!withCard) return padding;
  // Above the sheet, a margin more: a point at its very edge would have its name under it.
  if (width < PHONE_WIDTH) padding.bottom = Math.round(height * SHEET_SHARE) + margin;
  else padding.right = Math.min(CARD_WIDTH, Math.round(width / 2));
  return padding;
}
