import type { Language } from './languages';

/**
 * Shapes of the gazetteers built by geodata/ into public/geo/.
 * Rows are tuples to keep the files small; the *_FIELDS constants name their columns.
 * Coordinates are WGS84 [lon, lat] rounded to 5 decimals (about 1 m).
 */

export const CONTINENT_IDS = [
  'afrique',
  'europe',
  'asie',
  'amerique-nord',
  'amerique-latine-caraibes',
  'oceanie',
  'antarctique',
] as const;
export type ContinentId = (typeof CONTINENT_IDS)[number];

/** public/geo/countries.json: every ISO 3166-1 country (sorted by iso2). */
export interface CountryRecord {
  iso2: string;
  iso3: string;
  /** ISO numeric, 3 digits, as world-atlas ids. */
  numeric: string;
  nameFr: string;
  nameEn: string;
  /** Other names (official, short, both languages), as written; match them through foldName. */
  aliases: string[];
  continent: ContinentId;
  /** Representative point: the capital (GeoNames PPLC) or else the country's label point. */
  lon: number;
  lat: number;
}

/** public/geo/fr/collectivities.json */
/** The continent of a country by its ISO alpha-2 code, from a gazetteer's countries. */
export function continentLookup(countries: readonly CountryRecord[]): (iso2: string) => ContinentId | undefined {
  const continents = new Map(countries.map((country) => [country.iso2, country.continent]));
  return (iso2) => continents.get(iso2);
}

export interface FrenchGazetteer {
  version: 1;
  source: string;
  /** [code INSEE, name, département code, EPCI SIREN or null, population, lon, lat, approximate 0|1] */
  communes: CommuneRow[];
  /** [SIREN, name, nature (CC, CA, CU, METRO, MET69), population, lon, lat] */
  epci: EpciRow[];
  /** [code, name, région code, population, lon, lat, chef-lieu commune code] */
  departements: DepartementRow[];
  /** [code, name, population, lon, lat, chef-lieu commune code] */
  regions: RegionRow[];
  /** [code INSEE, name, département code, current commune code, type]: communes déléguées, associées, arrondissements municipaux. */
  formerCommunes?: FormerCommuneRow[];
  /** [former INSEE code, current commune code]: codes of communes merged away (without a name of their own here). */
  oldCodes?: [string, string][];
}
export type FormerCommuneRow = [string, string, string, string, 'deleguee' | 'associee' | 'arrondissement'];
export type CommuneRow = [string, string, string, string | null, number, number, number, 0 | 1];
export type EpciRow = [string, string, string, number, number, number];
export type DepartementRow = [string, string, string, number, number, number, string];
export type RegionRow = [string, string, number, number, number, string];

/** public/geo/places/index.json: which countries have a places file, and its row counts. */
export interface PlacesIndex {
  version: 1;
  countries: { iso2: string; cities: number; admin1: number }[];
}

/** public/geo/places/<ISO2>.json: partner places of one country. */
export interface CountryPlaces {
  version: 1;
  iso2: string;
  /**
   * [GeoNames admin1 code such as "MA.06" (or "BF.bankui" for a unit GeoNames lacks), name, other names
   *  (Latin-1 spellings first, then shorter), lon, lat of its seat, and a note the resolver shows: for a former
   *  unit what replaced it, for a second-level unit (Burkina Faso's provinces) that it is placed at its chef-lieu]
   */
  admin1: Admin1Row[];
  /**
   * Natural Earth's names of admin-1 units by code, in the interface's languages, where they differ
   * from the row's GeoNames name ("SN.07": { fr: "Thiès", en: "Thiès" } for GeoNames' "Thies").
   */
  admin1Names?: Record<string, Admin1Names>;
  /**
   * [GeoNames id, name, other names in Latin script (Latin-1 spellings first, then shorter),
   *  admin1 code ("MA.06") or "", population, lon, lat, and a note the resolver shows (a disputed territory)]
   * sorted by population, largest first.
   */
  cities: CityRow[];
}
export type Admin1Row = [string, string, string[], number, number, string?];
export type CityRow = [number, string, string[], string, number, number, number, string?];
export type Admin1Names = Partial<Record<Language, string>>;

/** An admin-1 unit's name in a language: Natural Earth's where the gazetteer gives it, else the row's GeoNames name. */
export function admin1Name(places: CountryPlaces, [code, name]: Admin1Row, language: Language): string {
  return places.admin1Names?.[code]?.[language] ?? name;
}
