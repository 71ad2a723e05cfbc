import { collectivityKey } from '../domain/collectivity-key';
import type { Cooperation } from '../domain/cooperation';
import { placeKey } from '../model/places';
import { byImportance, type EndpointDatum, type EndpointNames } from './arc-data';

/** One end as the dataset gives it, named after its first cooperation; the partner's label waits for the language. */
interface EndSite extends Omit<EndpointDatum, 'count' | 'label'> {
  /** The partner's country, which its label names. */
  country: string | null;
}

/**
 * Each cooperation's two ends as numbers, built once per dataset: cooperations whose French (or
 * partner) ends lie at the same point share that end's number, as the map draws one disc there.
 */
export interface CooperationEnds {
  /** The end number of cooperation i's French end. */
  france: Uint32Array;
  /** The end number of cooperation i's partner end. */
  partner: Uint32Array;
  sites: readonly EndSite[];
}

function franceSite(c: Cooperation): EndSite {
  return { position: [c.ctLon, c.ctLat], side: 'france', name: c.ctName, target: { kind: 'collectivity', code: collectivityKey(c) }, country: null };
}

function partnerSite(c: Cooperation): EndSite {
  return { position: [c.partnerLon, c.partnerLat], side: 'partner', name: c.partnerName, target: { kind: 'place', key: placeKey(c) }, country: c.partnerCountry };
}

export function indexEnds(cooperations: readonly Cooperation[]): CooperationEnds {
  const sites: EndSite[] = [];
  // Longitude, then latitude, to end number: number keys, no string per cooperation.
  const numbers = { france: new Map<number, Map<number, number>>(), partner: new Map<number, Map<number, number>>() };
  const numberOf = (side: EndSite['side'], lon: number, lat: number, site: () => EndSite) => {
    let byLat = numbers[side].get(lon);
    if (!byLat) numbers[side].set(lon, (byLat = new Map()));
    let end = byLat.get(lat);
    if (end === undefined) {
      end = sites.push(site()) - 1;
      byLat.set(lat, end);
    }
    return end;
  };
  const france = new Uint32Array(cooperations.length);
  const partner = new Uint32Array(cooperations.length);
  cooperations.forEach((c, i) => {
    france[i] = numberOf('france', c.ctLon, c.ctLat, () => franceSite(c));
    partner[i] = numberOf('partner', c.partnerLon, c.partnerLat, () => partnerSite(c));
  });
  return { france, partner, sites };
}

/**
 * The ends of the cooperations the mask keeps, with how many meet there, French ends first and
 * the busiest first. Only the kept ends become objects: a filter change costs one pass over the mask.
 */
export function cooperationEndpoints(ends: CooperationEnds, mask: Uint8Array, names: EndpointNames): EndpointDatum[] {
  const counts = new Uint32Array(ends.sites.length);
  const order: number[] = [];
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    if (counts[ends.france[i]]++ === 0) order.push(ends.france[i]);
    if (counts[ends.partner[i]]++ === 0) order.push(ends.partner[i]);
  }
  return order
    .map((end): EndpointDatum => {
      const { position, side, name, target, country } = ends.sites[end];
      return { position, side, name, target, label: country === null ? name : `${name} (${names.country(country)})`, count: counts[end] };
    })
    .sort(byImportance);
}
