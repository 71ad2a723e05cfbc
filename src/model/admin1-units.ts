import { admin1Name, type CountryPlaces } from '../domain/gazetteer';
import type { Language } from '../domain/languages';
import type { Admin1Unit } from './partner-clusters';
import { foldName } from '../domain/text';
import { placeRecord, type OverlapIndex } from './overlaps';

/** Folded names (and other names) to admin-1 codes: of the units themselves, and of their towns, largest town first. */
function namesToUnits(places: CountryPlaces) {
  const units = new Map<string, string>();
  const towns = new Map<string, string>();
  for (const [code, name, others] of places.admin1) for (const n of [name, ...others]) if (!units.has(foldName(n))) units.set(foldName(n), code);
  for (const [, name, others, code] of places.cities) {
    if (code === '') continue;
    for (const n of [name, ...others]) if (!towns.has(foldName(n))) towns.set(foldName(n), code);
  }
  return { units, towns };
}

/**
 * Each partner place's admin-1 unit (GeoNames code such as "SN.01"), read from the country's
 * gazetteer by the place's name: a place located at the admin-1 level is the unit of that name,
 * another place the unit of the largest town of that name; null when the name is not found.
 */
export function admin1Units(index: OverlapIndex, gazetteers: ReadonlyMap<string, CountryPlaces | null>): (place: number) => string | null {
  const lookups = new Map<string, ReturnType<typeof namesToUnits> | null>();
  const lookup = (iso2: string) => {
    if (!lookups.has(iso2)) {
      const places = gazetteers.get(iso2);
      lookups.set(iso2, places ? namesToUnits(places) : null);
    }
    return lookups.get(iso2)!;
  };
  const units = new Map<number, string | null>();
  return (place) => {
    if (units.has(place)) return units.get(place)!;
    const c = placeRecord(index, place);
    const names = lookup(c.partnerCountry);
    const name = foldName(c.partnerName);
    const unit = names === null ? null : ((c.partnerPrecision === 'region' ? names.units.get(name) : names.towns.get(name) ?? names.units.get(name)) ?? null);
    units.set(place, unit);
    return unit;
  };
}

/** Each partner place's admin-1 unit with its name in `language` and its seat, from the gazetteers given: null when unknown. */
export function admin1UnitRecords(
  index: OverlapIndex,
  gazetteers: ReadonlyMap<string, CountryPlaces | null>,
  language: Language,
): (place: number) => Admin1Unit | null {
  const codeOf = admin1Units(index, gazetteers);
  const units = new Map<string, Admin1Unit>();
  for (const places of gazetteers.values()) {
    if (places === null) continue;
    for (const row of places.admin1) units.set(row[0], { code: row[0], name: admin1Name(places, row, language), position: [row[3], row[4]] });
  }
  return (place) => {
    const code = codeOf(place);
    return code === null ? null : (units.get(code) ?? null);
  };
}
