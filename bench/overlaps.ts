import type { Cooperation } from '../src/domain/cooperation';
import { collectivityKey } from '../src/domain/collectivity-key';
import { haversineKm } from '../src/model/geo-grid';
import { findOverlaps, indexOverlaps, type OverlapIndex } from '../src/model/overlaps';
import { findAnchoredOverlaps } from '../src/model/overlaps-anchored';
import { placeKey } from '../src/model/places';
import type { Dataset } from './dataset';
import { compare, type Result } from './harness';

interface NaiveMember {
  code: string;
  since: number | null;
  themes: Set<string>;
  cooperations: number;
}

/** Plain objects: records grouped by key, then by collectivity; groups of two collectivities or more, ranked. */
function naiveShared(cooperations: readonly Cooperation[], keyOf: (c: Cooperation) => string | null) {
  const groups: Record<string, Record<string, NaiveMember>> = {};
  for (const c of cooperations) {
    const key = keyOf(c);
    if (key === null) continue;
    const members = (groups[key] ??= {});
    const member = (members[c.ctCode] ??= { code: c.ctCode, since: null, themes: new Set(), cooperations: 0 });
    if (c.startYear !== null && (member.since === null || c.startYear < member.since)) member.since = c.startYear;
    c.themes.forEach((theme) => member.themes.add(theme));
    member.cooperations++;
  }
  return Object.entries(groups)
    .map(([key, members]) => ({ key, members: Object.values(members).sort((a, b) => (a.since ?? 1e4) - (b.since ?? 1e4)) }))
    .filter((group) => group.members.length >= 2)
    .sort((a, b) => b.members.length - a.members.length || a.key.localeCompare(b.key));
}

/** The anchor (Bretagne) and how far the benchmark looks for others. */
const BRETAGNE = '53';
const WITHIN_KM = 50;

/**
 * All pairs, with objects: each place where a Breton collectivity works, against every place where
 * another works, by haversine distance; the places that have others within reach, with how many.
 */
function naiveAnchored(cooperations: readonly Cooperation[]) {
  const places: Record<string, { lon: number; lat: number; anchor: Set<string>; others: Set<string> }> = {};
  for (const c of cooperations) {
    if (c.partnerPrecision === 'pays') continue;
    const place = (places[placeKey(c)] ??= { lon: c.partnerLon, lat: c.partnerLat, anchor: new Set(), others: new Set() });
    (c.ctRegion === BRETAGNE ? place.anchor : place.others).add(collectivityKey(c));
  }
  const all = Object.values(places);
  const withOthers = all.filter((place) => place.others.size > 0);
  return all
    .filter((place) => place.anchor.size > 0)
    .map((place) => {
      const near = new Set<string>();
      for (const other of withOthers) {
        if (haversineKm(place.lon, place.lat, other.lon, other.lat) <= WITHIN_KM) other.others.forEach((code) => near.add(code));
      }
      return near.size;
    })
    .filter((others) => others > 0);
}

/** Shared partner places and countries over the whole set: indexing and finding, against a naive grouping. */
export async function overlaps({ n, index, cooperations }: Dataset): Promise<Result[]> {
  const all = new Uint8Array(n).fill(1);
  const naive = {
    name: 'objects grouping',
    run: () => [naiveShared(cooperations, (c) => (c.partnerPrecision === 'pays' ? null : placeKey(c))), naiveShared(cooperations, (c) => c.partnerCountry)],
  };
  const both = (overlapIndex: OverlapIndex) => [findOverlaps(overlapIndex, 'place', all), findOverlaps(overlapIndex, 'country', all)];
  const overlapIndex = indexOverlaps(index);
  return [
    await compare('overlaps', n, { name: 'indexOverlaps+findOverlaps', run: () => both(indexOverlaps(index)) }, naive),
    // What a filter change costs: the overlap index is built once per dataset.
    await compare('overlaps-find', n, { name: 'findOverlaps', run: () => both(overlapIndex) }, naive),
    await anchoredRow(n, overlapIndex, cooperations, all),
  ];
}

/** The anchored search at 50 km (grid index over the places) against all pairs; both must find the same places. */
async function anchoredRow(n: number, overlapIndex: OverlapIndex, cooperations: readonly Cooperation[], all: Uint8Array): Promise<Result> {
  const query = { anchor: { kind: 'region', code: BRETAGNE } as const, reach: WITHIN_KM };
  const ours = findAnchoredOverlaps(overlapIndex, all, query).length;
  const theirs = naiveAnchored(cooperations).length;
  if (ours !== theirs) throw new Error(`overlaps-anchored: ${ours} places found, all pairs find ${theirs}`);
  return compare(
    'overlaps-anchored-50km',
    n,
    { name: 'findAnchoredOverlaps (grid)', run: () => findAnchoredOverlaps(overlapIndex, all, query) },
    { name: 'all pairs, objects', run: () => naiveAnchored(cooperations) },
  );
}
