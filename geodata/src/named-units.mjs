import { compareSeatFirst, groupBy } from './geonames.mjs';
import { CITY_FRENCH_NAMES } from './hand-points.mjs';
import { foldName } from './text.mjs';

/**
 * Second-level units (municipalities, kommuner, counties) that the twinnings source names as a
 * partner while cities500 has no place of that name in the country: "Gladsaxe" (Gladsaxe
 * Municipality, whose town is Søborg), "Tyresö" (Tyresö Kommun), "Westerwolde", "East Sussex".
 * Each becomes a place at its seat in cities500 (PPLA2...), else at its most populous place there,
 * with a note saying which. Only the units the source names: the places files stay small.
 */

/** Words GeoNames adds to a unit's own name: "Gladsaxe Municipality", "Tyresö Kommun", "Matsumae-gun", "Cape Breton County" (and its state in parentheses: "Bayside (Vic.)"). */
const UNIT_WORDS = /^(London Borough of|Royal Borough of|Borough of|District of|Municipality of|Gemeente) | (Municipality|Kommun|Kommune|County|District)$|-(gun|Kreis)$/;

const withoutQualifier = (name) => name.replace(/\s*\([^)]*\)$/, '');

/**
 * The partner names of the source, folded, by the ISO code of the country written beside them
 * ("Germany", "England, United Kingdom", "Georgia (country)"), read with the country records'
 * names and aliases; French cells and unknown countries aside.
 */
export function twinningNames(csvText, countryRecords) {
  const iso2Of = new Map();
  for (const c of countryRecords) for (const name of [c.nameEn, c.nameFr, ...c.aliases]) if (!iso2Of.has(foldName(name))) iso2Of.set(foldName(name), c.iso2);
  const countryOf = (text) => {
    const written = withoutQualifier(text);
    return iso2Of.get(foldName(written)) ?? iso2Of.get(foldName(written.split(',').at(-1)));
  };
  const names = new Map();
  for (const line of csvText.split(/\r?\n/).slice(1)) {
    const cells = [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
    for (const [name, country] of [[cells[0], cells[1]], [cells[2], cells[3]]]) {
      const iso2 = country && countryOf(country);
      if (!name || !iso2 || iso2 === 'FR') continue;
      if (!names.has(iso2)) names.set(iso2, new Set());
      // "Bayside, Victoria": the unit's name is before the comma.
      for (const written of [name, name.split(',')[0]]) names.get(iso2).add(foldName(withoutQualifier(written)));
    }
  }
  return names;
}

/**
 * The units of one country that the source names beside it and that no place of the country
 * bears as a name, as places in the shape of readGeoNames' (id: minus the seat's, population 0:
 * not a town's). `names`: the country's folded partner names (twinningNames).
 */
export function namedUnits(iso2, rows, admin2List, names = new Set()) {
  const namesOf = (p) => [p.name, ...p.alternateNames, ...(CITY_FRENCH_NAMES[p.id] ?? [])].flatMap((n) => [n, withoutQualifier(n)]);
  const placeNames = new Set(rows.flatMap(namesOf).map(foldName));
  const placesOf = groupBy(rows, (p) => `${iso2}.${p.admin1}.${p.admin2}`);
  return admin2List
    .filter((unit) => unit.code.startsWith(`${iso2}.`))
    .flatMap((unit) => {
      const name = withoutQualifier(unit.name).replace(UNIT_WORDS, '');
      const key = foldName(name);
      const places = placesOf.get(unit.code);
      if (!names.has(key) || placeNames.has(key) || !places) return [];
      const [seat] = [...places].sort(compareSeatFirst);
      const where = /^PPL(C|A\d?)$/.test(seat.featureCode) ? `à son chef-lieu ${seat.name}` : `à ${seat.name}, son lieu le plus peuplé dans cities500`;
      return [{
        id: -seat.id, name, alternateNames: name === unit.name ? [] : [unit.name], admin1: seat.admin1, population: 0,
        lat: seat.lat, lon: seat.lon, featureCode: 'ADM2',
        note: `unité de second niveau (GeoNames ${unit.code}, ${unit.name}), placée ${where}`,
      }];
    });
}
