import type { Cooperation } from '../domain/cooperation';
import { lighten, type Rgb } from './palette';

/** Opacity of a cooperation's arc, at both ends. */
const ARC_ALPHA = 220;
/** A filter value of 1 keeps an arc, 0 hides it (DataFilterExtension's range is [KEPT, KEPT]). */
export const KEPT = 1;

/** What a pick on a cooperation's arc gives, as a flow's pick gives its ArcDatum. */
export interface CooperationPick {
  kind: 'cooperation';
  cooperation: Cooperation;
}

/** One typed-array view of a deck.gl binary attribute. */
interface BinaryAttribute {
  value: Float32Array | Uint8Array;
  size: number;
  stride?: number;
  offset?: number;
  normalized?: boolean;
}

/**
 * One arc per cooperation as deck.gl binary attributes (`data: { length, attributes }`), in the
 * order of `cooperations`, so that arc i picks cooperation i. deck.gl re-uploads an attribute only
 * when its object changes: a new filter keeps the others as they are.
 */
export interface CooperationArcs {
  length: number;
  cooperations: readonly Cooperation[];
  attributes: {
    getSourcePosition: BinaryAttribute;
    getTargetPosition: BinaryAttribute;
    getSourceColor: BinaryAttribute;
    getTargetColor: BinaryAttribute;
    getFilterValue: BinaryAttribute;
  };
}

/** [source lon, source lat, target lon, target lat] per cooperation. */
function arcPositions(cooperations: readonly Cooperation[]): Float32Array {
  const positions = new Float32Array(cooperations.length * 4);
  cooperations.forEach((c, i) => {
    positions[i * 4] = c.ctLon;
    positions[i * 4 + 1] = c.ctLat;
    positions[i * 4 + 2] = c.partnerLon;
    positions[i * 4 + 3] = c.partnerLat;
  });
  return positions;
}

/** [source rgba, target rgba] per cooperation: pale at the French end, strong at the partner's, to show the direction. */
function arcColors(cooperations: readonly Cooperation[], colorOf: (cooperation: Cooperation) => Rgb): Uint8Array {
  const colors = new Uint8Array(cooperations.length * 8);
  const pale = new Map<Rgb, Rgb>();
  cooperations.forEach((c, i) => {
    const color = colorOf(c);
    let source = pale.get(color);
    if (!source) pale.set(color, (source = lighten(color)));
    const at = i * 8;
    for (let k = 0; k < 3; k++) {
      colors[at + k] = source[k];
      colors[at + 4 + k] = color[k];
    }
    colors[at + 3] = ARC_ALPHA;
    colors[at + 7] = ARC_ALPHA;
  });
  return colors;
}

/** The filter attribute: KEPT where the mask keeps the cooperation. */
function filterValues(mask: Uint8Array): Float32Array {
  const values = new Float32Array(mask.length);
  for (let i = 0; i < mask.length; i++) values[i] = mask[i] ? KEPT : 0;
  return values;
}

/** Arcs over the given positions and colours, every one kept. */
function arcsOver(cooperations: readonly Cooperation[], positions: Float32Array, colors: Uint8Array): CooperationArcs {
  return {
    length: cooperations.length,
    cooperations,
    attributes: {
      getSourcePosition: { value: positions, size: 2, stride: 16, offset: 0 },
      getTargetPosition: { value: positions, size: 2, stride: 16, offset: 8 },
      getSourceColor: { value: colors, size: 4, stride: 8, offset: 0, normalized: true },
      getTargetColor: { value: colors, size: 4, stride: 8, offset: 4, normalized: true },
      getFilterValue: { value: new Float32Array(cooperations.length).fill(KEPT), size: 1 },
    },
  };
}

/** The arcs, every one kept: built once per dataset and colouring. */
export function cooperationArcs(cooperations: readonly Cooperation[], colorOf: (cooperation: Cooperation) => Rgb): CooperationArcs {
  return arcsOver(cooperations, arcPositions(cooperations), arcColors(cooperations, colorOf));
}

/** The same arcs with another filter: positions and colours are shared, not copied. */
export function withFilter(arcs: CooperationArcs, mask: Uint8Array): CooperationArcs {
  return { ...arcs, attributes: { ...arcs.attributes, getFilterValue: { value: filterValues(mask), size: 1 } } };
}

/**
 * Up to this many kept arcs are copied into arrays of their own rather than filtered on the GPU:
 * the GPU still runs every hidden arc's vertices each frame, which for a few hundred arcs kept out
 * of 10,000 made the browser tests of small questions two to five times slower on software WebGL.
 */
export const COPIED_UP_TO = 800;

/** The kept arcs, copied in their order from the arrays of all of them. */
function keptArcs(arcs: CooperationArcs, mask: Uint8Array, count: number): CooperationArcs {
  const allPositions = arcs.attributes.getSourcePosition.value;
  const allColors = arcs.attributes.getSourceColor.value;
  const positions = new Float32Array(count * 4);
  const colors = new Uint8Array(count * 8);
  const cooperations: Cooperation[] = [];
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    positions.set(allPositions.subarray(i * 4, i * 4 + 4), cooperations.length * 4);
    colors.set(allColors.subarray(i * 8, i * 8 + 8), cooperations.length * 8);
    cooperations.push(arcs.cooperations[i]);
  }
  return arcsOver(cooperations, positions, colors);
}

/** What the map draws of the arcs for the mask, which keeps `count` of them: a few copied, more filtered on the GPU. */
export function drawnArcs(arcs: CooperationArcs, mask: Uint8Array, count: number): CooperationArcs {
  return count <= COPIED_UP_TO ? keptArcs(arcs, mask, count) : withFilter(arcs, mask);
}

/** The cooperation behind arc i, for tooltips and clicks. */
export function pickAt(arcs: CooperationArcs, index: number): CooperationPick | undefined {
  const cooperation = arcs.cooperations[index];
  return cooperation && { kind: 'cooperation', cooperation };
}

