import type { Cooperation } from '../domain/cooperation';
import { THEME_IDS, type ThemeId } from '../domain/themes';
import { TYPOLOGY_IDS, type TypologyId } from '../domain/typology';

/** Marks "no value" in the Uint8 / Uint16 category columns. */
export const NONE = 0xff;

/**
 * Cooperations turned once into typed columns, so that filtering and aggregating
 * read numbers instead of objects (flowmap.gl and kepler.gl work the same way).
 */
export interface CooperationIndex {
  readonly size: number;
  readonly cooperations: readonly Cooperation[];
  /** Bit i set when the cooperation has THEME_IDS[i]. */
  readonly themeBits: Uint32Array;
  readonly typology: Uint8Array;
  readonly region: Uint16Array;
  readonly country: Uint16Array;
  readonly collectivity: Uint32Array;
  readonly regionCodes: readonly string[];
  readonly countryCodes: readonly string[];
  readonly collectivityCodes: readonly string[];
}

function dictionary(values: Iterable<string>): { codes: string[]; indexOf: Map<string, number> } {
  const codes = [...new Set(values)].sort();
  return { codes, indexOf: new Map(codes.map((code, i) => [code, i])) };
}

export function buildIndex(cooperations: readonly Cooperation[]): CooperationIndex {
  const size = cooperations.length;
  const regions = dictionary(cooperations.map((c) => c.ctRegion));
  const countries = dictionary(cooperations.map((c) => c.partnerCountry));
  const collectivities = dictionary(cooperations.map((c) => c.ctCode));
  const themeBit = new Map(THEME_IDS.map((id, i) => [id, 1 << i]));
  const typologyIndex = new Map(TYPOLOGY_IDS.map((id, i) => [id, i]));

  const index = {
    size,
    cooperations,
    themeBits: new Uint32Array(size),
    typology: new Uint8Array(size),
    region: new Uint16Array(size),
    country: new Uint16Array(size),
    collectivity: new Uint32Array(size),
    regionCodes: regions.codes,
    countryCodes: countries.codes,
    collectivityCodes: collectivities.codes,
  };
  cooperations.forEach((c, i) => {
    let bits = 0;
    for (const theme of c.themes) bits |= themeBit.get(theme) ?? 0;
    index.themeBits[i] = bits >>> 0;
    index.typology[i] = c.typology === null ? NONE : (typologyIndex.get(c.typology) ?? NONE);
    index.region[i] = regions.indexOf.get(c.ctRegion)!;
    index.country[i] = countries.indexOf.get(c.partnerCountry)!;
    index.collectivity[i] = collectivities.indexOf.get(c.ctCode)!;
  });
  return index;
}

export interface Filters {
  themes: readonly ThemeId[];
  regions: readonly string[];
  typologies: readonly TypologyId[];
  countries: readonly string[];
  ct: string | null;
}

/** A set membership test over a dictionary column; null when the facet is not filtered. */
function membership(codes: readonly string[], wanted: readonly string[]): Uint8Array | null {
  if (wanted.length === 0) return null;
  const accepted = new Uint8Array(codes.length + 1);
  for (const value of wanted) {
    const position = codes.indexOf(value);
    if (position >= 0) accepted[position] = 1;
  }
  return accepted;
}

/** Values of one facet combine with OR, facets with AND. Returns 1 for each kept cooperation. */
export function filterIndex(index: CooperationIndex, filters: Filters): { mask: Uint8Array; count: number } {
  const themeMask = filters.themes.reduce((bits, id) => bits | (1 << THEME_IDS.indexOf(id)), 0);
  const typologies = membership(TYPOLOGY_IDS, filters.typologies);
  const regions = membership(index.regionCodes, filters.regions);
  const countries = membership(index.countryCodes, filters.countries);
  const ct = filters.ct === null ? -1 : index.collectivityCodes.indexOf(filters.ct);

  const mask = new Uint8Array(index.size);
  let count = 0;
  for (let i = 0; i < index.size; i++) {
    if (themeMask !== 0 && (index.themeBits[i] & themeMask) === 0) continue;
    if (typologies && (index.typology[i] === NONE || !typologies[index.typology[i]])) continue;
    if (regions && !regions[index.region[i]]) continue;
    if (countries && !countries[index.country[i]]) continue;
    if (filters.ct !== null && index.collectivity[i] !== ct) continue;
    mask[i] = 1;
    count++;
  }
  return { mask, count };
}
