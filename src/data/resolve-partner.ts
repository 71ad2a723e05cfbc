import type { PartnerPrecision } from '../domain/cooperation';
import type { Admin1Row, CityRow, CountryPlaces, CountryRecord } from '../domain/gazetteer';
import { countryNames } from '../domain/languages';
import type { ImportMessage } from '../i18n/import-messages';
import { foldName } from '../domain/text';
import type { PartnerLevel } from '../domain/value-aliases';
import { looseKey, nearKey } from './partner-names';
import { addTo, memoize, oncePerObject, placeKey } from './place-names';
import type { Resolution } from './resolve-french';
import { pointCells, type FixOption } from './row-fix';
import { closestEntries, didYouMean } from './suggest';

/** The partner end of a cooperation. */
export interface PartnerPlace {
  /** ISO 3166-1 alpha-2. */
  country: string;
  name: string;
  precision: PartnerPrecision;
  lon: number;
  lat: number;
}

export interface PartnerQuery {
  country: CountryRecord;
  territory: string;
  level: PartnerLevel | null;
  /** Explicit point, already validated; used only when both are given. */
  lon: number | null;
  lat: number | null;
}

/** Country by French or English name, alias, ISO alpha-2 or alpha-3, all folded. */
export function createCountryResolver(countries: readonly CountryRecord[]): (text: string) => CountryRecord | null {
  const index = new Map<string, CountryRecord>();
  for (const country of countries) {
    for (const name of [country.nameFr, country.nameEn, ...country.aliases]) {
      if (!index.has(placeKey(name))) index.set(placeKey(name), country);
    }
  }
  // Codes last: a name never gives way to a code that folds the same.
  for (const country of countries) {
    for (const code of [country.iso2, country.iso3]) if (!index.has(foldName(code))) index.set(foldName(code), country);
  }
  return memoize(
    (text: string) => text,
    (text) => index.get(placeKey(text)) ?? null,
  );
}

/** Words people write before a partner place's own name ("Région de", "Commune urbaine de"). */
const PLACE_PREFIX =
  /^(region|province|commune( urbaine| rurale)?|ville|municipalite|wilaya|gouvernorat|district|departement|cercle|prefecture|etat|land|city of|county of|state of)( de la| de l| du| des| de| d)? /;
/** Prefixes that name an admin-1 unit: "Région de Dakar" is looked for among regions first. */
const REGION_PREFIX = /^(region|province|wilaya|gouvernorat|district|departement|cercle|prefecture|etat|land|county of|state of) /;

interface PlaceIndex {
  cities: Map<string, CityRow[]>;
  /** Cities by their keys without spaces ("nzerekore" for N'Zérékoré), and those keys by length, built on first use. */
  compactCities: () => { byKey: Map<string, CityRow[]>; byLength: Map<number, string[]> };
  admin1: Map<string, Admin1Row[]>;
  /** Admin-1 units by loose key (see partner-names). */
  looseAdmin1: Map<string, Admin1Row[]>;
  admin1Names: Map<string, string>;
}

const placeIndexOf = oncePerObject(buildPlaceIndex);

function buildPlaceIndex(places: CountryPlaces): PlaceIndex {
  const cities = new Map<string, CityRow[]>();
  // Cities come sorted by population, so each list keeps the most populous first.
  for (const city of places.cities) {
    for (const key of new Set([city[1], ...city[2]].map(placeKey))) addTo(cities, key, city);
  }
  let compact: ReturnType<PlaceIndex['compactCities']> | null = null;
  const compactCities = () => {
    if (!compact) {
      const byKey = new Map<string, CityRow[]>();
      for (const [key, rows] of cities) for (const city of rows) addTo(byKey, key.replace(/ /g, ''), city);
      const byLength = new Map<number, string[]>();
      for (const key of byKey.keys()) addTo(byLength, key.length, key);
      compact = { byKey, byLength };
    }
    return compact;
  };
  const index: PlaceIndex = { cities, compactCities, admin1: new Map(), looseAdmin1: new Map(), admin1Names: new Map() };
  for (const unit of places.admin1) {
    index.admin1Names.set(unit[0], unit[1]);
    const keys = new Set([unit[1], ...unit[2]].map(placeKey));
    for (const key of keys) addTo(index.admin1, key, unit);
    for (const key of new Set([...keys].map(looseKey))) addTo(index.looseAdmin1, key, unit);
  }
  return index;
}

/**
 * Places the partner: explicit point, else the territory among the country's cities and admin-1
 * units (the level decides which first), else the country's point with a warning.
 * Place indexes are built once per country, on first use.
 */
export function createPartnerResolver(
  placesByCountry: ReadonlyMap<string, CountryPlaces | null>,
): (query: PartnerQuery) => Resolution<PartnerPlace> {
  const indexes = new Map<string, PlaceIndex | null>();
  const indexOf = (iso2: string): PlaceIndex | null => {
    if (!indexes.has(iso2)) {
      const places = placesByCountry.get(iso2);
      indexes.set(iso2, places ? placeIndexOf(places) : null);
    }
    return indexes.get(iso2) ?? null;
  };
  const resolve = ({ country, territory, level, lon, lat }: PartnerQuery): Resolution<PartnerPlace> => {
    const name = territory.trim();
    // A territory that cannot be placed keeps its typed name; precision 'pays' says it is not located.
    const countryPoint = (precisionWarning?: ImportMessage, suggestions?: FixOption[]): Resolution<PartnerPlace> => ({
      value: { country: country.iso2, name: name || country.nameFr, precision: 'pays', lon: country.lon, lat: country.lat },
      warnings: precisionWarning ? [precisionWarning] : [],
      ...(suggestions ? { suggestions } : {}),
    });
    if (lon !== null && lat !== null) {
      return { value: { country: country.iso2, name: name || country.nameFr, precision: 'coordonnees', lon, lat }, warnings: [] };
    }
    if (name === '' || level === 'pays') return countryPoint();
    const index = indexOf(country.iso2);
    if (!index) {
      return countryPoint({ code: 'partner.noPlaces', params: { country: countryNames(country), name } }, []);
    }
    const key = placeKey(name);
    const regionFirst = level === 'region' || (level === null && REGION_PREFIX.test(key));
    const lookups = regionFirst
      ? [findAdmin1, findLooseAdmin1, findCity, findCompactCity, findNearCity]
      : [findCity, findAdmin1, findCompactCity, findLooseAdmin1, findNearCity];
    for (const lookup of lookups) {
      for (const candidate of [key, key.replace(PLACE_PREFIX, '')]) {
        const found = lookup(index, candidate, name, country);
        if (found) return found;
      }
    }
    const closest = closestPlaces(index, key);
    const params = { name, country: countryNames(country), didYouMean: didYouMean(closest.map((place) => place.label)) };
    return countryPoint({ code: 'partner.notFound', params }, closest);
  };
  return memoize(({ country, territory, level, lon, lat }) => [country.iso2, territory, level, lon, lat].join('\u001f'), resolve);
}

/** The cities, then regions, of the country whose names are closest to the key: "Ziguinchorrr" → Ziguinchor. */
function closestPlaces(index: PlaceIndex, key: string): FixOption[] {
  const cities = closestEntries(index.cities, key, 3).map((city) => city[1]);
  const regions = closestEntries(index.admin1, key, 3).map((unit) => unit[1]);
  return [...new Set([...cities, ...regions])].slice(0, 3).map((name) => ({ label: name, cells: { territoire_partenaire: name } }));
}

type PlaceLookup = (index: PlaceIndex, key: string, name: string, country: CountryRecord) => Resolution<PartnerPlace> | null;

const findCity: PlaceLookup = (index, key, name, country) => cityAnswer(index, index.cities.get(key), name, country, null);

/** "N'Zérékoré" for GeoNames' "Nzérékoré", "M bour" for "Mbour": the same letters without spaces. */
const findCompactCity: PlaceLookup = (index, key, name, country) =>
  cityAnswer(index, index.compactCities().byKey.get(key.replace(/ /g, '')), name, country, 'readAs');

/** How a place was found other than by its name; one letter off may be another place. */
type Reading = 'readAs' | 'nearSpelling' | null;

/** Kind words aside ("Bandiagara Cercle"), or one letter off ("Al-Bireh" for Al Bīrah): the last resort. */
const findNearCity: PlaceLookup = (index, key, name, country) => {
  const { byKey, byLength } = index.compactCities();
  const compact = looseKey(key).replace(/ /g, '');
  if (byKey.has(compact)) return cityAnswer(index, byKey.get(compact), name, country, 'readAs');
  const sameLength = [compact.length - 1, compact.length, compact.length + 1].flatMap((length) => byLength.get(length) ?? []);
  const near = nearKey(compact, sameLength);
  return near === null ? null : cityAnswer(index, byKey.get(near), name, country, 'nearSpelling');
};

function cityAnswer(
  index: PlaceIndex,
  cities: CityRow[] | undefined,
  name: string,
  country: CountryRecord,
  reading: Reading,
): Resolution<PartnerPlace> | null {
  if (!cities) return null;
  const [city] = cities;
  const where = (row: CityRow) => `${row[1]}${row[3] ? `, ${index.admin1Names.get(row[3]) ?? row[3]}` : ''}`;
  const described = (row: CityRow): ImportMessage => ({ code: 'partner.cityPopulation', params: { city: where(row), population: row[4] } });
  const warnings: ImportMessage[] =
    cities.length > 1
      ? [{ code: 'partner.cityHomonyms', params: { name, count: cities.length, country: countryNames(country), kept: described(city) } }]
      : reading
        ? [{ code: `partner.${reading}`, params: { name, place: where(city) } }]
        : [];
  // Notes of the gazetteer (what a place was called, whose it is) are written in French.
  const note = city[7];
  if (note) warnings.push({ code: 'partner.placeNote', params: { name, note } });
  const value: PartnerPlace = { country: country.iso2, name, precision: 'commune', lon: city[5], lat: city[6] };
  if (cities.length === 1) return { value, warnings };
  // The homonyms, to pick another: by their point, since they share the name.
  return { value, warnings, suggestions: cities.slice(0, 10).map((row) => ({ label: described(row), cells: pointCells(row[5], row[6]) })) };
}

const findAdmin1: PlaceLookup = (index, key, name, country) => admin1Answer(index.admin1.get(key), name, country, null);

/** Suffixes and English words aside ("Région des Cascades", "Upper Matsiatra"), or one letter off ("Marrakech-Safi"). */
const findLooseAdmin1: PlaceLookup = (index, key, name, country) => {
  const loose = looseKey(key);
  const near = index.looseAdmin1.has(loose) ? loose : nearKey(loose, index.looseAdmin1.keys());
  return near === null ? null : admin1Answer(index.looseAdmin1.get(near), name, country, near === loose ? 'readAs' : 'nearSpelling');
};

function admin1Answer(units: Admin1Row[] | undefined, name: string, country: CountryRecord, reading: Reading): Resolution<PartnerPlace> | null {
  if (!units) return null;
  const [unit] = units;
  const warnings: ImportMessage[] =
    units.length > 1
      ? [{ code: 'partner.regionHomonyms', params: { name, count: units.length, country: countryNames(country), region: unit[1], code: unit[0] } }]
      : reading
        ? [{ code: `partner.${reading}`, params: { name, place: `${unit[1]} (${unit[0]})` } }]
        : [];
  const former = unit[5];
  if (former) warnings.push({ code: 'partner.regionNote', params: { region: unit[1], country: countryNames(country), note: former } });
  const value: PartnerPlace = { country: country.iso2, name, precision: 'region', lon: unit[3], lat: unit[4] };
  if (units.length === 1) return { value, warnings };
  return { value, warnings, suggestions: units.map((row) => ({ label: `${row[1]} (${row[0]})`, cells: pointCells(row[3], row[4]) })) };
}
