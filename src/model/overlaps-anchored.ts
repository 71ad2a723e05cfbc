import type { Anchor, PoolingReach } from '../domain/anchor';
import type { ThemeId } from '../domain/themes';
import { buildPointGrid, haversineKm } from './geo-grid';
import { membersIn, placeRecord, sharedThemes, type OverlapCollectivity, type OverlapIndex, type OverlapMember } from './overlaps';

/** A collectivity at a place, with the actors of its cooperations there (associations, services), first-seen order. */
export interface PoolingMember extends OverlapMember {
  actors: string[];
}

/** A collectivity from outside the anchor, at the place it works nearest the anchor's place. */
export interface NearbyMember extends PoolingMember {
  placeKey: string;
  placeName: string;
  position: [number, number];
  /** 0 at the anchor's place itself. */
  distanceKm: number;
}

/** An anchor's partner place where others work too (or, with a wider reach, close by). */
export interface AnchoredOverlap {
  key: string;
  name: string;
  /** ISO alpha-2. */
  country: string;
  position: [number, number];
  /** The anchor's collectivities there, longest-standing first. */
  anchorMembers: PoolingMember[];
  /** Distinct collectivities from outside the anchor within reach, nearest first, then longest-standing. */
  others: NearbyMember[];
  /** Themes an anchor collectivity and another share, most collectivities first. */
  sharedThemes: ThemeId[];
  /** Earliest start year among all of them. */
  since: number | null;
}

export interface AnchoredQuery {
  anchor: Anchor;
  reach: PoolingReach;
  /** A place's admin-1 unit (for `admin1`), by its position in the index's places; null when unknown. */
  admin1Of?: (place: number) => string | null;
}

export function inAnchor(anchor: Anchor, collectivity: OverlapCollectivity): boolean {
  switch (anchor.kind) {
    case 'region':
      return collectivity.region === anchor.code;
    case 'network':
      return collectivity.network === anchor.id;
    case 'departement':
      return collectivity.departement === anchor.code;
    case 'collectivity':
      return collectivity.code === anchor.code;
  }
}

const ANCHOR = 1;
const OTHER = 2;

/** Per place: ANCHOR when an anchor collectivity works there under the mask, OTHER when another does. */
function placeSides(index: OverlapIndex, mask: Uint8Array, anchored: Uint8Array): Uint8Array {
  const { start, records } = index.places;
  const sides = new Uint8Array(index.places.keys.length);
  for (let place = 0; place < sides.length; place++) {
    for (let j = start[place]; j < start[place + 1] && sides[place] !== (ANCHOR | OTHER); j++) {
      const i = records[j];
      if (mask[i]) sides[place] |= anchored[index.collectivityOf[i]] ? ANCHOR : OTHER;
    }
  }
  return sides;
}

type Neighbours = (place: number, visit: (other: number, distanceKm: number) => void) => void;

const positionOf = (index: OverlapIndex, place: number): [number, number] => {
  const c = placeRecord(index, place);
  return [c.partnerLon, c.partnerLat];
};

/** The places with others (listed in `others`) within reach of a place, with their distance. */
function neighbours(index: OverlapIndex, others: readonly number[], query: AnchoredQuery): Neighbours {
  const { reach } = query;
  if (reach === 'place') return (place, visit) => visit(place, 0);
  const lons = Float64Array.from(others, (place) => placeRecord(index, place).partnerLon);
  const lats = Float64Array.from(others, (place) => placeRecord(index, place).partnerLat);
  if (typeof reach === 'number') {
    const grid = buildPointGrid(lons, lats, reach);
    return (place, visit) => {
      const [lon, lat] = positionOf(index, place);
      grid.within(lon, lat, reach, (point, km) => visit(others[point], km));
    };
  }
  const unitOf = reach === 'country' ? (place: number) => placeRecord(index, place).partnerCountry : (query.admin1Of ?? (() => null));
  const byUnit = new Map<string, number[]>();
  others.forEach((place, point) => {
    const unit = unitOf(place);
    if (unit === null) return;
    const list = byUnit.get(unit);
    if (list) list.push(point);
    else byUnit.set(unit, [point]);
  });
  const isOther = new Set(others);
  return (place, visit) => {
    const unit = unitOf(place);
    // A place of unknown unit still meets the others at the place itself.
    if (unit === null) return isOther.has(place) && visit(place, 0);
    const [lon, lat] = positionOf(index, place);
    for (const point of byUnit.get(unit) ?? []) visit(others[point], haversineKm(lon, lat, lons[point], lats[point]));
  };
}

/** The place's kept members (as membersIn gives them), each with the actors of its kept cooperations there. */
function poolingMembers(index: OverlapIndex, place: number, mask: Uint8Array): { members: PoolingMember[]; themeBits: number[] } {
  const actors = new Map<string, Set<string>>();
  const { start, records } = index.places;
  for (let j = start[place]; j < start[place + 1]; j++) {
    const i = records[j];
    if (!mask[i]) continue;
    const { code } = index.collectivities[index.collectivityOf[i]];
    if (!actors.has(code)) actors.set(code, new Set());
    for (const actor of index.cooperations[i].actors) actors.get(code)!.add(actor);
  }
  const { members, themeBits } = membersIn(index, index.places, place, mask);
  return { members: members.map((member) => ({ ...member, actors: [...actors.get(member.code)!] })), themeBits };
}

const NO_YEAR = Infinity;
const byPresence = (a: { since: number | null }, b: { since: number | null }) => (a.since ?? NO_YEAR) - (b.since ?? NO_YEAR);

/**
 * The anchor's partner places where at least one collectivity from outside the anchor works
 * within reach, under the mask (which narrows the cooperations considered, not who may appear).
 * Ranked by what pooling could bring: shared themes, then number of others, then years of
 * presence, then name.
 */
export function findAnchoredOverlaps(index: OverlapIndex, mask: Uint8Array, query: AnchoredQuery): AnchoredOverlap[] {
  const anchored = Uint8Array.from(index.collectivities, (collectivity) => (inAnchor(query.anchor, collectivity) ? 1 : 0));
  const sides = placeSides(index, mask, anchored);
  const others: number[] = [];
  sides.forEach((side, place) => side & OTHER && others.push(place));
  const near = neighbours(index, others, query);
  const membersAt = new Map<number, ReturnType<typeof poolingMembers>>();
  const members = (place: number) => {
    let found = membersAt.get(place);
    if (!found) membersAt.set(place, (found = poolingMembers(index, place, mask)));
    return found;
  };
  const isAnchor = (member: OverlapMember) => inAnchor(query.anchor, member);

  const found: { overlap: AnchoredOverlap; nameRank: number }[] = [];
  sides.forEach((side, place) => {
    if (!(side & ANCHOR)) return;
    const nearest = new Map<string, { member: NearbyMember; bits: number }>();
    near(place, (other, distanceKm) => {
      const at = members(other);
      const c = placeRecord(index, other);
      at.members.forEach((member, m) => {
        if (isAnchor(member)) return;
        const known = nearest.get(member.code);
        if (known && known.member.distanceKm <= distanceKm) return;
        const position: [number, number] = [c.partnerLon, c.partnerLat];
        nearest.set(member.code, { member: { ...member, placeKey: index.places.keys[other], placeName: c.partnerName, position, distanceKm }, bits: at.themeBits[m] });
      });
    });
    if (nearest.size === 0) return;
    const own = members(place);
    const anchorMembers: PoolingMember[] = [];
    const anchorBits: number[] = [];
    own.members.forEach((member, m) => {
      if (!isAnchor(member)) return;
      anchorMembers.push(member);
      anchorBits.push(own.themeBits[m]);
    });
    const nearby = [...nearest.values()].sort((a, b) => a.member.distanceKm - b.member.distanceKm || byPresence(a.member, b.member));
    const anchorUnion = anchorBits.reduce((all, bits) => all | bits, 0);
    const otherUnion = nearby.reduce((all, { bits }) => all | bits, 0);
    const everyone = [...anchorMembers, ...nearby.map(({ member }) => member)];
    found.push({
      nameRank: index.placeNameRank[place],
      overlap: {
        key: index.places.keys[place],
        name: placeRecord(index, place).partnerName,
        country: placeRecord(index, place).partnerCountry,
        position: positionOf(index, place),
        anchorMembers,
        others: nearby.map(({ member }) => member),
        sharedThemes: sharedThemes(index, [...anchorBits, ...nearby.map(({ bits }) => bits)], (bit) => ((anchorUnion & otherUnion) & (1 << bit)) !== 0),
        since: everyone.reduce<number | null>((earliest, { since }) => (since !== null && (earliest === null || since < earliest) ? since : earliest), null),
      },
    });
  });
  return found
    .sort(
      (a, b) =>
        b.overlap.sharedThemes.length - a.overlap.sharedThemes.length ||
        b.overlap.others.length - a.overlap.others.length ||
        byPresence(a.overlap, b.overlap) ||
        a.nameRank - b.nameRank,
    )
    .map(({ overlap }) => overlap);
}
