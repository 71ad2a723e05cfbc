import type { PartnerPrecision } from '../domain/cooperation';
import type { Admin1Row, CityRow, CountryPlaces, CountryRecord } from '../domain/gazetteer';
import { foldName } from '../domain/text';
import type { PartnerLevel } from '../domain/value-aliases';
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
  admin1: Map<string, Admin1Row[]>;
  admin1Names: Map<string, string>;
}

const placeIndexOf = oncePerObject(buildPlaceIndex);

function buildPlaceIndex(places: CountryPlaces): PlaceIndex {
  const index: PlaceIndex = { cities: new Map(), admin1: new Map(), admin1Names: new Map() };
  // Cities come sorted by population, so each list keeps the most populous first.
  for (const city of places.cities) {
    for (const key of new Set([city[1], ...city[2]].map(placeKey))) addTo(index.cities, key, city);
  }
  for (const unit of places.admin1) {
    index.admin1Names.set(unit[0], unit[1]);
    for (const key of new Set([unit[1], ...unit[2]].map(placeKey))) addTo(index.admin1, key, unit);
  }
  return index;
}

const formatPopulation = new Intl.NumberFormat('fr-FR');

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
    const countryPoint = (precisionWarning?: string, suggestions?: FixOption[]): Resolution<PartnerPlace> => ({
      value: { country: country.iso2, name: country.nameFr, precision: 'pays', lon: country.lon, lat: country.lat },
      warnings: precisionWarning ? [precisionWarning] : [],
      ...(suggestions ? { suggestions } : {}),
    });
    if (lon !== null && lat !== null) {
      return { value: { country: country.iso2, name: name || country.nameFr, precision: 'coordonnees', lon, lat }, warnings: [] };
    }
    if (name === '' || level === 'pays') return countryPoint();
    const index = indexOf(country.iso2);
    if (!index) {
      return countryPoint(`Aucune liste de lieux pour ce pays (${country.nameFr}) : « ${name} » est placé au point du pays.`, []);
    }
    const key = placeKey(name);
    const regionFirst = level === 'region' || (level === null && REGION_PREFIX.test(key));
    const lookups = regionFirst ? [findAdmin1, findCity] : [findCity, findAdmin1];
    for (const candidate of [key, key.replace(PLACE_PREFIX, '')]) {
      for (const lookup of lookups) {
        const found = lookup(index, candidate, name, country);
        if (found) return found;
      }
    }
    const closest = closestPlaces(index, key);
    return countryPoint(
      `« ${name} » introuvable parmi les villes et régions du pays (${country.nameFr}) : placé au point du pays.${didYouMean(closest.map((place) => place.label))}`,
      closest,
    );
  };
  return memoize(({ country, territory, level, lon, lat }) => [country.iso2, territory, level, lon, lat].join('\u001f'), resolve);
}

/** The cities, then regions, of the country whose names are closest to the key: "Ziguinchorr" → Ziguinchor. */
function closestPlaces(index: PlaceIndex, key: string): FixOption[] {
  const cities = closestEntries(index.cities, key, 3).map((city) => city[1]);
  const regions = closestEntries(index.admin1, key, 3).map((unit) => unit[1]);
  return [...new Set([...cities, ...regions])].slice(0, 3).map((name) => ({ label: name, cells: { territoire_partenaire: name } }));
}

type PlaceLookup = (index: PlaceIndex, key: string, name: string, country: CountryRecord) => Resolution<PartnerPlace> | null;

const findCity: PlaceLookup = (index, key, name, country) => {
  const cities = index.cities.get(key);
  if (!cities) return null;
  const [city] = cities;
  const value: PartnerPlace = { country: country.iso2, name, precision: 'commune', lon: city[5], lat: city[6] };
  if (cities.length === 1) return { value, warnings: [] };
  const described = (row: CityRow) =>
    `${row[1]}${row[3] ? `, ${index.admin1Names.get(row[3]) ?? row[3]}` : ''}, ${formatPopulation.format(row[4])} hab.`;
  return {
    value,
    warnings: [`« ${name} » : ${cities.length} villes de ce nom dans le pays (${country.nameFr}) ; la plus peuplée est retenue (${described(city)}).`],
    // The homonyms, to pick another: by their point, since they share the name.
    suggestions: cities.slice(0, 10).map((row) => ({ label: described(row), cells: pointCells(row[5], row[6]) })),
  };
};

const findAdmin1: PlaceLookup = (index, key, name, country) => {
  const units = index.admin1.get(key);
  if (!units) return null;
  const [unit] = units;
  const value: PartnerPlace = { country: country.iso2, name, precision: 'region', lon: unit[3], lat: unit[4] };
  if (units.length === 1) return { value, warnings: [] };
  return {
    value,
    warnings: [`« ${name} » : ${units.length} régions de ce nom dans le pays (${country.nameFr}) ; ${unit[1]} (${unit[0]}) est retenue.`],
    suggestions: units.map((row) => ({ label: `${row[1]} (${row[0]})`, cells: pointCells(row[3], row[4]) })),
  };
};
