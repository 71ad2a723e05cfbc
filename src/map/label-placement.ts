import type { LonLat } from '../model/flows';

/** What a label names, which also sets how it is drawn. */
export type LabelKind = 'country' | 'france' | 'partner';

export interface LabelCandidate {
  id: string;
  text: string;
  position: LonLat;
  kind: LabelKind;
  /** Higher first; ties keep the candidates' order. */
  priority: number;
  /** Drawn whatever it overlaps (the selection's own places). */
  pinned: boolean;
}

/** Which side of its point a place label is written on; country names are centred. */
export type LabelSide = 'right' | 'left' | 'centre';

export interface PlacedLabel extends LabelCandidate {
  side: LabelSide;
}

/** A label's box in screen pixels, relative to its anchor point. */
interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const LABEL_SIZE: Record<LabelKind, number> = { country: 12, france: 12, partner: 12 };
/** Place labels sit right of their disc; country names are centred on their point. */
export const LABEL_OFFSET = 7;
/** A generous mean advance of the system sans-serif, as a share of the font size. */
const CHAR_WIDTH = 0.6;
const MARGIN = 2;

function labelExtent(candidate: Pick<LabelCandidate, 'text' | 'kind'>, side: LabelSide): Extent {
  const size = LABEL_SIZE[candidate.kind];
  const width = candidate.text.length * size * CHAR_WIDTH;
  const half = size * 0.6;
  if (side === 'centre') return { left: -width / 2, right: width / 2, top: -half, bottom: half };
  return side === 'right' ? { left: LABEL_OFFSET, right: LABEL_OFFSET + width, top: -half, bottom: half } : { left: -LABEL_OFFSET - width, right: -LABEL_OFFSET, top: -half, bottom: half };
}

const SIDES: Record<LabelKind, LabelSide[]> = { country: ['centre'], france: ['right', 'left'], partner: ['right', 'left'] };

/** [left, top, right, bottom] in screen pixels. */
export type Box = [number, number, number, number];

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

export interface Screen {
  width: number;
  height: number;
  /** Pixel position of a point, [x, y] from the top left. */
  project: (position: LonLat) => [number, number];
  /** What floats over the map (the legend, the card, the controls): no label but a pinned one is written under them. */
  obstacles?: readonly Box[];
}

/**
 * Greedy placement, most important first: a label is drawn on the first side of its point where
 * its box is on screen, clear of the obstacles, and overlaps none already drawn. Pinned labels go
 * first and are kept, even when every side overlaps, on their first side clear of the obstacles,
 * or else on screen.
 */
export function placeLabels(candidates: readonly LabelCandidate[], screen: Screen, limit = 120): PlacedLabel[] {
  const order = candidates
    .map((candidate, i) => ({ candidate, i }))
    .sort((a, b) => Number(b.candidate.pinned) - Number(a.candidate.pinned) || b.candidate.priority - a.candidate.priority || a.i - b.i);
  const boxes: Box[] = [];
  const placed: PlacedLabel[] = [];
  const seen = new Set<string>();
  for (const { candidate } of order) {
    if (placed.length >= limit && !candidate.pinned) break;
    if (seen.has(candidate.id)) continue;
    const [x, y] = screen.project(candidate.position);
    const options = SIDES[candidate.kind].map((side) => {
      const extent = labelExtent(candidate, side);
      const box: Box = [x + extent.left - MARGIN, y + extent.top - MARGIN, x + extent.right + MARGIN, y + extent.bottom + MARGIN];
      return { side, box };
    });
    const onScreen = options.filter(({ box }) => box[2] > 0 && box[0] < screen.width && box[3] > 0 && box[1] < screen.height);
    const clear = onScreen.filter(({ box }) => !screen.obstacles?.some((obstacle) => overlaps(box, obstacle)));
    const chosen = clear.find(({ box }) => !boxes.some((other) => overlaps(box, other))) ?? (candidate.pinned ? (clear[0] ?? onScreen[0]) : undefined);
    if (!chosen) continue;
    boxes.push(chosen.box);
    placed.push({ ...candidate, side: chosen.side });
    seen.add(candidate.id);
  }
  return placed;
}
