import { TextLayer } from '@deck.gl/layers';
import type { LonLat } from '../model/flows';
import type { EndpointDatum } from './arc-data';
import { WebMercatorViewport } from '@deck.gl/core';
import { LABEL_OFFSET, LABEL_SIZE, placeLabels, type Box, type LabelCandidate, type LabelKind, type PlacedLabel } from './label-placement';
import type { ScreenView } from './view-box';

/** Below this zoom the map is at world scale, where country names come before any place. */
export const WORLD_SCALE_BELOW = 4;

export interface CountryLabelInput {
  iso2: string;
  name: string;
  position: LonLat;
  /** Kept cooperations with this country. */
  count: number;
}

export interface LabelInput {
  zoom: number;
  countries: readonly CountryLabelInput[];
  endpoints: readonly EndpointDatum[];
  /** The selection's own ends: always named; the other ends then fade and go unnamed. */
  selectedEndpoints: readonly EndpointDatum[] | null;
}

// Tiers of importance; within a tier, more cooperations come first.
const FIRST = 2e6;
const SECOND = 1e6;

function endpointLabel(end: EndpointDatum, pinned: boolean): LabelCandidate {
  return {
    id: `${end.side}:${end.position[0]},${end.position[1]}`,
    text: end.name,
    position: end.position,
    kind: end.side,
    // The French ends are where every flow leaves from: they come first.
    priority: (end.side === 'france' ? FIRST : SECOND) + end.count,
    pinned,
  };
}

/**
 * What may be named: the French ends, then countries with cooperations (before places at world
 * scale, where flows end at them), then the partner ends, busiest first, then the other countries.
 * An end at a country point is named by the country itself.
 */
export function labelCandidates({ zoom, countries, endpoints, selectedEndpoints }: LabelInput): LabelCandidate[] {
  const worldScale = zoom < WORLD_SCALE_BELOW;
  const countryLabels = countries.map(
    (country): LabelCandidate => ({
      id: `country:${country.iso2}`,
      text: country.name,
      position: country.position,
      kind: 'country',
      priority: country.count === 0 ? 0 : (worldScale ? SECOND * 1.5 : SECOND / 2) + country.count,
      pinned: false,
    }),
  );
  const ends = selectedEndpoints ? selectedEndpoints.map((end) => endpointLabel(end, true)) : endpoints.filter((end) => end.target.kind !== 'country').map((end) => endpointLabel(end, false));
  return [...ends, ...countryLabels];
}

/** The labels that fit on the map as it looks now, clear of what floats over it. */
export function labelsInView(candidates: readonly LabelCandidate[], view: ScreenView, obstacles: readonly Box[] = []): PlacedLabel[] {
  const viewport = new WebMercatorViewport({ longitude: view.lon, latitude: view.lat, zoom: view.zoom, width: view.width, height: view.height });
  return placeLabels(candidates, { width: view.width, height: view.height, project: (position) => viewport.project(position) as [number, number], obstacles });
}

type Rgba = [number, number, number, number];
const INK: Record<LabelKind, Rgba> = { country: [95, 90, 82, 255], france: [25, 35, 70, 255], partner: [30, 30, 36, 255] };
const HALO: Rgba = [255, 255, 255, 235];
const ANCHORS = { right: 'start', left: 'end', centre: 'middle' } as const;
const OFFSETS = { right: LABEL_OFFSET, left: -LABEL_OFFSET, centre: 0 } as const;

/**
 * Labels drawn by deck.gl from a font atlas it builds in the page with the system sans-serif:
 * no glyph server, no font file to fetch.
 */
export function labelLayer(labels: readonly PlacedLabel[]): TextLayer<PlacedLabel> {
  return new TextLayer<PlacedLabel>({
    id: 'labels',
    data: labels,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: (d) => LABEL_SIZE[d.kind],
    getColor: (d) => INK[d.kind],
    getTextAnchor: (d) => ANCHORS[d.side],
    getAlignmentBaseline: 'center',
    getPixelOffset: (d) => [OFFSETS[d.side], 0],
    fontFamily: 'system-ui, "DejaVu Sans", "Noto Sans", sans-serif',
    fontWeight: 600,
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    outlineWidth: 4,
    outlineColor: HALO,
    sizeUnits: 'pixels',
  });
}
