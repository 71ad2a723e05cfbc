/**
 * What the partner-overlaps view can be anchored on, and how the address names it:
 * `region-53` (every collectivity of a French région, the Région itself included),
 * `network-resacoop` (those a regional network serves), `departement-35` (those of a département),
 * or one collectivity's code (`35238`).
 */
import { FRENCH_REGIONS, REGIONAL_NETWORKS } from './regions';

export type Anchor =
  | { kind: 'region'; code: string }
  | { kind: 'network'; id: string }
  | { kind: 'departement'; code: string }
  | { kind: 'collectivity'; code: string };

/** How far from an anchor's places others count: the same place, a distance in km, the same admin-1 unit, the same country. */
export type PoolingReach = 'place' | 'admin1' | 'country' | number;

/** The reaches the interface offers, nearest first. */
export const POOLING_REACHES: readonly PoolingReach[] = ['place', 25, 50, 100, 'admin1', 'country'];
/** The longest distance an address may ask for, in km. */
export const MAX_REACH_KM = 2000;

const DEPARTEMENT_CODE = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;

/** The anchor an address value names, or null; a bare code is a collectivity when `isCollectivity` knows it. */
export function parseAnchor(raw: string, isCollectivity: (code: string) => boolean): Anchor | null {
  const [, prefix, rest] = /^(region|network|departement)-(.+)$/.exec(raw) ?? [];
  if (prefix === 'region') return FRENCH_REGIONS.some((region) => region.code === rest) ? { kind: 'region', code: rest } : null;
  if (prefix === 'network') return REGIONAL_NETWORKS.some((network) => network.id === rest) ? { kind: 'network', id: rest } : null;
  if (prefix === 'departement') return DEPARTEMENT_CODE.test(rest.toUpperCase()) ? { kind: 'departement', code: rest.toUpperCase() } : null;
  return isCollectivity(raw) ? { kind: 'collectivity', code: raw } : null;
}

export function anchorId(anchor: Anchor): string {
  if (anchor.kind === 'collectivity') return anchor.code;
  return `${anchor.kind}-${anchor.kind === 'network' ? anchor.id : anchor.code}`;
}

/** The reach an address value names (`25`, `admin1`, `country`, `place`), or null. */
export function parseReach(raw: string): PoolingReach | null {
  if (raw === 'place' || raw === 'admin1' || raw === 'country') return raw;
  if (!/^\d+(\.\d+)?$/.test(raw)) return null;
  const km = Number(raw);
  return km > 0 && km <= MAX_REACH_KM ? km : null;
}
