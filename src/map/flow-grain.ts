import type { FlowLevel } from '../model/flows';

/** From this zoom on, flows leave from each région rather than from metropolitan France as a whole. */
export const REGIONAL_FLOWS_ZOOM = 4;
/** From this zoom on, flows end at partner admin-1 units (or groups of nearby places) rather than at countries. */
export const CLUSTER_FLOWS_ZOOM = 5;
/** From this zoom on, with France in view, flows leave from each département. */
export const DEPARTEMENT_FLOWS_ZOOM = 6;
/** From this zoom on, flows join each collectivity to each partner place. */
export const PLACE_FLOWS_ZOOM = 7;

/** What a flow's partner end is: a country, a cluster of places made at a whole zoom, or a place. */
export type PartnerGrain = { kind: 'country' } | { kind: 'clusters'; zoom: number } | { kind: 'places' };

/** What flows join at a zoom, so that ends are of a size that fits the screen. */
export interface FlowGrain {
  origin: FlowLevel;
  partner: PartnerGrain;
}

/**
 * The grain of the flows in a zoom band (a whole zoom: every threshold is one, so that the flows
 * are grouped once per band, not once per frame). Zoomed in away from France, the French ends
 * are off screen and stay régions. A question about some régions is answered from each of
 * them, at world scale too.
 */
export function flowGrain(zoomBand: number, franceInView: boolean, regionsAsked: boolean): FlowGrain {
  if (zoomBand >= PLACE_FLOWS_ZOOM) return { origin: franceInView ? 'collectivity' : 'regional', partner: { kind: 'places' } };
  if (zoomBand >= CLUSTER_FLOWS_ZOOM) {
    return { origin: zoomBand >= DEPARTEMENT_FLOWS_ZOOM && franceInView ? 'departemental' : 'regional', partner: { kind: 'clusters', zoom: zoomBand } };
  }
  return { origin: zoomBand < REGIONAL_FLOWS_ZOOM && !regionsAsked ? 'national' : 'regional', partner: { kind: 'country' } };
}
