import { boundsOfPoints, type Bounds } from '../model/bounds';
import type { LonLat } from '../model/flows';
import { placeRecord, type OverlapIndex } from '../model/overlaps';
import type { ClusterPlace, PartnerClusters } from '../model/partner-clusters';
import type { PickTarget } from './arc-data';
import type { PartnerGrain } from './flow-grain';
import type { ContinentId } from '../domain/gazetteer';
import { groupOffscreen } from './offscreen-groups';

/** The partner places of the index as clustering sees them, and each record's place (-1: located at its country only). */
export interface PartnerPlaces {
  places: ClusterPlace[];
  placeOf: Int32Array;
}

export function partnerPlaces(index: OverlapIndex): PartnerPlaces {
  const { keys, start, records } = index.places;
  const placeOf = new Int32Array(index.cooperations.length).fill(-1);
  const places = keys.map((key, place): ClusterPlace => {
    for (let j = start[place]; j < start[place + 1]; j++) placeOf[records[j]] = place;
    const c = placeRecord(index, place);
    return { key, country: c.partnerCountry, name: c.partnerName, position: [c.partnerLon, c.partnerLat], count: start[place + 1] - start[place] };
  });
  return { places, placeOf };
}

/** A flow's partner end other than a country: a cluster of places or a place. */
export interface PartnerEnd {
  name: string;
  position: LonLat;
  target: PickTarget;
  /** Around the cluster's places: where a click on it zooms. */
  bounds?: Bounds;
}

export interface PartnerEnds {
  /** Record i's partner end key: its country's code where the grain is the country, or the record has no place, or its end is out of view with its country in view; its continent's group out of view. */
  partnerOf: (i: number) => string | null;
  ends: ReadonlyMap<string, PartnerEnd>;
}

export interface PartnerEndsInput {
  places: PartnerPlaces;
  grain: PartnerGrain;
  /** The places' clusters, where the grain is clusters. */
  clustering: PartnerClusters | null;
  /** Whether a point is in view: ends out of view are their country, or their continent's group, so that flows leaving the screen stay few. */
  inView: (position: LonLat) => boolean;
  countryOf: (i: number) => string | null;
  countryPoint: (iso2: string) => LonLat | undefined;
  continentOf: (iso2: string) => ContinentId | undefined;
  /** A continent's name, which names its group. */
  continentName: (continent: ContinentId) => string;
  /** The name of a group of nearby places, after its busiest one. */
  nearbyName: (name: string) => string;
}

/** Where each record's flow ends at a grain, and what those ends are. */
export function partnerEnds(input: PartnerEndsInput): PartnerEnds {
  const { places, inView, countryPoint, continentOf, continentName } = input;
  const inner = endsInView(input);
  if (inner.partnerOf === input.countryOf) return inner;
  const { partnerOf, groups } = groupOffscreen({
    records: places.placeOf.length,
    endOf: inner.partnerOf,
    isViewEnd: (key) => inner.ends.has(key),
    positionOf: (i) => (places.placeOf[i] < 0 ? undefined : places.places[places.placeOf[i]].position),
    countryPoint,
    continentOf,
    inView,
  });
  const ends = new Map(inner.ends);
  for (const [key, { continent, position, bounds }] of groups) ends.set(key, { name: continentName(continent), position, target: { kind: 'cluster', key }, bounds });
  return { partnerOf, ends };
}

/** The ends in view at the grain; every other record ends at its country. */
function endsInView({ places: { places, placeOf }, grain, clustering, inView, countryOf, nearbyName }: PartnerEndsInput): PartnerEnds {
  if (grain.kind === 'places') {
    const ends = new Map<string, PartnerEnd>();
    for (const { key, name, position } of places) if (inView(position)) ends.set(key, { name, position, target: { kind: 'place', key } });
    return { partnerOf: (i) => (placeOf[i] >= 0 && ends.has(places[placeOf[i]].key) ? places[placeOf[i]].key : countryOf(i)), ends };
  }
  if (grain.kind === 'country' || clustering === null) return { partnerOf: countryOf, ends: new Map() };
  const { clusters, clusterOf } = clustering;
  const ends = new Map<string, PartnerEnd>();
  for (const cluster of clusters) {
    if (!inView(cluster.position)) continue;
    const single = cluster.places.length === 1 && cluster.kind === 'nearby';
    ends.set(cluster.key, {
      name: cluster.kind === 'nearby' && !single ? nearbyName(cluster.name) : cluster.name,
      position: cluster.position,
      // One place is itself the end: a click selects it, as at higher zooms.
      target: single ? { kind: 'place', key: places[cluster.places[0]].key } : { kind: 'cluster', key: cluster.key },
      bounds: boundsOfPoints(cluster.places.map((place) => places[place].position)) ?? undefined,
    });
  }
  const keyOf = (i: number) => (placeOf[i] < 0 ? null : clusters[clusterOf[placeOf[i]]].key);
  return {
    partnerOf: (i) => {
      const key = keyOf(i);
      return key !== null && ends.has(key) ? key : countryOf(i);
    },
    ends,
  };
}
