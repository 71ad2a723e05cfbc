import type { ThemeId } from './themes';
import type { TypologyId } from './typology';

export const COLLECTIVITY_KINDS = ['commune', 'epci', 'departement', 'region', 'syndicat'] as const;
export type CollectivityKind = (typeof COLLECTIVITY_KINDS)[number];

export const NATURES = [
  'jumelage',
  'cooperation-decentralisee',
  'aide-urgence',
  'mobilite',
  'projet-europeen',
  'autre',
] as const;
export type Nature = (typeof NATURES)[number];

/** How precisely the partner end of a cooperation is located. */
export type PartnerPrecision = 'coordonnees' | 'commune' | 'region' | 'pays';

/**
 * One cooperation: one French collectivity with one partner place.
 * It is also the flat `properties` object of a feature of cooperations.geojson,
 * whose geometry is a LineString [ct point, partner point].
 */
export interface Cooperation {
  id: string;
  ctCode: string;
  ctName: string;
  ctKind: CollectivityKind;
  /** INSEE région code of the collectivity. */
  ctRegion: string;
  /** INSEE département code, null for a région. */
  ctDepartement: string | null;
  ctPopulation: number | null;
  ctLon: number;
  ctLat: number;
  /** true when the collectivity's point stands in for an unlocated one (its EPCI's point). */
  ctApproximate: boolean;
  /** ISO 3166-1 alpha-2. */
  partnerCountry: string;
  partnerName: string;
  partnerPrecision: PartnerPrecision;
  partnerLon: number;
  partnerLat: number;
  themes: ThemeId[];
  nature: Nature | null;
  startYear: number | null;
  endYear: number | null;
  annualBudgetEur: number | null;
  fundings: string[];
  actors: string[];
  localInterest: string | null;
  description: string | null;
  typology: TypologyId | null;
  typologySource: 'manual' | 'computed' | null;
  /** The collectivity's profile, as declared (see the typology). */
  riService: boolean | null;
  europeService: boolean | null;
  aectBudgetEur: number | null;
  motivation: string | null;
  /** Line of the source file (header = line 1), null for generated data. */
  sourceRow: number | null;
}

export interface CooperationFeature {
  type: 'Feature';
  geometry: { type: 'LineString'; coordinates: [[number, number], [number, number]] };
  properties: Cooperation;
}

export interface CooperationCollection {
  type: 'FeatureCollection';
  /** Free metadata: source, generation, and whether the data is fictitious. */
  metadata?: { title?: string; fictitious?: boolean; generator?: string; note?: string; source?: string; attribution?: string };
  features: CooperationFeature[];
}

export function toFeature(cooperation: Cooperation): CooperationFeature {
  return {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [cooperation.ctLon, cooperation.ctLat],
        [cooperation.partnerLon, cooperation.partnerLat],
      ],
    },
    properties: cooperation,
  };
}

/** A cooperation is in progress until its end year is past: the status facet and the citizen page say so alike. */
export const isEnded = (cooperation: Cooperation, currentYear: number) => cooperation.endYear !== null && cooperation.endYear < currentYear;
