import { describe, expect, it } from 'vitest';
import { collectivityKey } from '../domain/collectivity-key';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { collectivityProfile, peerCost } from './collectivity-profile';
import { sameProfilePeers, sharedPlaces } from './peers';
import { groupPositions, placeKey } from './places';

const rennes = [
  makeCooperation({ id: '1', ctPopulation: 200_000, partnerName: 'Saint-Louis', startYear: 1990, themes: ['eau-assainissement'], nature: 'cooperation-decentralisee', annualBudgetEur: 30_000, fundings: ['fonds propres', 'AFD/FICOL'], localInterest: 'Le service de l’eau partage son savoir-faire.', actors: ['service de l’eau'] }),
  makeCooperation({ id: '2', ctPopulation: 200_000, partnerName: 'Saint-Louis', startYear: 2005, themes: ['jeunesse-sport-mobilite'], nature: 'mobilite', annualBudgetEur: 10_000, fundings: ['fonds propres'], actors: ['lycées', 'service de l’eau'] }),
  makeCooperation({ id: '3', ctPopulation: 200_000, partnerCountry: 'DE', partnerName: 'Erlangen', startYear: 1964, endYear: 2010, themes: ['culture-patrimoine'], nature: 'jumelage', annualBudgetEur: 99_000, fundings: ['UE'] }),
  makeCooperation({ id: '4', ctPopulation: 200_000, partnerCountry: 'CM', partnerName: 'Douala', startYear: null, themes: ['economie-tourisme', 'eau-assainissement'], annualBudgetEur: null }),
];
const others = [
  makeCooperation({ id: '5', ctCode: '44109', ctName: 'Nantes', ctPopulation: 320_000, partnerName: 'Saint-Louis' }),
  makeCooperation({ id: '6', ctCode: '44109', ctName: 'Nantes', ctPopulation: 320_000, partnerCountry: 'CM', partnerName: 'Douala' }),
  makeCooperation({ id: '7', ctCode: '29019', ctName: 'Brest', ctPopulation: 140_000, partnerName: 'Saint-Louis' }),
  makeCooperation({ id: '8', ctCode: '35', ctName: 'Ille-et-Vilaine', ctKind: 'departement', ctPopulation: 150_000, partnerName: 'Thiès' }),
];

describe('the citizen page of a collectivity', () => {
  const profile = collectivityProfile(rennes, 2024);

  it('lists partner places from the oldest, with their countries and years', () => {
    expect(profile.places.map((p) => [p.name, p.since, p.endedIn])).toEqual([
      ['Erlangen', 1964, 2010],
      ['Saint-Louis', 1990, null],
      ['Douala', null, null],
    ]);
    expect(profile.countries).toEqual(['DE', 'SN', 'CM']);
    expect(profile.since).toBe(1964);
  });

  it('counts what the cooperations in progress cost, per inhabitant, from known budgets only', () => {
    expect(profile.cost).toEqual({ totalEur: 40_000, eurPerInhabitant: 0.2, known: 2, active: 3 });
    expect(profile.fundings).toEqual(['fonds propres', 'AFD/FICOL']);
  });

  it('says nothing of cost when no budget is known, or per inhabitant without a population', () => {
    expect(collectivityProfile([rennes[3]], 2024).cost).toBeNull();
    expect(collectivityProfile([{ ...rennes[0], ctPopulation: null }], 2024).cost?.eurPerInhabitant).toBeNull();
  });

  it('gathers themes, local benefits, actors, youth mobility, jobs and skills, and the goals served', () => {
    expect(profile.themes[0]).toEqual({ id: 'eau-assainissement', count: 2 });
    expect(profile.localInterests).toEqual([{ text: 'Le service de l’eau partage son savoir-faire.', place: 'Saint-Louis' }]);
    expect(profile.actors).toEqual(['service de l’eau', 'lycées']);
    expect(profile.youthMobility.map((p) => p.name)).toEqual(['Saint-Louis']);
    expect(profile.jobsAndSkills.map((p) => p.name)).toEqual(['Douala']);
    expect(profile.goals).toEqual([4, 6, 8, 11]);
  });

  it('finds peers of the same kind and size, and others working in the same places', () => {
    const cooperations = [...rennes, ...others];
    const store = { cooperations, byCollectivity: groupPositions(cooperations, collectivityKey), byPlace: groupPositions(cooperations, placeKey) };
    const group = sameProfilePeers(store, '35238');
    expect(group).toMatchObject({ kind: 'commune', band: '100k-500k' });
    expect(group?.peers.map((p) => [p.name, p.count])).toEqual([
      ['Nantes', 2],
      ['Brest', 1],
    ]);
    expect(sharedPlaces(store, '35238', profile.places).map((s) => [s.place.name, s.others.map((o) => o.name)])).toEqual([
      ['Saint-Louis', ['Nantes', 'Brest']],
      ['Douala', ['Nantes']],
    ]);
  });
});

describe('the cost per inhabitant beside that of collectivities of the same kind and size', () => {
  // Communes of 100,000 to 500,000 inhabitants: Rennes (0.20 €), Nantes (0.50 €), Brest (0.10 €), Angers (no budget); a département apart.
  const peers = [
    ...rennes,
    makeCooperation({ id: 'n', ctCode: '44109', ctName: 'Nantes', ctPopulation: 320_000, annualBudgetEur: 160_000 }),
    makeCooperation({ id: 'b', ctCode: '29019', ctName: 'Brest', ctPopulation: 140_000, annualBudgetEur: 14_000 }),
    makeCooperation({ id: 'b-ended', ctCode: '29019', ctName: 'Brest', ctPopulation: 140_000, annualBudgetEur: 1_000_000, endYear: 2000 }),
    makeCooperation({ id: 'a', ctCode: '49007', ctName: 'Angers', ctPopulation: 155_000 }),
    makeCooperation({ id: 'd', ctCode: '35', ctName: 'Ille-et-Vilaine', ctKind: 'departement', ctPopulation: 150_000, annualBudgetEur: 900_000 }),
  ];
  const data = { cooperations: peers, byCollectivity: groupPositions(peers, collectivityKey), byPlace: groupPositions(peers, placeKey) };

  it('takes the median over the others with a known cost, ended cooperations left out', () => {
    expect(peerCost(data, '35238', 2024)).toEqual({ kind: 'commune', band: '100k-500k', collectivities: 2, medianEurPerInhabitant: (0.5 + 0.1) / 2 });
  });

  it('has no median when no comparable collectivity has a known cost, and no group without a population', () => {
    expect(peerCost(data, '35', 2024)).toEqual({ kind: 'departement', band: '100k-500k', collectivities: 0, medianEurPerInhabitant: null });
    const unknown = [makeCooperation({ id: 'u', ctPopulation: null })];
    expect(peerCost({ cooperations: unknown, byCollectivity: groupPositions(unknown, collectivityKey), byPlace: new Map() }, '35238')).toBeNull();
  });
});
