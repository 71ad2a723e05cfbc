import type { CollectivityKind, Cooperation } from '../domain/cooperation';
import type { ThemeId } from '../domain/themes';
import type { CooperationIndex } from './cooperation-index';
import { placeKey } from './places';

/** A place shared by French collectivities, or a country (where country-level partners count too). */
export type OverlapLevel = 'place' | 'country';

/** A French collectivity at a shared place or country, from the records the filters keep. */
export interface OverlapMember {
  code: string;
  name: string;
  kind: CollectivityKind;
  /** INSEE région code. */
  region: string;
  /** Regional network id, null where no network serves it. */
  network: string | null;
  /** Earliest start year of its cooperations there. */
  since: number | null;
  themes: ThemeId[];
  cooperations: number;
}

/** A partner place or country where two or more French collectivities work. */
export interface Overlap {
  level: OverlapLevel;
  /** The placeKey ("SN/saint-louis") of a place, the ISO alpha-2 code of a country. */
  key: string;
  name: string;
  /** ISO alpha-2. */
  country: string;
  /** [lon, lat] of a place; null for a country. */
  position: [number, number] | null;
  /** Longest-standing first, then by name. */
  members: OverlapMember[];
  cooperations: number;
  since: number | null;
  /** Themes two or more members work on there, most shared first. */
  sharedThemes: ThemeId[];
  /** Région codes of the members, most members first. */
  regions: string[];
}

export interface Overlaps {
  /** Ranked by number of French collectivities, then cooperations, then name. */
  places: Overlap[];
  countries: Overlap[];
  /** Distinct French collectivities working in at least one shared place. */
  placeMembers: number;
}

/** What the map marks: each shared place, sized by its number of French collectivities. */
export interface OverlapMarker {
  key: string;
  position: [number, number];
  count: number;
}

/**
 * Every record turned once into numbers (its place, country, collectivity), so that finding the
 * overlaps of a filter is one pass over typed arrays and small Maps.
 */
export interface OverlapIndex {
  readonly cooperations: readonly Cooperation[];
  readonly themeCodes: readonly string[];
  readonly themeBits: Uint16Array | Uint32Array;
  readonly networkCodes: readonly string[];
  readonly networkOf: Uint16Array | Uint32Array;
  /** Per record: its place's number, or -1 when the partner is located at the country only. */
  readonly placeOf: Int32Array;
  readonly countryOf: Uint32Array;
  readonly collectivityOf: Uint32Array;
  /** Per place, its key and its first record (for its name and position). */
  readonly placeKeys: readonly string[];
  readonly placeRecord: readonly number[];
  readonly countryCodes: readonly string[];
  readonly collectivityCount: number;
}

function numberer() {
  const numbers = new Map<string, number>();
  return {
    numbers,
    of(key: string): number {
      let n = numbers.get(key);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(key, n);
      }
      return n;
    },
  };
}

export function indexOverlaps(index: CooperationIndex): OverlapIndex {
  const { cooperations, size } = index;
  const places = numberer();
  const countries = numberer();
  const collectivities = numberer();
  // placeKey folds accents (Unicode normalisation); many records share a raw name, so fold each once.
  const keyOfRawName = new Map<string, string>();
  const placeRecord: number[] = [];
  const placeOf = new Int32Array(size);
  const countryOf = new Uint32Array(size);
  const collectivityOf = new Uint32Array(size);

  cooperations.forEach((c, i) => {
    countryOf[i] = countries.of(c.partnerCountry);
    collectivityOf[i] = collectivities.of(c.ctCode);
    if (c.partnerPrecision === 'pays') {
      placeOf[i] = -1;
      return;
    }
    const rawName = `${c.partnerCountry}\u0000${c.partnerName}`;
    let key = keyOfRawName.get(rawName);
    if (key === undefined) {
      key = placeKey(c);
      keyOfRawName.set(rawName, key);
    }
    const before = places.numbers.size;
    placeOf[i] = places.of(key);
    if (places.numbers.size > before) placeRecord.push(i);
  });

  return {
    cooperations,
    themeCodes: index.columns.theme.codes,
    themeBits: index.columns.theme.values,
    networkCodes: index.columns.network.codes,
    networkOf: index.columns.network.values,
    placeOf,
    countryOf,
    collectivityOf,
    placeKeys: [...places.numbers.keys()],
    placeRecord,
    countryCodes: [...countries.numbers.keys()],
    collectivityCount: collectivities.numbers.size,
  };
}

/** One collectivity's kept records at one place or country. */
interface Presence {
  record: number;
  since: number | null;
  themeBits: number;
  cooperations: number;
}

type Presences = (Map<number, Presence> | undefined)[];

function addPresence(groups: Presences, group: number, collectivity: number, record: number, c: Cooperation, themeBits: number) {
  let members = groups[group];
  if (!members) groups[group] = members = new Map();
  const presence = members.get(collectivity);
  if (!presence) {
    members.set(collectivity, { record, since: c.startYear, themeBits, cooperations: 1 });
    return;
  }
  presence.cooperations++;
  presence.themeBits |= themeBits;
  if (c.startYear !== null && (presence.since === null || c.startYear < presence.since)) presence.since = c.startYear;
}

const collator = new Intl.Collator('fr');
const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const bySince = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);

/** Keys ordered by how often they occur, most first, ties in first-seen order. */
function byFrequency<T>(values: Iterable<T>): T[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

function themesOf(bits: number, codes: readonly string[]): ThemeId[] {
  return codes.filter((_, bit) => bits & (1 << bit)) as ThemeId[];
}

type OverlapHead = Pick<Overlap, 'level' | 'key' | 'name' | 'country' | 'position'>;

function describe(index: OverlapIndex, head: OverlapHead, presences: Map<number, Presence>): Overlap {
  const members = [...presences.values()]
    .map(({ record, since, themeBits, cooperations }): OverlapMember => {
      const c = index.cooperations[record];
      return {
        code: c.ctCode,
        name: c.ctName,
        kind: c.ctKind,
        region: c.ctRegion,
        network: index.networkCodes[index.networkOf[record]] ?? null,
        since,
        themes: themesOf(themeBits, index.themeCodes),
        cooperations,
      };
    })
    .sort((a, b) => bySince(a.since, b.since) || collator.compare(a.name, b.name));
  const themes = byFrequency(members.flatMap((member) => member.themes));
  return {
    ...head,
    members,
    cooperations: members.reduce((sum, member) => sum + member.cooperations, 0),
    since: members.reduce<number | null>((year, member) => earliest(year, member.since), null),
    sharedThemes: themes.filter((theme) => members.filter((member) => member.themes.includes(theme)).length >= 2),
    regions: byFrequency(members.map((member) => member.region)),
  };
}

const byRank = (a: Overlap, b: Overlap) =>
  b.members.length - a.members.length || b.cooperations - a.cooperations || collator.compare(a.name, b.name);

/**
 * Partner places and countries where two or more distinct French collectivities work, among the
 * records the mask keeps. Partners located at the country only count at the country level.
 */
export function findOverlaps(index: OverlapIndex, mask: Uint8Array, countryName: (iso2: string) => string = (iso2) => iso2): Overlaps {
  const byPlace: Presences = [];
  const byCountry: Presences = [];
  const { cooperations, placeOf, countryOf, collectivityOf, themeBits } = index;
  for (let i = 0; i < cooperations.length; i++) {
    if (!mask[i]) continue;
    const c = cooperations[i];
    addPresence(byCountry, countryOf[i], collectivityOf[i], i, c, themeBits[i]);
    if (placeOf[i] >= 0) addPresence(byPlace, placeOf[i], collectivityOf[i], i, c, themeBits[i]);
  }

  const shared = (groups: Presences, describeGroup: (group: number, presences: Map<number, Presence>) => Overlap) =>
    groups.flatMap((presences, group) => (presences && presences.size >= 2 ? [describeGroup(group, presences)] : [])).sort(byRank);

  const places = shared(byPlace, (place, presences) => {
    const first = cooperations[index.placeRecord[place]];
    const position: [number, number] = [first.partnerLon, first.partnerLat];
    return describe(index, { level: 'place', key: index.placeKeys[place], name: first.partnerName, country: first.partnerCountry, position }, presences);
  });
  const countries = shared(byCountry, (country, presences) => {
    const iso2 = index.countryCodes[country];
    return describe(index, { level: 'country', key: iso2, name: countryName(iso2), country: iso2, position: null }, presences);
  });
  const placeMembers = new Set(places.flatMap((place) => place.members.map((member) => member.code))).size;
  return { places, countries, placeMembers };
}

/** The shared places as the map draws them. */
export function overlapMarkers(overlaps: Overlaps): OverlapMarker[] {
  return overlaps.places.flatMap((place) => (place.position ? [{ key: place.key, position: place.position, count: place.members.length }] : []));
}
