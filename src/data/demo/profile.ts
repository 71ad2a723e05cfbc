/** A collectivity's declared profile: its typology model and what the typology table says goes with it. */
import type { TypologyId } from '../../domain/typology';
import { PROFILE_FIELD_UNKNOWN_SHARE } from './calibration';
import type { DemoCollectivity } from './collectivities';
import { MODEL_PROFILES, modelWeights } from './models';
import type { Random } from './random';

export interface DemoProfile {
  typology: TypologyId;
  riService: boolean | null;
  europeService: boolean | null;
  aectBudgetEur: number | null;
  motivation: string | null;
}

/** "CTs with a dedicated RI service (all above 10,000 inhabitants)" */
const RI_SERVICE_MIN_POPULATION = 10_000;
/** "with a separate Europe service (all above 100,000 inhabitants)" */
const EUROPE_SERVICE_MIN_POPULATION = 100_000;

export function drawProfile(random: Random, collectivity: DemoCollectivity): DemoProfile {
  const weights = modelWeights(collectivity.kind, collectivity.band);
  const typology = random.weighted(Object.keys(weights) as TypologyId[], (id) => weights[id] ?? 0);
  const model = MODEL_PROFILES[typology];
  const riService =
    collectivity.population >= RI_SERVICE_MIN_POPULATION && random.chance(model.riService);
  const europeService =
    riService && collectivity.population >= EUROPE_SERVICE_MIN_POPULATION && random.chance(model.europeService);
  const { medianEur, sigma, minEur, maxEur } = model.budget;
  const budget = roundEuros(Math.min(maxEur, Math.max(minEur, random.logNormal(medianEur, sigma))));
  const motivation = random.weighted(Object.keys(model.motivations), (label) => model.motivations[label]);
  const orUnknown = <T>(value: T): T | null => (random.chance(PROFILE_FIELD_UNKNOWN_SHARE) ? null : value);
  return {
    typology,
    riService: orUnknown(riService),
    europeService: orUnknown(europeService),
    aectBudgetEur: random.chance(model.declaresBudget) ? budget : null,
    motivation: orUnknown(motivation),
  };
}

/** Rounds an amount as people declare it: to 100 € below 10,000 €, to 1,000 € below a million, else to 10,000 €. */
export function roundEuros(amount: number): number {
  const step = amount < 10_000 ? 100 : amount < 1_000_000 ? 1_000 : 10_000;
  return Math.max(step, Math.round(amount / step) * step);
}
