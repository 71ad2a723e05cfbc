import type { Cooperation } from '../domain/cooperation';
import { populationBand, type PopulationBandId } from '../domain/population-bands';
import type { PartnerSummary } from './collectivity-profile';

/** The cooperations, and the positions of each collectivity's and each partner place's (the store holds them). */
export interface PeerData {
  readonly cooperations: readonly Cooperation[];
  readonly byCollectivity: ReadonlyMap<string, readonly number[]>;
  readonly byPlace: ReadonlyMap<string, readonly number[]>;
}

/** Another collectivity of the data, with its number of cooperations. */
export interface Peer {
  code: string;
  name: string;
  count: number;
}

export interface PeerGroup {
  kind: Cooperation['ctKind'];
  band: PopulationBandId;
  /** Most cooperations first. */
  peers: Peer[];
}

/** A partner place of the collectivity where other French collectivities work too. */
export interface SharedPlace {
  place: PartnerSummary;
  others: Peer[];
}

function peerOf(data: PeerData, code: string): Peer {
  const rows = data.byCollectivity.get(code) ?? [];
  return { code, name: data.cooperations[rows[0]].ctName, count: rows.length };
}

const busiestFirst = (a: Peer, b: Peer) => b.count - a.count || a.name.localeCompare(b.name);

/** The collectivity of each row, built once per dataset. */
const owners = new WeakMap<PeerData['byCollectivity'], Map<number, string>>();
function collectivityOfRow(data: PeerData): Map<number, string> {
  let owner = owners.get(data.byCollectivity);
  if (!owner) {
    owner = new Map();
    for (const [key, rows] of data.byCollectivity) for (const row of rows) owner.set(row, key);
    owners.set(data.byCollectivity, owner);
  }
  return owner;
}

/**
 * Collectivities of the same kind and population band; null when the population is unknown.
 * `code` is the collectivity's key in the store (what the address names).
 */
export function sameProfilePeers(data: PeerData, code: string): PeerGroup | null {
  const collectivity = data.cooperations[data.byCollectivity.get(code)![0]];
  const band = populationBand(collectivity.ctPopulation);
  if (band === null) return null;
  const peers: Peer[] = [];
  for (const [other, rows] of data.byCollectivity) {
    const record = data.cooperations[rows[0]];
    if (other !== code && record.ctKind === collectivity.ctKind && populationBand(record.ctPopulation) === band) {
      peers.push(peerOf(data, other));
    }
  }
  return { kind: collectivity.ctKind, band, peers: peers.sort(busiestFirst) };
}

/** The collectivity's partner places where others work too, the most shared first. */
export function sharedPlaces(data: PeerData, code: string, places: readonly PartnerSummary[]): SharedPlace[] {
  const owner = collectivityOfRow(data);
  return places
    .map((place) => {
      const codes = new Set((data.byPlace.get(place.key) ?? []).map((row) => owner.get(row)!));
      codes.delete(code);
      return { place, others: [...codes].map((other) => peerOf(data, other)).sort(busiestFirst) };
    })
    .filter((shared) => shared.others.length > 0)
    .sort((a, b) => b.others.length - a.others.length);
}
