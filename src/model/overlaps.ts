import { collectivityKey } from '../domain/collectivity-key';
import type { CollectivityKind, Cooperation } from '../domain/cooperation';
import type { ThemeId } from '../domain/themes';
import type { CooperationIndex } from './cooperation-index';
import { placeKey } from './places';

/** A place shared by French collectivities, or a country (where country-level partners count too). */
export type OverlapLevel = 'place' | 'country';

/** A French collectivity, as overlaps describe it. */
export interface OverlapCollectivity {
  code: string;
  name: string;
  kind: CollectivityKind;
  /** INSEE région code. */
  region: string;
  /** Regional network id, null where no network serves it. */
  network: string | null;
  /** INSEE département code, null for a région. */
  departement: string | null;
}

/** A French collectivity at a shared place or country, from the records the filters keep. */
export interface OverlapMember extends OverlapCollectivity {
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

export interface OverlapSummary {
  places: number;
  countries: number;
  /** Distinct French collectivities working in at least one shared place. */
  collectivities: number;
}

/** What the map marks: each shared place, sized by its number of French collectivities. */
export interface OverlapMarker {
  key: string;
  position: [number, number];
  count: number;
}

/** Records grouped by place or country and, within a group, by collectivity in alphabetical order. */
export interface Grouping {
  readonly keys: readonly string[];
  /** Group g's records are records[start[g]] to records[start[g + 1] - 1]. */
  readonly start: Uint32Array;
  readonly records: Uint32Array;
}

/**
 * The records arranged once so that finding the overlaps of a filter scans typed arrays,
 * group by group, and builds objects only for the groups that are shared.
 */
export interface OverlapIndex {
  readonly cooperations: readonly Cooperation[];
  /** In alphabetical order of their names. */
  readonly collectivities: readonly OverlapCollectivity[];
  /** Per record: its collectivity's position in `collectivities`. */
  readonly collectivityOf: Uint32Array;
  /** Per record: its start year, NO_YEAR when unknown. */
  readonly startYear: Uint16Array;
  readonly themeBits: Uint16Array | Uint32Array;
  /** The themes of a bit set over the index's theme codes, one shared array per bit set. */
  readonly themesOf: (bits: number) => ThemeId[];
  readonly places: Grouping;
  /** Per place, its position in alphabetical order, the last tie-break of the ranking. */
  readonly placeNameRank: Uint32Array;
  readonly countries: Grouping;
}

const NO_YEAR = 0xffff;
const collator = new Intl.Collator('fr');

function themeLister(codes: readonly string[]): (bits: number) => ThemeId[] {
  const lists = new Map<number, ThemeId[]>();
  return (bits) => {
    let list = lists.get(bits);
    if (!list) lists.set(bits, (list = codes.filter((_, bit) => bits & (1 << bit)) as ThemeId[]));
    return list;
  };
}

/** Numbers keys in first-seen order: each record's number (-1 for a null key), and the keys. */
function numberKeys(cooperations: readonly Cooperation[], key: (c: Cooperation) => string | null) {
  const numbers = new Map<string, number>();
  const of = Int32Array.from(cooperations, (c) => {
    const k = key(c);
    if (k === null) return -1;
    let n = numbers.get(k);
    if (n === undefined) numbers.set(k, (n = numbers.size));
    return n;
  });
  return { of, keys: [...numbers.keys()] };
}

/** Positions ordered by a small key (negative keys left out), stable, with where each key starts. */
function countingSort(keyOf: Int32Array | Uint32Array, keyCount: number, order: Iterable<number>) {
  const start = new Uint32Array(keyCount + 1);
  for (const key of keyOf) if (key >= 0) start[key + 1]++;
  for (let k = 0; k < keyCount; k++) start[k + 1] += start[k];
  const next = start.slice(0, keyCount);
  const records = new Uint32Array(start[keyCount]);
  for (const i of order) if (keyOf[i] >= 0) records[next[keyOf[i]]++] = i;
  return { start, records };
}

/** Each name's position in alphabetical order (ties in given order). */
function alphabeticalRanks(names: readonly string[]): Uint32Array {
  const ranks = new Uint32Array(names.length);
  [...names.keys()].sort((a, b) => collator.compare(names[a], names[b]) || a - b).forEach((n, rank) => (ranks[n] = rank));
  return ranks;
}

/** The collectivities in alphabetical order, and each record's position among them. */
function alphabeticalCollectivities(index: CooperationIndex) {
  const { cooperations } = index;
  const { of, keys } = numberKeys(cooperations, collectivityKey);
  const firstRecord: number[] = [];
  of.forEach((n, i) => (firstRecord[n] ??= i));
  const rank = alphabeticalRanks(firstRecord.map((i) => cooperations[i].ctName));
  const collectivities = new Array<OverlapCollectivity>(keys.length);
  firstRecord.forEach((i, n) => {
    const c = cooperations[i];
    const network = index.columns.network.codes[index.columns.network.values[i]] ?? null;
    collectivities[rank[n]] = { code: collectivityKey(c), name: c.ctName, kind: c.ctKind, region: c.ctRegion, network, departement: c.ctDepartement };
  });
  return { collectivities, collectivityOf: Uint32Array.from(of, (n) => rank[n]) };
}

export function indexOverlaps(index: CooperationIndex): OverlapIndex {
  const { cooperations } = index;
  const { collectivities, collectivityOf } = alphabeticalCollectivities(index);
  const byCollectivity = countingSort(collectivityOf, collectivities.length, collectivityOf.keys()).records;
  const grouping = ({ of, keys }: { of: Int32Array; keys: string[] }): Grouping => ({ keys, ...countingSort(of, keys.length, byCollectivity) });
  // placeKey folds accents (Unicode normalisation); many records share a raw name, so fold each once.
  const keyOfRawName = new Map<string, string>();
  const places = grouping(
    numberKeys(cooperations, (c) => {
      if (c.partnerPrecision === 'pays') return null;
      const rawName = `${c.partnerCountry}\u0000${c.partnerName}`;
      let key = keyOfRawName.get(rawName);
      if (key === undefined) keyOfRawName.set(rawName, (key = placeKey(c)));
      return key;
    }),
  );
  return {
    cooperations,
    collectivities,
    collectivityOf,
    startYear: Uint16Array.from(cooperations, (c) => c.startYear ?? NO_YEAR),
    themeBits: index.columns.theme.values,
    themesOf: themeLister(index.columns.theme.codes),
    places,
    placeNameRank: alphabeticalRanks(places.keys.map((_, place) => cooperations[places.records[places.start[place]]].partnerName)),
    countries: grouping(numberKeys(cooperations, (c) => c.partnerCountry)),
  };
}

/** How many distinct collectivities a group keeps, counting no further than `enough`. */
function keptCollectivities(index: OverlapIndex, { start, records }: Grouping, group: number, mask: Uint8Array, enough = Infinity): number {
  let count = 0;
  let last = -1;
  for (let j = start[group]; j < start[group + 1] && count < enough; j++) {
    const i = records[j];
    if (!mask[i] || index.collectivityOf[i] === last) continue;
    last = index.collectivityOf[i];
    count++;
  }
  return count;
}

export interface GroupMembers {
  members: OverlapMember[];
  /** Per member, the bits of its themes over the index's theme codes. */
  themeBits: number[];
}

/** The group's kept collectivities, longest-standing first, then in alphabetical order; and their theme bits. */
export function membersIn(index: OverlapIndex, { start, records }: Grouping, group: number, mask: Uint8Array): GroupMembers {
  const members: OverlapMember[] = [];
  const themeBits: number[] = [];
  let collectivity = -1;
  for (let j = start[group]; j < start[group + 1]; j++) {
    const i = records[j];
    if (!mask[i]) continue;
    if (index.collectivityOf[i] !== collectivity) {
      collectivity = index.collectivityOf[i];
      const { code, name, kind, region, network, departement } = index.collectivities[collectivity];
      members.push({ code, name, kind, region, network, departement, since: null, themes: [], cooperations: 0 });
      themeBits.push(0);
    }
    const member = members[members.length - 1];
    const year = index.startYear[i];
    if (year !== NO_YEAR && (member.since === null || year < member.since)) member.since = year;
    member.cooperations++;
    themeBits[themeBits.length - 1] |= index.themeBits[i];
  }
  members.forEach((member, m) => (member.themes = index.themesOf(themeBits[m])));
  // Stable: collectivities that started the same year stay in alphabetical order.
  const order = [...members.keys()].sort((a, b) => (members[a].since ?? NO_YEAR) - (members[b].since ?? NO_YEAR));
  return { members: order.map((m) => members[m]), themeBits: order.map((m) => themeBits[m]) };
}

/** Keys ordered by how often they occur, most first, ties in first-seen order. */
function byFrequency<T>(values: Iterable<T>): T[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** Themes in two or more of the bit sets, most shared first. */
export function sharedThemes(index: OverlapIndex, themeBits: readonly number[], among: (bit: number) => boolean = () => true): ThemeId[] {
  const counts: number[] = [];
  for (const bits of themeBits) {
    for (let rest = bits; rest !== 0; rest &= rest - 1) {
      const bit = 31 - Math.clz32(rest & -rest);
      counts[bit] = (counts[bit] ?? 0) + 1;
    }
  }
  const shared: number[] = [];
  counts.forEach((count, bit) => count >= 2 && among(bit) && shared.push(bit));
  return shared.sort((a, b) => counts[b] - counts[a] || a - b).map((bit) => index.themesOf(1 << bit)[0]);
}

type OverlapHead = Pick<Overlap, 'level' | 'key' | 'name' | 'country' | 'position'>;

function describe(index: OverlapIndex, head: OverlapHead, { members, themeBits }: GroupMembers): Overlap {
  return {
    ...head,
    members,
    cooperations: members.reduce((sum, member) => sum + member.cooperations, 0),
    since: members[0].since,
    sharedThemes: sharedThemes(index, themeBits),
    regions: byFrequency(members.map((member) => member.region)),
  };
}

/** The first record of a place: its name and position stand for the place. */
export const placeRecord = (index: OverlapIndex, place: number) => index.cooperations[index.places.records[index.places.start[place]]];

/** The shared groups, ranked by collectivities, then cooperations, then name. */
function sharedGroups(
  index: OverlapIndex,
  grouping: Grouping,
  mask: Uint8Array,
  nameRank: Uint32Array,
  head: (group: number) => OverlapHead,
): Overlap[] {
  const shared: { overlap: Overlap; nameRank: number }[] = [];
  grouping.keys.forEach((_, group) => {
    if (keptCollectivities(index, grouping, group, mask, 2) < 2) return;
    shared.push({ overlap: describe(index, head(group), membersIn(index, grouping, group, mask)), nameRank: nameRank[group] });
  });
  return shared
    .sort(
      (a, b) =>
        b.overlap.members.length - a.overlap.members.length || b.overlap.cooperations - a.overlap.cooperations || a.nameRank - b.nameRank,
    )
    .map(({ overlap }) => overlap);
}

/**
 * Partner places (or countries) where two or more distinct French collectivities work, among the
 * records the mask keeps, ranked by collectivities, then cooperations, then name. Partners located
 * at the country only count at the country level.
 */
export function findOverlaps(
  index: OverlapIndex,
  level: OverlapLevel,
  mask: Uint8Array,
  countryName: (iso2: string) => string = (iso2) => iso2,
): Overlap[] {
  if (level === 'place') {
    return sharedGroups(index, index.places, mask, index.placeNameRank, (place) => {
      const first = placeRecord(index, place);
      return { level, key: index.places.keys[place], name: first.partnerName, country: first.partnerCountry, position: [first.partnerLon, first.partnerLat] };
    });
  }
  const names = index.countries.keys.map(countryName);
  return sharedGroups(index, index.countries, mask, alphabeticalRanks(names), (country) => {
    const iso2 = index.countries.keys[country];
    return { level, key: iso2, name: names[country], country: iso2, position: null };
  });
}

/** How many places and countries are shared, and by how many collectivities: counting only, no descriptions. */
export function overlapSummary(index: OverlapIndex, mask: Uint8Array): OverlapSummary {
  const inSharedPlace = new Uint8Array(index.collectivities.length);
  let places = 0;
  index.places.keys.forEach((_, place) => {
    if (keptCollectivities(index, index.places, place, mask, 2) < 2) return;
    places++;
    const { start, records } = index.places;
    for (let j = start[place]; j < start[place + 1]; j++) if (mask[records[j]]) inSharedPlace[index.collectivityOf[records[j]]] = 1;
  });
  const countries = index.countries.keys.filter((_, country) => keptCollectivities(index, index.countries, country, mask, 2) >= 2).length;
  return { places, countries, collectivities: inSharedPlace.reduce((sum, mark) => sum + mark, 0) };
}

/** What the map marks for the records the mask keeps: counting only, no descriptions. */
export function overlapMarkers(index: OverlapIndex, mask: Uint8Array): OverlapMarker[] {
  const markers: OverlapMarker[] = [];
  index.places.keys.forEach((key, place) => {
    const count = keptCollectivities(index, index.places, place, mask);
    if (count < 2) return;
    const first = placeRecord(index, place);
    markers.push({ key, position: [first.partnerLon, first.partnerLat], count });
  });
  return markers;
}
