import type { CityRow, CountryPlaces } from '../../domain/gazetteer';
import { addTo, placeKey } from '../place-names';
import { renderImportMessage } from '../../i18n/import-messages';
import type { createPartnerResolver, PartnerPlace } from '../resolve-partner';
import { isCloseSpelling, skeletonIndex, spellingSkeleton } from './closest-name';
import { DISTRICT_SEATS } from './partner-districts';
import { coreKeys, extendedTown, OTHERS_SMALLER, townOfCore, type CoreKind } from './qualified-names';
import type { PartnerCountry } from './partner-country';
import type { CheckedPoint, checkedPointFinder } from './checked-points';
import { RIGHT_WITHIN_KM } from './quality';
import { haversineKm } from '../../model/geo-grid';

/** Words in parentheses that qualify a name instead of naming the city it lies in. */
const QUALIFIER = /^(district|rural gmina|gmina|county|municipality|region|province|communaute|intercommunality|state|city|town|village)$/;
/** English words the lists add to a place's own name ("Bam Province", "Gaza City"). */
const ENGLISH_SUFFIX = / (province|district|municipality|region|prefecture|city|town|village|governorate|oblast|raion)$/i;
/**
 * Countries whose names the lists transliterate from another script: there a spelling that
 * differs in its vowels is the same place ("Zhukovsky", "Zhukovskiy"); elsewhere it is another.
 */
const TRANSLITERATED = new Set(['AM', 'AZ', 'BG', 'BY', 'CN', 'DZ', 'EG', 'GE', 'GR', 'IL', 'JP', 'KR', 'KZ', 'LB', 'MA', 'MK', 'MN', 'MR', 'PS', 'RS', 'RU', 'SY', 'TH', 'TN', 'TW', 'UA', 'UZ', 'VN']);
/** A city the lists name a district of ("Dongcheng (Beijing)") has at least this population. */
const DISTRICT_CITY_POPULATION = 100_000;
/** A town whose own name is the one written wins over a larger one that has it as another name, unless that one is this many times larger. */
const OTHER_NAME_WINS_AT = 10;

/**
 * A name one letter off another place's: the lists spell their towns right, so outside the
 * transliterated countries that is another town (Havering is not Haverigg), and a region one
 * letter off a town's name is another place everywhere (Ichikawa is not Ishikawa).
 */
const anotherPlace = (answer: { value: PartnerPlace; warnings: readonly { code: string }[] }, iso2: string) =>
  answer.warnings.some((warning) => warning.code === 'partner.nearSpelling') && !(TRANSLITERATED.has(iso2) && answer.value.precision === 'commune');
const withoutQualifier = (name: string) => name.replace(/\s*\([^)]*\)$/, '');
const formatPopulation = (population: number) => population.toLocaleString('fr-FR');
/** What the gazetteer notes of a place (a unit placed at its seat, a former name), as the report says it. */
const noteOf = (row: CityRow, name: string) => (row[7] ? [renderImportMessage({ code: 'partner.placeNote', params: { name, note: row[7] } }, 'fr')] : []);
const described = (row: CityRow) => `${row[1]} (${formatPopulation(row[4])} hab.)`;
/** How the build says it read a qualified name. */
const CORE_READING: Record<CoreKind, string> = {
  located: 'le nom sans sa rivière ou sa région',
  spa: 'le nom sans le mot de la station thermale',
  merged: 'le lieu qui donne son nom à la commune fusionnée',
};

/**
 * The town that bears the name as its own when the most populous match only has it as an
 * unrelated other name ("York": York, Pennsylvania, not Warner Robins; "Stavropol": not Tolyatti);
 * null when the most populous match is the right choice, or a longer form of the name
 * ("Steinbach am Taunus"), which the resolver weighs as a homonym.
 */
function byMainName(rows: readonly CityRow[], key: string): CityRow | null {
  const ownName = (row: CityRow) => placeKey(row[1]) === key || placeKey(withoutQualifier(row[1])) === key;
  if (ownName(rows[0]) || placeKey(rows[0][1]).startsWith(key)) return null;
  const main = rows.find(ownName);
  return main && main[4] * OTHER_NAME_WINS_AT >= rows[0][4] ? main : null;
}

/** A district within this distance of the city the list names is taken as lying in it. */
const WITHIN_CITY_KM = 60;

/** How a written partner name reads: its own name, and the city or area it lies in. */
interface WrittenPartner {
  name: string;
  /** "Hanoi" in "Đống Đa (Hanoi)", "Berlin" in "Berlin – Mitte"; null when none. */
  within: string | null;
  /** "Victoria" in "Bayside, Victoria". */
  area: string | null;
}

export function readPartnerName(written: string): WrittenPartner {
  const text = written.trim();
  const parenthesis = /^(.+?)\s*\(([^)]+)\)$/.exec(text);
  if (parenthesis) {
    const [, name, inner] = parenthesis;
    return QUALIFIER.test(placeKey(inner)) ? { name, within: null, area: null } : { name, within: inner.trim(), area: null };
  }
  const district = /^(.+?)\s+[–—-]\s+(.+)$/.exec(text);
  if (district) return { name: district[2], within: district[1], area: null };
  const comma = /^([^,]+),\s*(.+)$/.exec(text);
  if (comma) return { name: comma[1], within: null, area: comma[2] };
  return { name: text, within: null, area: null };
}

/** The names to look for, in order: as written, without the English word, the seat of a district, the first of "A and B", "Prague" for "Prague 6". */
function nameVariants(name: string): string[] {
  const key = placeKey(name);
  const seat = DISTRICT_SEATS[key];
  const variants = [name, name.replace(ENGLISH_SUFFIX, ''), name.replace(/['’]/g, ''), seat, / and /.test(name) ? name.split(/ and /)[0] : undefined, name.replace(/\s+\d+$/, '')];
  return [...new Set(variants.filter((v): v is string => Boolean(v)).map((v) => v.trim()))];
}

const distanceKm = (a: PartnerPlace, b: PartnerPlace) => haversineKm(a.lon, a.lat, b.lon, b.lat);

const EMPTY_PLACES: CountryPlaces = { version: 1, iso2: '', admin1: [], cities: [] };

/**
 * The partner end of a pair, or why not; in French, the language of the build's report.
 * `homonym`: the most populous of several places of that name, which another line may tell apart.
 */
export type PartnerAnswer = ({ value: PartnerPlace; homonym?: true } | { error: string }) & { warnings: string[] };

type Found = { value: PartnerPlace; warnings: string[]; homonym?: true } | null;

/**
 * The partner end of a pair, always within its country: the name as written, then without the
 * English word the lists add ("Bam Province"); a district goes to its own point when found near
 * the city it is said to lie in, else to that city; a part of the country the list names (England,
 * Victoria) restricts homonyms to it; a name no place has goes to the closest spelling with a
 * warning. Never the country's point: a place not found is an error.
 */
export function createPartnerSide(
  placesOf: (iso2: string) => CountryPlaces | null,
  resolvePartner: ReturnType<typeof createPartnerResolver>,
  findChecked: ReturnType<typeof checkedPointFinder>,
): (written: string, partner: PartnerCountry, french: string) => PartnerAnswer {
  const cityIndexes = new Map<string, Map<string, CityRow[]>>();
  const citiesOf = (places: CountryPlaces) => {
    let index = cityIndexes.get(places.iso2);
    if (!index) {
      index = new Map();
      // GeoNames writes some names with a qualifier, "Figuig (Centre)": they are found without it too.
      const keys = (city: CityRow) => [city[1], ...city[2]].flatMap((n) => [placeKey(n), placeKey(withoutQualifier(n))]);
      for (const city of places.cities) for (const key of new Set(keys(city))) addTo(index, key, city);
      cityIndexes.set(places.iso2, index);
    }
    return index;
  };
  const skeletons = new Map<string, Map<string, CityRow[]>>();
  const city = (row: CityRow, name: string, iso2: string): PartnerPlace => ({ country: iso2, name, precision: 'commune', lon: row[5], lat: row[6] });

  /** The place of one name, in the part of the country named, if any; near `near` when given. */
  const lookup = (name: string, partner: PartnerCountry, areaCode: string | null, near: PartnerPlace | null = null): Found => {
    const { country } = partner;
    const places = placesOf(country.iso2);
    const within = areaCode ?? partner.admin1;
    for (const candidate of nameVariants(name)) {
      const rows = places ? citiesOf(places).get(placeKey(candidate)) : undefined;
      const inArea = within ? rows?.filter((row) => row[3] === within) : undefined;
      if (inArea && inArea.length > 0) return { value: city(inArea[0], name, country.iso2), warnings: noteOf(inArea[0], name) };
      const nearest = near && rows?.find((row) => distanceKm(city(row, name, country.iso2), near) <= WITHIN_CITY_KM);
      if (nearest) return { value: city(nearest, name, country.iso2), warnings: noteOf(nearest, name) };
      const main = rows && byMainName(rows, placeKey(candidate));
      if (main) {
        const warning = `« ${name} » : nom propre de ${main[1]} (${formatPopulation(main[4])} hab.), retenue plutôt que ${rows[0][1]} (${formatPopulation(rows[0][4])} hab.) qui ne le porte que comme autre nom.`;
        return { value: city(main, name, country.iso2), warnings: [warning] };
      }
      const answer = resolvePartner({ country, territory: candidate, level: null, lon: null, lat: null });
      if ('value' in answer && answer.value.precision !== 'pays' && !anotherPlace(answer, country.iso2)) {
        const homonym = answer.warnings.some((warning) => warning.code === 'partner.cityHomonyms');
        return { value: { ...answer.value, name }, warnings: answer.warnings.map((warning) => renderImportMessage(warning, 'fr')), ...(homonym ? { homonym } : {}) };
      }
      if (rows && rows.length > 0) return { value: city(rows[0], name, country.iso2), warnings: noteOf(rows[0], name) };
    }
    return null;
  };

  const closest = (name: string, partner: PartnerCountry): Found => {
    const places = placesOf(partner.country.iso2);
    if (!places || !TRANSLITERATED.has(places.iso2)) return null;
    let index = skeletons.get(places.iso2);
    if (!index) {
      index = skeletonIndex(places.cities.map((row) => [row[1], row] as [string, CityRow]));
      skeletons.set(places.iso2, index);
    }
    const row = index.get(spellingSkeleton(name))?.find((candidate) => isCloseSpelling(name, candidate[1]));
    if (!row) return null;
    return {
      value: city(row, name, partner.country.iso2),
      warnings: [`« ${name} » introuvable tel quel : orthographe la plus proche retenue (voyelles près), ${row[1]} (${partner.country.nameFr}).`],
    };
  };

  /** The town a qualified name stands for ("Rottenburg am Neckar"), or the one whose name extends it ("Weinstadt"). */
  const qualified = (name: string, partner: PartnerCountry): Found => {
    const places = placesOf(partner.country.iso2);
    if (!places) return null;
    const { iso2, nameFr } = partner.country;
    const sameTown = (a: CityRow, b: CityRow) => distanceKm(city(a, name, iso2), city(b, name, iso2)) <= RIGHT_WITHIN_KM;
    for (const core of coreKeys(name)) {
      const rows = citiesOf(places).get(core.key);
      const found = rows && townOfCore(rows, core.key, sameTown);
      if (!found) continue;
      const { town, others } = found;
      const besides = others.length > 0 ? ` ; les autres de ce nom sont au moins ${OTHERS_SMALLER} fois moins peuplés : ${others.map(described).join(', ')}` : '';
      return { value: city(town, name, iso2), warnings: [`« ${name} » introuvable tel quel : placé à ${described(town)}, ${CORE_READING[core.kind]} (${nameFr})${besides}.`] };
    }
    for (const written of [name, ...coreKeys(name).map((core) => core.key)]) {
      const town = extendedTown(places.cities, written);
      if (town) return { value: city(town, name, iso2), warnings: [`« ${name} » introuvable tel quel : placé à ${described(town)}, seul lieu du pays (${nameFr}) dont le nom le prolonge.`] };
    }
    return null;
  };

  /** A checked place: the gazetteer's place of that name near the checked point, else the point itself. */
  const atChecked = (checked: CheckedPoint, written: string, partner: PartnerCountry): PartnerAnswer => {
    const places = placesOf(partner.country.iso2);
    const point: PartnerPlace = { country: partner.country.iso2, name: written, precision: 'commune', lon: checked.lon, lat: checked.lat };
    const rows = places ? nameVariants(readPartnerName(written).name).flatMap((variant) => citiesOf(places).get(placeKey(variant)) ?? []) : [];
    const near = rows.find((row) => distanceKm(city(row, written, partner.country.iso2), point) <= RIGHT_WITHIN_KM);
    return {
      value: near ? city(near, written, partner.country.iso2) : point,
      warnings: [`« ${written} » : placé à ${checked.place}, ${near ? 'lieu de GeoNames' : 'point'} vérifié sur ${checked.source}.`],
    };
  };

  const areaCodeOf = (area: string | null, partner: PartnerCountry): string | null => {
    if (!area) return null;
    const key = placeKey(area);
    return placesOf(partner.country.iso2)?.admin1.find((unit) => [unit[1], ...unit[2]].some((n) => placeKey(n) === key))?.[0] ?? null;
  };

  return (written, partner, french) => {
    const checked = findChecked(partner.country.iso2, written, french);
    if (checked) return atChecked(checked, written, partner);
    const { name, within, area } = readPartnerName(written);
    const areaCode = areaCodeOf(area, partner);
    const whole = name !== written.trim() ? lookup(written, partner, null) : null;
    if (whole) return { value: { ...whole.value, name: written }, warnings: whole.warnings };
    const city = within ? lookup(within, partner, null) : null;
    const own = lookup(name, partner, areaCode, city?.value ?? null);
    const cityPopulation = within ? (citiesOf(placesOf(partner.country.iso2) ?? EMPTY_PLACES).get(placeKey(within))?.[0]?.[4] ?? 0) : 0;
    if (own && city && distanceKm(own.value, city.value) > WITHIN_CITY_KM && cityPopulation >= DISTRICT_CITY_POPULATION) {
      return { value: { ...city.value, name: written }, warnings: [`« ${name} » trouvé loin de ${within} : placé à ${within}.`] };
    }
    if (own) return { ...own, value: { ...own.value, name: written } };
    if (city) return { value: { ...city.value, name: written }, warnings: [`« ${name} » introuvable : placé à ${within}, où la liste le situe.`] };
    const core = qualified(name, partner);
    if (core) return { value: { ...core.value, name: written }, warnings: core.warnings };
    const near = closest(name, partner);
    if (near) return { value: { ...near.value, name: written }, warnings: near.warnings };
    return {
      error: `« ${written} » introuvable parmi les villes et régions du pays (${partner.country.nameFr}), même à une faute près : non placé, plutôt qu’au point du pays.`,
      warnings: [],
    };
  };
}
