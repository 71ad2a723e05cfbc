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

export function labelExtent(candidate: Pick<LabelCandidate, 'text' | 'kind'>): Extent {
  const size = LABEL_SIZE[candidate.kind];
  const width = candidate.text.length * size * CHAR_WIDTH;
  const half = size * 0.6;
  return candidate.kind === 'country'
    ? { left: -width / 2, right: width / 2, top: -half, bottom: half }
    : { left: LABEL_OFFSET, right: LABEL_OFFSET + width, top: -half, bottom: half };
}

type Box = [number, number, number, number];

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

export interface Screen {
  width: number;
  height: number;
  /** Pixel position of a point, [x, y] from the top left. */
  project: (position: LonLat) => [number, number];
}

/**
 * Greedy placement, most important first: a label is drawn when its box is on screen and
 * overlaps none already drawn. Pinned labels go first and are kept even when they overlap.
 */
export function placeLabels(candidates: readonly LabelCandidate[], screen: Screen, limit = 120): LabelCandidate[] {
  const order = candidates
    .map((candidate, i) => ({ candidate, i }))
    .sort((a, b) => Number(b.candidate.pinned) - Number(a.candidate.pinned) || b.candidate.priority - a.candidate.priority || a.i - b.i);
  const boxes: Box[] = [];
  const placed: LabelCandidate[] = [];
  const seen = new Set<string>();
  for (const { candidate } of order) {
    if (placed.length >= limit && !candidate.pinned) break;
    if (seen.has(candidate.id)) continue;
    const [x, y] = screen.project(candidate.position);
    const extent = labelExtent(candidate);
    const box: Box = [x + extent.left - MARGIN, y + extent.top - MARGIN, x + extent.right + MARGIN, y + extent.bottom + MARGIN];
    const onScreen = box[2] > 0 && box[0] < screen.width && box[3] > 0 && box[1] < screen.height;
    if (!onScreen) continue;
    if (!candidate.pinned && boxes.some((other) => overlaps(box, other))) continue;
    boxes.push(box);
    placed.push(candidate);
    seen.add(candidate.id);
  }
  return placed;
}
