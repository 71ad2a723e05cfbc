/** A collectivity's declared profile: its typology model and what the typology table says goes with it. */
import type { TypologyId } from '../../domain/typology';
import { MAX_COMMUNE_AECT_EUR_PER_INHABITANT, PROFILE_FIELD_UNKNOWN_SHARE } from './calibration';
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
  const drawnBudget = Math.min(maxEur, Math.max(minEur, random.logNormal(medianEur, sigma)));
  const cap = collectivity.kind === 'commune' ? MAX_COMMUNE_AECT_EUR_PER_INHABITANT * collectivity.population : Infinity;
  const rounded = roundEuros(drawnBudget);
  const budget = rounded > cap ? roundDownEuros(cap) : rounded;
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

/** The declared amount just below a cap (at least 100 €). */
function roundDownEuros(amount: number): number {
  return Math.max(100, Math.floor(amount / stepOf(amount)) * stepOf(amount));
}

const stepOf = (amount: number) => (amount < 10_000 ? 100 : amount < 1_000_000 ? 1_000 : 10_000);

/** Rounds an amount as people declare it: to 100 € below 10,000 €, to 1,000 € below a million, else to 10,000 €. */
export function roundEuros(amount: number): number {
  const step = stepOf(amount);
  return Math.max(step, Math.round(amount / step) * step);
}
