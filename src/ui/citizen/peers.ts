import type { Cooperation } from '../../domain/cooperation';
import { populationBand, type PopulationBandId } from '../../domain/population-bands';
import type { Store } from '../../state/store';
import type { PartnerSummary } from './profile';

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

function peerOf(store: Store, code: string): Peer {
  const rows = store.byCollectivity.get(code) ?? [];
  return { code, name: store.index.cooperations[rows[0]].ctName, count: rows.length };
}

const busiestFirst = (a: Peer, b: Peer) => b.count - a.count || a.name.localeCompare(b.name);

/**
 * Collectivities of the same kind and population band; null when the population is unknown.
 * `code` is the collectivity's key in the store (what the address names).
 */
export function sameProfilePeers(store: Store, code: string): PeerGroup | null {
  const collectivity = store.index.cooperations[store.byCollectivity.get(code)![0]];
  const band = populationBand(collectivity.ctPopulation);
  if (band === null) return null;
  const peers: Peer[] = [];
  for (const [other, rows] of store.byCollectivity) {
    const record = store.index.cooperations[rows[0]];
    if (other !== code && record.ctKind === collectivity.ctKind && populationBand(record.ctPopulation) === band) {
      peers.push(peerOf(store, other));
    }
  }
  return { kind: collectivity.ctKind, band, peers: peers.sort(busiestFirst) };
}

/** The collectivity's partner places where others work too, the most shared first. */
export function sharedPlaces(store: Store, code: string, places: readonly PartnerSummary[]): SharedPlace[] {
  const collectivityOfRow = new Map<number, string>();
  for (const [key, rows] of store.byCollectivity) for (const row of rows) collectivityOfRow.set(row, key);
  return places
    .map((place) => {
      const codes = new Set((store.byPlace.get(place.key) ?? []).map((row) => collectivityOfRow.get(row)!));
      codes.delete(code);
      return { place, others: [...codes].map((other) => peerOf(store, other)).sort(busiestFirst) };
    })
    .filter((shared) => shared.others.length > 0)
    .sort((a, b) => b.others.length - a.others.length);
}
