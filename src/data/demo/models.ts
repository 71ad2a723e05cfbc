/**
 * The ACTER typology table (shared/domain.md, "The five models") as generation parameters:
 * one profile per model, read column by column from the table.
 */
import type { CollectivityKind, Nature } from '../../domain/cooperation';
import type { ContinentId } from '../../domain/gazetteer';
import type { ThemeId } from '../../domain/themes';
import type { TypologyId } from '../../domain/typology';
import type { SizeBandId } from './calibration';

export interface ModelProfile {
  /** "zones": share of cooperations per continent. */
  continents: Partial<Record<ContinentId, number>>;
  /** Multipliers on a country's weight within its continent (cultural ties, economic opportunity). */
  countryFactors: Record<string, number>;
  /** "way of acting". */
  natures: Record<Nature, number>;
  /** "themes": probability that a cooperation carries each theme (1 to 4 are kept). */
  themes: Partial<Record<ThemeId, number>>;
  /** "partnerships": probability of each kind of actor. */
  actors: Record<string, number>;
  /** "funding": probability of each source, before the theme and zone conditions of FUNDING_CONDITIONS. */
  fundings: Record<string, number>;
  /** "motivations", weighted; "solidarité internationale" was the first motivation of 58 % of respondents. */
  motivations: Record<string, number>;
  /** "organisation": chance of an RI service, and of a separate Europe service when there is one. */
  riService: number;
  europeService: number;
  /** Declared annual AECT budget: log-normal median and spread, clamped. */
  budget: { medianEur: number; sigma: number; minEur: number; maxEur: number };
  /**
   * Chance that the collectivity declares its budget. The study's amounts come from its respondents,
   * larger and better organised than most active CTs: declaring grows with the model's organisation.
   */
  declaresBudget: number;
}

const SOLIDARITY = 'solidarité internationale';

export const MODEL_PROFILES: Record<TypologyId, ModelProfile> = {
  humanis: {
    continents: { afrique: 0.88, europe: 0.05, asie: 0.035, 'amerique-latine-caraibes': 0.035 },
    // "sub-Saharan Africa"
    countryFactors: { MA: 0.55, TN: 0.5, DZ: 0.5, EG: 0.5, LY: 0.5 },
    natures: {
      jumelage: 0.33,
      'cooperation-decentralisee': 0.35,
      'aide-urgence': 0.22,
      mobilite: 0.03,
      'projet-europeen': 0,
      autre: 0.07,
    },
    themes: {
      'urgence-humanitaire': 0.62,
      'education-formation': 0.55,
      sante: 0.4,
      'agriculture-alimentation': 0.3,
      'eau-assainissement': 0.25,
      'egalite-femmes-hommes': 0.2,
      'culture-patrimoine': 0.6,
      'jeunesse-sport-mobilite': 0.12,
      ecsi: 0.1,
    },
    actors: {
      'comité de jumelage': 0.55,
      'associations de solidarité': 0.75,
      écoles: 0.3,
      bénévoles: 0.3,
      'centre de santé': 0.08,
    },
    fundings: { 'fonds propres': 0.95, 'dons et collectes': 0.3 },
    motivations: { [SOLIDARITY]: 0.8, 'droits humains et valeurs': 0.12, 'aide aux populations vulnérables': 0.08 },
    riService: 0,
    europeService: 0,
    budget: { medianEur: 3_500, sigma: 0.75, minEur: 500, maxEur: 40_000 },
    declaresBudget: 0.05,
  },
  cosmin: {
    continents: { afrique: 0.7, europe: 0.11, asie: 0.11, 'amerique-latine-caraibes': 0.06, 'amerique-nord': 0.02 },
    // "zones with cultural ties worldwide": Maghreb, Armenia, Lebanon, Vietnam and diasporas
    countryFactors: { MA: 1.3, DZ: 1.8, TN: 1.6, KM: 2, AM: 2, LB: 1.5, VN: 1.5, PT: 2 },
    natures: {
      jumelage: 0.5,
      'cooperation-decentralisee': 0.28,
      'aide-urgence': 0.1,
      mobilite: 0.05,
      'projet-europeen': 0,
      autre: 0.07,
    },
    themes: {
      'culture-patrimoine': 0.92,
      'migrations-diasporas': 0.45,
      'economie-tourisme': 0.22,
      'urgence-humanitaire': 0.35,
      'education-formation': 0.3,
      'jeunesse-sport-mobilite': 0.2,
      ecsi: 0.15,
      'egalite-femmes-hommes': 0.1,
    },
    actors: {
      'comité de jumelage': 0.7,
      diasporas: 0.6,
      'associations culturelles': 0.6,
      musées: 0.1,
      conservatoire: 0.12,
    },
    fundings: { 'fonds propres': 0.95, DCTCIV: 0.25 },
    motivations: { 'diversité culturelle et interculturalité': 0.4, [SOLIDARITY]: 0.4, 'liens avec les diasporas': 0.2 },
    riService: 0.1,
    europeService: 0,
    budget: { medianEur: 4_500, sigma: 0.75, minEur: 500, maxEur: 60_000 },
    declaresBudget: 0.1,
  },
  cimob: {
    continents: { afrique: 0.53, europe: 0.34, asie: 0.05, 'amerique-latine-caraibes': 0.03, 'amerique-nord': 0.05 },
    countryFactors: {},
    natures: {
      jumelage: 0.35,
      'cooperation-decentralisee': 0.22,
      'aide-urgence': 0.04,
      mobilite: 0.32,
      'projet-europeen': 0.03,
      autre: 0.04,
    },
    themes: {
      'jeunesse-sport-mobilite': 0.8,
      'education-formation': 0.5,
      'culture-patrimoine': 0.65,
      ecsi: 0.4,
      'urgence-humanitaire': 0.25,
      sante: 0.08,
      numerique: 0.05,
    },
    actors: {
      'service jeunesse': 0.75,
      lycées: 0.45,
      collèges: 0.25,
      'clubs sportifs': 0.3,
      'associations de jeunesse': 0.35,
    },
    // "no AFD funding"
    fundings: { 'fonds propres': 0.9, UE: 0.3, DCTCIV: 0.2 },
    motivations: { 'ouverture des habitants au monde': 0.4, 'mobilité des jeunes': 0.3, [SOLIDARITY]: 0.3 },
    riService: 0.05,
    europeService: 0,
    budget: { medianEur: 26_000, sigma: 0.5, minEur: 3_000, maxEur: 200_000 },
    declaresBudget: 0.25,
  },
  climapart: {
    continents: { afrique: 0.82, europe: 0.04, asie: 0.07, 'amerique-latine-caraibes': 0.06, 'amerique-nord': 0.01 },
    countryFactors: {},
    natures: {
      jumelage: 0.08,
      'cooperation-decentralisee': 0.7,
      'aide-urgence': 0.08,
      mobilite: 0.02,
      'projet-europeen': 0.05,
      autre: 0.07,
    },
    themes: {
      'eau-assainissement': 0.5,
      'energie-climat': 0.35,
      'environnement-dechets': 0.4,
      'agriculture-alimentation': 0.3,
      'gouvernance-locale': 0.35,
      'developpement-urbain': 0.2,
      sante: 0.15,
      'culture-patrimoine': 0.5,
      'urgence-humanitaire': 0.3,
      'education-formation': 0.15,
      numerique: 0.08,
    },
    actors: {
      'autres collectivités françaises': 0.5,
      'réseau régional multi-acteurs': 0.6,
      "service de l'eau": 0.35,
      'associations de solidarité': 0.45,
      universités: 0.2,
      entreprises: 0.15,
    },
    // "DAECT funding and small budget lines; external co-funding"
    fundings: {
      'fonds propres': 0.9,
      DCTCIV: 0.7,
      "agence de l'eau": 0.7,
      '1 % solidaire': 0.55,
      'AFD/FICOL': 0.25,
      UE: 0.15,
    },
    motivations: { 'défis locaux et globaux, ODD': 0.45, [SOLIDARITY]: 0.45, 'partage de savoir-faire technique': 0.1 },
    riService: 0.9,
    europeService: 0.15,
    // With ASTRE's, these make the study's 18 % of budgets between 250 and 500 k€.
    budget: { medianEur: 270_000, sigma: 0.35, minEur: 60_000, maxEur: 900_000 },
    declaresBudget: 0.85,
  },
  astre: {
    continents: {
      afrique: 0.6,
      europe: 0.16,
      asie: 0.12,
      'amerique-latine-caraibes': 0.05,
      'amerique-nord': 0.06,
      oceanie: 0.01,
    },
    // "by economic opportunity"
    countryFactors: { MA: 1.3, CI: 1.5, SN: 1.1, CN: 3, JP: 2, KR: 2, IN: 2, CA: 1.2, BR: 2, MX: 2 },
    natures: {
      jumelage: 0.1,
      'cooperation-decentralisee': 0.55,
      'aide-urgence': 0.07,
      mobilite: 0.05,
      'projet-europeen': 0.15,
      autre: 0.08,
    },
    themes: {
      'economie-tourisme': 0.65,
      'gouvernance-locale': 0.45,
      'developpement-urbain': 0.4,
      numerique: 0.2,
      'energie-climat': 0.2,
      'culture-patrimoine': 0.5,
      'urgence-humanitaire': 0.35,
      'education-formation': 0.25,
      'jeunesse-sport-mobilite': 0.2,
      'eau-assainissement': 0.2,
      sante: 0.15,
    },
    actors: {
      entreprises: 0.7,
      'chambres consulaires': 0.45,
      universités: 0.5,
      hôpitaux: 0.2,
      'réseau régional multi-acteurs': 0.35,
      'autres collectivités françaises': 0.35,
    },
    fundings: { 'fonds propres': 0.9, UE: 0.6, 'AFD/FICOL': 0.45, DCTCIV: 0.55, "agence de l'eau": 0.6 },
    motivations: { 'attractivité du territoire': 0.45, 'internationalisation des entreprises': 0.3, [SOLIDARITY]: 0.25 },
    riService: 1,
    europeService: 0.85,
    budget: { medianEur: 750_000, sigma: 0.5, minEur: 500_000, maxEur: 12_000_000 },
    declaresBudget: 0.95,
  },
};

/** "typical size": the models a collectivity of a kind and size band is drawn into, weighted. */
export function modelWeights(kind: CollectivityKind, band: SizeBandId): Partial<Record<TypologyId, number>> {
  switch (kind) {
    case 'region':
      return { astre: 0.8, climapart: 0.2 };
    case 'departement':
      // Not in the table: départements run formal, technical cooperations; the largest, strategies.
      return band === 'ge500k' ? { climapart: 0.6, astre: 0.4 } : { climapart: 1 };
    case 'epci':
    case 'syndicat':
      return EPCI_MODELS[band];
    case 'commune':
      return COMMUNE_MODELS[band];
  }
}

const COMMUNE_MODELS: Record<SizeBandId, Partial<Record<TypologyId, number>>> = {
  lt2k: { humanis: 0.92, cosmin: 0.04, cimob: 0.04 },
  '2k-10k': { humanis: 0.62, cosmin: 0.2, cimob: 0.18 },
  '10k-50k': { humanis: 0.3, cosmin: 0.34, cimob: 0.36 },
  '50k-100k': { humanis: 0.1, cosmin: 0.2, cimob: 0.2, climapart: 0.5 },
  '100k-500k': { cosmin: 0.08, climapart: 0.47, astre: 0.45 },
  ge500k: { climapart: 0.3, astre: 0.7 },
};

const EPCI_MODELS: Record<SizeBandId, Partial<Record<TypologyId, number>>> = {
  lt2k: { cimob: 1 },
  '2k-10k': { cimob: 1 },
  '10k-50k': { cimob: 1 },
  '50k-100k': { cimob: 0.4, climapart: 0.6 },
  '100k-500k': { climapart: 0.55, astre: 0.45 },
  ge500k: { astre: 0.8, climapart: 0.2 },
};

/** Funding sources tied to what a cooperation is about or where (Oudin-Santini law, water agencies, EU, AFD). */
export const FUNDING_CONDITIONS: Record<string, { themes?: ThemeId[]; outsideEurope?: boolean }> = {
  "agence de l'eau": { themes: ['eau-assainissement'] },
  '1 % solidaire': { themes: ['eau-assainissement', 'energie-climat', 'environnement-dechets'] },
  'AFD/FICOL': { outsideEurope: true },
};
