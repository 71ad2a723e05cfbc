import type { ContinentId } from '../domain/gazetteer';
import { boundsOfPoints, type Bounds } from '../model/bounds';
import type { LonLat } from '../model/flows';

/** Partner ends out of view, grouped by continent: "offscreen:afrique". Never a place key, a cluster key nor a country code. */
const GROUP_PREFIX = 'offscreen:';
export const isOffscreenGroup = (key: string) => key.startsWith(GROUP_PREFIX);
export const continentOfGroup = (key: string) => key.slice(GROUP_PREFIX.length) as ContinentId;

export interface OffscreenGroup {
  continent: ContinentId;
  /** The group's centre, off screen: where its flows end. */
  position: LonLat;
  /** Around its partners: where a click on it zooms (with what is in view). */
  bounds: Bounds;
}

export interface OffscreenGroupsInput {
  records: number;
  /** Record i's end before grouping: an end in view, or else its country's code (null: none drawn). */
  endOf: (i: number) => string | null;
  /** Whether an end key is drawn in view as itself (a cluster, a place). */
  isViewEnd: (key: string) => boolean;
  /** Where record i's partner place lies, if it has one. */
  positionOf: (i: number) => LonLat | undefined;
  countryPoint: (iso2: string) => LonLat | undefined;
  continentOf: (iso2: string) => ContinentId | undefined;
  inView: (position: LonLat) => boolean;
}

export interface OffscreenGroups {
  /** Record i's partner end: its group where neither its end nor its country lies in view. */
  partnerOf: (i: number) => string | null;
  groups: ReadonlyMap<string, OffscreenGroup>;
}

/**
 * The coarser the view, the finer the ends: a partner out of view, whose country's point is out of
 * view too, ends at its continent's group, so that a French end in view has one flow leaving the
 * screen per continent rather than one per country.
 */
export function groupOffscreen({ records, endOf, isViewEnd, positionOf, countryPoint, continentOf, inView }: OffscreenGroupsInput): OffscreenGroups {
  const groupOf: (string | undefined)[] = new Array(records);
  const members = new Map<string, LonLat[]>();
  for (let i = 0; i < records; i++) {
    const end = endOf(i);
    if (end === null || isViewEnd(end)) continue;
    const point = countryPoint(end);
    const continent = continentOf(end);
    if (point === undefined || continent === undefined || inView(point)) continue;
    // A place in view whose cluster's seat is out of view counts at its country's point: the group's centre stays off screen.
    const place = positionOf(i);
    const position = place === undefined || inView(place) ? point : place;
    const key = GROUP_PREFIX + continent;
    groupOf[i] = key;
    const points = members.get(key);
    if (points) points.push(position);
    else members.set(key, [position]);
  }
  const groups = new Map<string, OffscreenGroup>();
  for (const [key, points] of members) {
    groups.set(key, { continent: continentOfGroup(key), position: centreOutOfView(points, inView), bounds: boundsOfPoints(points)! });
  }
  return { partnerOf: (i) => groupOf[i] ?? endOf(i), groups };
}

/**
 * The mean of the points, each weighted by its cooperation (longitudes averaged on the circle, so that
 * the Pacific's groups stay in the Pacific); the member nearest to it where that mean lies in view.
 */
export function centreOutOfView(points: readonly LonLat[], inView: (position: LonLat) => boolean): LonLat {
  const rad = Math.PI / 180;
  let sin = 0;
  let cos = 0;
  let lat = 0;
  for (const [lon, pointLat] of points) {
    sin += Math.sin(lon * rad);
    cos += Math.cos(lon * rad);
    lat += pointLat;
  }
  const mean: LonLat = [Math.atan2(sin, cos) / rad, lat / points.length];
  if (!inView(mean)) return mean;
  let nearest = points[0];
  const distance = ([lon, pointLat]: LonLat) => (lon - mean[0]) ** 2 + (pointLat - mean[1]) ** 2;
  for (const point of points) if (distance(point) < distance(nearest)) nearest = point;
  return nearest;
}

/** Partner countries of the kept cooperations in each group, which the group's name says. */
export function groupCountries(partnerOf: (i: number) => string | null, countryOf: (i: number) => string | null, mask: Uint8Array): Map<string, number> {
  const countries = new Map<string, Set<string>>();
  for (let i = 0; i < mask.length; i++) {
    const key = mask[i] ? partnerOf(i) : null;
    const country = key !== null && isOffscreenGroup(key) ? countryOf(i) : null;
    if (country === null) continue;
    const set = countries.get(key!);
    if (set) set.add(country);
    else countries.set(key!, new Set([country]));
  }
  return new Map([...countries].map(([key, set]) => [key, set.size]));
}
