import { facet, type ColorAttribute } from '../domain/facets';
import type { ThemeId } from '../domain/themes';
import type { TypologyId } from '../domain/typology';

export type Rgb = [number, number, number];

/**
 * Seven colours told apart with normal sight and with deuteranopia (Okabe and Ito's set without its
 * yellow, with Tol's indigo and wine; palette.test.ts checks their CIEDE2000 distances), saturated
 * enough to stand out on the pale basemap. More classes than this cannot be told apart on a map:
 * the sixteen themes are drawn in seven families.
 */
export const SAFE_COLORS = {
  green: [0, 158, 115],
  orange: [230, 159, 0],
  sky: [86, 180, 233],
  wine: [136, 34, 85],
  blue: [0, 114, 178],
  vermilion: [213, 94, 0],
  indigo: [51, 34, 136],
} as const satisfies Record<string, Rgb>;
type SafeColor = keyof typeof SAFE_COLORS;
const IN_ORDER = Object.values(SAFE_COLORS) as readonly Rgb[];
export const UNKNOWN_COLOR: Rgb = [120, 120, 130];

/** The models keep their colours whatever their order, as the study's charts show them. */
const TYPOLOGY_COLORS: Record<TypologyId, SafeColor> = {
  humanis: 'vermilion',
  cosmin: 'orange',
  cimob: 'wine',
  climapart: 'green',
  astre: 'blue',
};

/** The themes' families, one colour each. */
const THEME_COLORS: Record<ThemeId, SafeColor> = {
  'eau-assainissement': 'green',
  'energie-climat': 'green',
  'environnement-dechets': 'green',
  'agriculture-alimentation': 'orange',
  sante: 'orange',
  'education-formation': 'sky',
  'jeunesse-sport-mobilite': 'sky',
  ecsi: 'sky',
  'culture-patrimoine': 'wine',
  'economie-tourisme': 'blue',
  'gouvernance-locale': 'blue',
  'developpement-urbain': 'blue',
  numerique: 'blue',
  'urgence-humanitaire': 'vermilion',
  'egalite-femmes-hommes': 'indigo',
  'migrations-diasporas': 'indigo',
};

const FIXED_COLORS: Partial<Record<ColorAttribute, Readonly<Record<string, SafeColor>>>> = { typology: TYPOLOGY_COLORS, theme: THEME_COLORS };

/** The categories of an attribute, in legend order, each with its colour. */
export function paletteFor(attribute: ColorAttribute): { value: string; color: Rgb }[] {
  return (facet(attribute).colours ?? []).map((value, i) => {
    const fixed = FIXED_COLORS[attribute]?.[value];
    return { value, color: fixed ? SAFE_COLORS[fixed] : IN_ORDER[i % IN_ORDER.length] };
  });
}

/** The legend's lines: the categories that share a colour go on one line, in legend order. */
export function legendGroups(attribute: ColorAttribute): { values: string[]; color: Rgb }[] {
  const groups = new Map<Rgb, string[]>();
  for (const { value, color } of paletteFor(attribute)) groups.set(color, [...(groups.get(color) ?? []), value]);
  return [...groups].map(([color, values]) => ({ values, color }));
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
