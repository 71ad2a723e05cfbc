import { describe, expect, it } from 'vitest';
import { classifyTypology, type CollectivityProfile, type CooperationTraits } from './classify-typology';
import { ARCHETYPES } from './classify-typology.fixtures';
import { TYPOLOGY_IDS } from './typology';
import type { Criterion } from './typology-criteria';

const PROFILE_FIELDS: (keyof CollectivityProfile)[] = ['kind', 'population', 'riService', 'europeService', 'aectBudgetEur', 'motivation', 'fundings'];
const COOPERATION_FIELDS: (keyof CooperationTraits)[] = ['themes', 'nature', 'partnerCountry', 'continent', 'actors'];

describe('classifyTypology', () => {
  it.each(TYPOLOGY_IDS)('gives the %s archetype of the study its model, with reasons', (model) => {
    const { profile, cooperations } = ARCHETYPES[model];
    const result = classifyTypology(profile, cooperations);
    expect(result).toMatchObject({ model, leaders: [model], tie: false, lowConfidence: false });
    expect(result.confidence).toBe(1);
    expect(result.reasons.filter((reason) => reason.model === model).length).toBeGreaterThan(3);
    expect(result.reasons[0].model).toBe(model);
  });

  it('orders reasons strongest first, with the wording of the table', () => {
    const { reasons } = classifyTypology(ARCHETYPES.astre.profile, ARCHETYPES.astre.cooperations);
    const points = reasons.map((reason) => reason.weight * reason.match);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(reasons.find((reason) => reason.criterion === 'astre-budget')?.wording).toMatch(/500 000/);
  });

  describe('a missing field lowers the confidence and never throws', () => {
    const { profile, cooperations } = ARCHETYPES.astre;
    const full = classifyTypology(profile, cooperations).confidence;

    it.each(PROFILE_FIELDS)('profile without %s', (field) => {
      for (const missing of [undefined, null]) {
        const result = classifyTypology({ ...profile, [field]: missing }, cooperations);
        expect(result.confidence).toBeLessThan(full);
      }
    });

    // HUMANIS: all partners in sub-Saharan Africa, where the zone needs the country.
    it.each(COOPERATION_FIELDS)('cooperations without %s', (field) => {
      const { humanis } = ARCHETYPES;
      const result = classifyTypology(humanis.profile, humanis.cooperations.map((c) => ({ ...c, [field]: undefined })));
      expect(result.confidence).toBeLessThan(classifyTypology(humanis.profile, humanis.cooperations).confidence);
    });

    it.each(TYPOLOGY_IDS)('every field of the %s archetype, one at a time', (model) => {
      const archetype = ARCHETYPES[model];
      const reference = classifyTypology(archetype.profile, archetype.cooperations).confidence;
      for (const field of PROFILE_FIELDS) {
        const result = classifyTypology({ ...archetype.profile, [field]: null }, archetype.cooperations);
        expect(result.confidence).toBeLessThanOrEqual(reference);
        expect(result.confidence).toBeGreaterThan(0);
      }
    });
  });

  it('gives no model when nothing is known: a tie of low confidence, not a default', () => {
    const result = classifyTypology({}, []);
    expect(result).toMatchObject({ model: null, tie: true, lowConfidence: true, confidence: 0, reasons: [] });
    expect(result.leaders).toEqual([...TYPOLOGY_IDS]);
  });

  it('gives no model when too little is known, and says so', () => {
    const result = classifyTypology({ kind: 'region', population: 5_000_000 }, []);
    expect(result.lowConfidence).toBe(true);
    expect(result.model).toBeNull();
    expect(result.leaders).toEqual(['astre']);
  });

  it('reports a tie between the models with the same score', () => {
    const matches = (model: Criterion['model'], id: string): Criterion => ({ id, model, dimension: 'size', weight: 1, wording: id, test: () => 1 });
    const result = classifyTypology({}, [], [matches('humanis', 'a'), matches('cosmin', 'b')]);
    expect(result).toMatchObject({ model: null, tie: true, lowConfidence: false, confidence: 1, leaders: ['humanis', 'cosmin'] });
  });

  it('reads free texts whatever their case and accents', () => {
    const { profile, cooperations } = ARCHETYPES.climapart;
    const shouted = classifyTypology(
      { ...profile, motivation: 'DEFIS GLOBAUX', fundings: ['Agence de l’Eau Loire-Bretagne', 'Dctciv'] },
      cooperations.map((c) => ({ ...c, actors: ['RÉSEAU RÉGIONAL'] })),
    );
    expect(shouted.model).toBe('climapart');
    expect(shouted.scores.climapart).toBeCloseTo(classifyTypology(profile, cooperations).scores.climapart, 5);
  });
});
