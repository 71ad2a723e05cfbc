import type { Cooperation } from '../src/domain/cooperation';
import { findOverlaps, indexOverlaps, type OverlapIndex } from '../src/model/overlaps';
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
  ];
}
