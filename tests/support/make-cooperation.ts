import type { Cooperation } from '../../src/domain/cooperation';

/** A cooperation with every field set, for hand-built test data. */
export function makeCooperation(overrides: Partial<Cooperation> & Pick<Cooperation, 'id'>): Cooperation {
  return {
    ctCode: '35238',
    ctName: 'Rennes',
    ctKind: 'commune',
    ctRegion: '53',
    ctDepartement: '35',
    ctPopulation: 225081,
    ctLon: -1.68,
    ctLat: 48.11,
    ctApproximate: false,
    partnerCountry: 'SN',
    partnerName: 'Saint-Louis',
    partnerPrecision: 'commune',
    partnerLon: -16.49,
    partnerLat: 16.03,
    themes: [],
    nature: null,
    startYear: null,
    endYear: null,
    annualBudgetEur: null,
    fundings: [],
    actors: [],
    localInterest: null,
    description: null,
    typology: null,
    typologySource: null,
    riService: null,
    europeService: null,
    aectBudgetEur: null,
    motivation: null,
    sourceRow: null,
    ...overrides,
  };
}
