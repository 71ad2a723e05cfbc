import { compareByPopulation, compareSeatFirst, groupBy } from './geonames.mjs';
import { ADDED_ADMIN1 } from './admin1-current.mjs';
import { settlementFilter, WESTERN_SAHARA_NOTE } from './border-policy.mjs';
import { namedUnits } from './named-units.mjs';
import { provinceRows } from './provinces.mjs';
import { ADMIN1_SEATS, CITY_FRENCH_NAMES, HAND_CITIES, NATURAL_EARTH_ALTERNATE_NAMES, NATURAL_EARTH_WRONG_NAMES } from './hand-points.mjs';
import { cityOtherNames, compareStrings, foldName, otherNames } from './text.mjs';
import { round5 } from './write.mjs';

/**
 * Cities from this population up keep every Latin-script other name: French inventories write their
 * exonyms (Sarrebruck, Cracovie, Tombouctou...), which a short list taken in any fixed order misses.
 */
const ALL_NAMES_POPULATION = 15_000;
/**
 * Countries whose cities all keep every other name: the partner countries most frequent in French
 * decentralised cooperation (the same list as the admin-1 checks of tests/geodata.test.ts).
 */
const ALL_NAMES_COUNTRIES = new Set(['MA', 'SN', 'BF', 'ML', 'MG', 'TN', 'BJ', 'CM', 'NE', 'MR', 'TG', 'CI',
  'HT', 'LB', 'PS', 'VN', 'AM', 'UA', 'DE', 'IT', 'PL', 'GB', 'ES', 'PT']);
/** Other names kept for the other cities: enough for matching, small enough to load a country on demand. */
const CITY_OTHER_NAMES = 6;
/**
 * Above this share of places whose admin-1 code is not in the current list, a country's cities500
 * codes belong to a former division (Vietnam before 2025) and may collide with current codes.
 */
const STALE_CODES_SHARE = 0.5;

const countryOf = (code) => code.slice(0, code.indexOf('.'));

const namesOfFeature = (p) =>
  [p.name_fr, p.name_en, p.name, ...(NATURAL_EARTH_ALTERNATE_NAMES[p.gn_a1_code] ?? p.name_alt ?? '').split('|')].filter(Boolean);

/**
 * Folded names that NE gives to several features of one country (Madagascar's regions carry their
 * former province's "Antananarivo" or "Tamatave" as French and English names): no unit's own.
 */
function sharedNames(features) {
  const counts = new Map();
  for (const f of features) {
    for (const name of new Set([f.properties.name_fr, f.properties.name_en, f.properties.name].filter(Boolean).map(foldName))) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([name]) => name));
}

const unitOfFeature = (p, match, shared) => {
  const own = (name) => (name && !shared.has(foldName(name)) ? name : undefined);
  return {
    names: namesOfFeature(p).filter(own),
    display: { fr: own(p.name_fr), en: own(p.name_en) },
    match,
    lon: p.longitude,
    lat: p.latitude,
  };
};

/**
 * Natural Earth's names (French first), display names and label point of each current admin-1 unit
 * that NE draws as one feature, matched by NE's GeoNames code. Countries whose NE codes are not all
 * current are left out of that match: there NE's codes belong to a former division and would attach
 * the wrong names. A unit still unmatched then takes the one NE feature of its country, not matched
 * by code, whose names (or GeoNames name) include the unit's name, when no other unit has that name
 * or that feature.
 */
function naturalEarthUnits(features, admin1List) {
  const currentCodes = new Set(admin1List.map((u) => u.code));
  const byCountry = groupBy(features.filter((f) => f.properties.gn_a1_code?.includes('.')),
    (f) => countryOf(f.properties.gn_a1_code));
  const shared = new Map([...groupBy(features, (f) => f.properties.iso_a2)].map(([iso2, fs]) => [iso2, sharedNames(fs)]));
  const units = new Map();
  const matchedFeatures = new Set();
  for (const countryFeatures of byCountry.values()) {
    if (!countryFeatures.every((f) => currentCodes.has(f.properties.gn_a1_code))) continue;
    for (const [code, [feature, ...others]] of groupBy(countryFeatures, (f) => f.properties.gn_a1_code)) {
      if (others.length > 0) continue;
      units.set(code, unitOfFeature(feature.properties, 'code', shared.get(feature.properties.iso_a2)));
      matchedFeatures.add(feature);
    }
  }
  const featureKeys = (f) => new Set([...namesOfFeature(f.properties), f.properties.gn_name ?? ''].map(foldName));
  const unmatchedByCountry = groupBy(features.filter((f) => !matchedFeatures.has(f)), (f) => f.properties.iso_a2);
  for (const [iso2, countryUnits] of groupBy(admin1List, (u) => countryOf(u.code))) {
    const candidates = (unmatchedByCountry.get(iso2) ?? []).map((f) => ({ f, keys: featureKeys(f) }));
    const unitsByName = groupBy(countryUnits, (u) => foldName(u.name));
    const matches = countryUnits.filter((u) => !units.has(u.code) && unitsByName.get(foldName(u.name)).length === 1)
      .map((unit) => ({ unit, named: candidates.filter((c) => c.keys.has(foldName(unit.name))) }))
      .filter(({ named }) => named.length === 1);
    const claims = groupBy(matches, ({ named }) => named[0].f);
    for (const { unit, named: [{ f }] } of matches) if (claims.get(f).length === 1) units.set(unit.code, unitOfFeature(f.properties, 'name', shared.get(iso2)));
  }
  return units;
}

/**
 * NE's name of a unit in a language, unless it is GeoNames' name or a longer, formal form of it
 * ("Emirate of Dubai", "Free Hanseatic Bremen" for GeoNames' "Dubai", "Bremen").
 */
function displayName(unit, ne, language) {
  const name = ne?.display[language];
  if (!name || name === unit.name || NATURAL_EARTH_WRONG_NAMES.has(unit.code)) return null;
  const formal = ` ${foldName(name)} `.includes(` ${foldName(unit.name)} `) && foldName(name) !== foldName(unit.name);
  return formal ? null : name;
}

/** The unit's French and English names where Natural Earth's differ from GeoNames' (the name shown otherwise). */
function displayNamesOf(unit, ne) {
  const names = {};
  for (const language of ['fr', 'en']) {
    const name = displayName(unit, ne, language);
    if (name) names[language] = name;
  }
  return Object.keys(names).length > 0 ? names : null;
}

function countDisplayNames(stats, unit, ne) {
  stats.units += 1;
  if (!ne) return;
  if (ne.match === 'code') stats.byCode += 1;
  else stats.byName += 1;
  if (ne.display.fr) stats.french += 1;
  if (displayName(unit, ne, 'fr')) stats.frenchShown += 1;
  if (ne.display.en) stats.english += 1;
  if (displayName(unit, ne, 'en')) stats.englishShown += 1;
}

function seatOf(unit, places, byId, naturalEarth) {
  if (ADMIN1_SEATS[unit.code]) return { point: byId.get(ADMIN1_SEATS[unit.code]), method: 'hand' };
  const seats = places.filter((p) => p.featureCode === 'PPLC' || p.featureCode === 'PPLA');
  if (seats.length > 0) return { point: seats.sort(compareSeatFirst)[0], method: 'geonames' };
  if (places.length > 0) return { point: [...places].sort(compareByPopulation)[0], method: 'populous' };
  if (naturalEarth) return { point: naturalEarth, method: 'naturalEarthLabel' };
  return { point: null, method: 'none' };
}

/** The place of a seat given by name: the best seat, then the most populous, of that name in the country. */
function placeNamed(rows, name, iso2) {
  const key = foldName(name);
  const [place] = rows.filter((p) => foldName(p.name) === key || p.alternateNames.some((n) => foldName(n) === key))
    .sort(compareSeatFirst);
  if (!place) throw new Error(`${iso2}: no place named ${name} for an admin-1 seat`);
  return place;
}

/**
 * The units of ADDED_ADMIN1 as admin-1 rows, and the note of each former unit they replace
 * (unless the former unit lives on, smaller, under its name).
 */
function addedAdmin1(iso2, rows) {
  const change = ADDED_ADMIN1[iso2];
  const formerNotes = new Map();
  if (!change) return { rows: [], formerNotes };
  const added = change.units.map((unit) => {
    const point = unit.point ?? placeNamed(rows, unit.seat, iso2);
    const code = `${iso2}.${foldName(unit.name).replace(/ /g, '-')}`;
    return [code, unit.name, otherNames(unit.name, unit.others ?? []), round5(point.lon), round5(point.lat)];
  });
  if (!change.keepsFormer) {
    const successors = new Map();
    for (const unit of change.units) for (const former of unit.replaces ?? []) successors.set(former, [...(successors.get(former) ?? []), unit.name]);
    for (const [former, names] of successors) {
      formerNotes.set(former, `ancien découpage, remplacé en ${change.since} par ${names.join(' et ')}`);
    }
  }
  return { rows: added, formerNotes };
}

/**
 * @returns {{ index: import('../../src/domain/gazetteer').PlacesIndex,
 *   countries: import('../../src/domain/gazetteer').CountryPlaces[], stats: object }}
 */
export function buildPlaces(allGeonames, { admin1List, admin2List, citiesJson, naturalEarthAdmin1, worldAtlas }, twinningNames) {
  const { isSettlement, isSettlementUnit } = settlementFilter(worldAtlas);
  const settlements = allGeonames.filter(isSettlement);
  const geonames = allGeonames.filter((p) => !isSettlement(p));
  const byId = new Map(geonames.map((p) => [p.id, p]));
  const westernSahara = geonames.filter((p) => p.country === 'EH');
  const unitsByCountry = groupBy(admin1List, (u) => countryOf(u.code));
  const naturalEarth = naturalEarthUnits(naturalEarthAdmin1, admin1List);
  const displayNameStats = { units: 0, byCode: 0, byName: 0, french: 0, frenchShown: 0, english: 0, englishShown: 0 };
  const seatMethods = {};
  const unitsWithoutSeat = [];
  const countries = [];
  let namedUnitCount = 0;
  for (const [iso2, rows] of [...groupBy(geonames, (p) => p.country)].sort(([a], [b]) => compareStrings(a, b))) {
    if (iso2 === 'FR') continue;
    const units = (unitsByCountry.get(iso2) ?? []).filter((u) => !isSettlementUnit(u.code))
      .sort((a, b) => compareStrings(a.code, b.code));
    const current = new Set(units.map((u) => u.code));
    const codeOf = (p) => `${iso2}.${p.admin1}`;
    const stale = rows.filter((p) => !current.has(codeOf(p))).length > STALE_CODES_SHARE * rows.length;
    const admin1Of = (p) => (!stale && current.has(codeOf(p)) ? codeOf(p) : '');
    const placesOf = groupBy(rows, admin1Of);

    const added = addedAdmin1(iso2, rows);
    const formerNotes = added.formerNotes;
    const admin1 = [];
    const displayNames = {};
    for (const unit of units) {
      const ne = naturalEarth.get(unit.code);
      const { point, method } = seatOf(unit, placesOf.get(unit.code) ?? [], byId, ne);
      seatMethods[method] = (seatMethods[method] ?? 0) + 1;
      if (!point) {
        unitsWithoutSeat.push(unit.code);
        continue;
      }
      const row = [unit.code, unit.name, otherNames(unit.name, ne?.names ?? []), round5(point.lon), round5(point.lat)];
      countDisplayNames(displayNameStats, unit, ne);
      const names = displayNamesOf(unit, ne);
      if (names) displayNames[unit.code] = names;
      admin1.push(formerNotes.has(unit.code) ? [...row, formerNotes.get(unit.code)] : row);
    }
    admin1.push(...added.rows);
    admin1.push(...provinceRows(iso2, admin1, { rows, admin2List, citiesJson }));
    admin1.sort((a, b) => compareStrings(a[0], b[0]));
    const limitOf = (p) =>
      ALL_NAMES_COUNTRIES.has(iso2) || p.population >= ALL_NAMES_POPULATION ? Infinity : CITY_OTHER_NAMES;
    const namesOf = (p) => cityOtherNames(p.name, [...p.alternateNames, ...(CITY_FRENCH_NAMES[p.id] ?? [])], limitOf(p));
    // Inventories type Western Sahara's towns (Laâyoune, Dakhla) under Morocco: found there, with a note.
    const disputed = iso2 === 'MA' ? westernSahara.map((p) => ({ ...p, note: WESTERN_SAHARA_NOTE, admin1Code: '' })) : [];
    const unitPlaces = namedUnits(iso2, rows, admin2List, twinningNames.get(iso2));
    namedUnitCount += unitPlaces.length;
    const cities = [...rows, ...(HAND_CITIES[iso2] ?? []), ...disputed, ...unitPlaces].sort(compareByPopulation).map((p) => {
      const row = [p.id, p.name, namesOf(p), p.admin1Code ?? admin1Of(p), p.population, round5(p.lon), round5(p.lat)];
      return p.note ? [...row, p.note] : row;
    });
    const place = { version: 1, iso2, admin1 };
    if (Object.keys(displayNames).length > 0) place.admin1Names = displayNames;
    countries.push({ ...place, cities });
  }
  const index = {
    version: 1,
    countries: countries.map((c) => ({ iso2: c.iso2, cities: c.cities.length, admin1: c.admin1.length })),
  };
  return { index, countries, stats: { seatMethods, unitsWithoutSeat, settlementsLeftOut: settlements.length, namedUnits: namedUnitCount, admin1DisplayNames: displayNameStats } };
}
