/** The five archetypes of the study's table (shared/domain.md), one collectivity each, for tests. */
import type { CollectivityProfile, CooperationTraits } from './classify-typology';
import type { TypologyId } from './typology';

export interface Archetype {
  profile: CollectivityProfile;
  cooperations: CooperationTraits[];
}

export const ARCHETYPES: Record<TypologyId, Archetype> = {
  humanis: {
    profile: { kind: 'commune', population: 1_800, riService: false, europeService: false, aectBudgetEur: 4_000, motivation: 'Solidarité internationale', fundings: ['fonds propres', 'dons et collectes'] },
    cooperations: [
      { themes: ['urgence-humanitaire', 'sante'], nature: 'aide-urgence', partnerCountry: 'BF', continent: 'afrique', actors: ['associations de solidarité'] },
      { themes: ['education-formation'], nature: 'jumelage', partnerCountry: 'ML', continent: 'afrique', actors: ['comité de jumelage'] },
    ],
  },
  cosmin: {
    profile: { kind: 'commune', population: 30_000, riService: false, europeService: false, aectBudgetEur: 8_000, motivation: 'Diversité culturelle et interculturalité', fundings: ['fonds propres', 'DCTCIV'] },
    cooperations: [
      { themes: ['culture-patrimoine', 'migrations-diasporas'], nature: 'jumelage', partnerCountry: 'MA', continent: 'afrique', actors: ['diasporas', 'comité de jumelage'] },
      { themes: ['culture-patrimoine'], nature: 'jumelage', partnerCountry: 'AM', continent: 'asie', actors: ['associations culturelles'] },
    ],
  },
  cimob: {
    profile: { kind: 'epci', population: 40_000, riService: false, europeService: false, aectBudgetEur: 25_000, motivation: 'Ouverture des habitants au monde', fundings: ['fonds propres', 'Erasmus+'] },
    cooperations: [
      { themes: ['jeunesse-sport-mobilite', 'ecsi'], nature: 'mobilite', partnerCountry: 'DE', continent: 'europe', actors: ['service jeunesse', 'lycées'] },
      { themes: ['jeunesse-sport-mobilite'], nature: 'jumelage', partnerCountry: 'SN', continent: 'afrique', actors: ['clubs sportifs'] },
    ],
  },
  climapart: {
    profile: { kind: 'epci', population: 180_000, riService: true, europeService: false, aectBudgetEur: 150_000, motivation: 'Défis locaux et globaux, ODD', fundings: ['DCTCIV', "agence de l'eau", '1 % solidaire'] },
    cooperations: [
      { themes: ['eau-assainissement', 'environnement-dechets'], nature: 'cooperation-decentralisee', partnerCountry: 'SN', continent: 'afrique', actors: ['réseau régional multi-acteurs', "service de l'eau"] },
      { themes: ['energie-climat'], nature: 'cooperation-decentralisee', partnerCountry: 'BJ', continent: 'afrique', actors: ['autres collectivités françaises'] },
    ],
  },
  astre: {
    profile: { kind: 'region', population: 5_000_000, riService: true, europeService: true, aectBudgetEur: 2_000_000, motivation: 'Attractivité du territoire et internationalisation des entreprises', fundings: ['UE', 'AFD/FICOL'] },
    cooperations: [
      { themes: ['economie-tourisme'], nature: 'cooperation-decentralisee', partnerCountry: 'MA', continent: 'afrique', actors: ['entreprises', 'chambres consulaires'] },
      { themes: ['developpement-urbain'], nature: 'projet-europeen', partnerCountry: 'PL', continent: 'europe', actors: ['universités'] },
      { themes: ['economie-tourisme'], nature: 'cooperation-decentralisee', partnerCountry: 'CN', continent: 'asie', actors: ['entreprises'] },
    ],
  },
};
