import { facet, type ColorAttribute } from '../domain/facets';
import type { TypologyId } from '../domain/typology';

export type Rgb = [number, number, number];

/** Saturated hues that stay apart on the pale basemap (the e2e test finds arcs by their saturation). */
const HUES: Rgb[] = [
  [213, 62, 79],
  [50, 136, 189],
  [102, 166, 30],
  [230, 120, 20],
  [117, 76, 190],
  [0, 150, 136],
  [200, 60, 160],
  [170, 130, 0],
  [30, 90, 200],
  [190, 30, 30],
  [20, 130, 70],
  [240, 90, 130],
  [100, 70, 30],
  [0, 120, 180],
  [150, 40, 110],
  [90, 110, 20],
];
export const UNKNOWN_COLOR: Rgb = [120, 120, 130];

/** The models keep their colours whatever their order, as the study's charts show them. */
const TYPOLOGY_COLORS: Record<TypologyId, Rgb> = {
  humanis: [213, 62, 79],
  cosmin: [230, 120, 20],
  cimob: [117, 76, 190],
  climapart: [0, 150, 136],
  astre: [30, 90, 200],
};

const FIXED_COLORS: Partial<Record<ColorAttribute, Readonly<Record<string, Rgb>>>> = { typology: TYPOLOGY_COLORS };

/** The categories of an attribute, in legend order, each with its colour. */
export function paletteFor(attribute: ColorAttribute): { value: string; color: Rgb }[] {
  return (facet(attribute).colours ?? []).map((value, i) => ({
    value,
    color: FIXED_COLORS[attribute]?.[value] ?? HUES[i % HUES.length],
  }));
}

export function colorLookup(attribute: ColorAttribute): (value: string | null) => Rgb {
  const colors = new Map(paletteFor(attribute).map(({ value, color }) => [value, color]));
  return (value) => (value === null ? UNKNOWN_COLOR : (colors.get(value) ?? UNKNOWN_COLOR));
}

/** The pale start of an arc: the colour mixed with white, so direction reads light → dark. */
export function lighten([r, g, b]: Rgb, amount = 0.6): Rgb {
  return [r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount].map(Math.round) as Rgb;
}

export function cssColor([r, g, b]: Rgb): string {
  return `rgb(${r} ${g} ${b})`;
}
