/** Annual budgets of the kept cooperations, where they are known. */
import { collectivityKey } from '../domain/collectivity-key';
import type { Cooperation } from '../domain/cooperation';
import { coveredPopulation, type FrenchTerritory, type Inhabited } from './stats-population';

export interface BudgetPerInhabitant {
  eurPerInhabitant: number;
  /** What it covers: collectivities with a known population and at least one known budget... */
  collectivities: number;
  /** ...the inhabitants of their territory, each counted once (see stats-population)... */
  population: number;
  /** ...of which this many are inside another one of them and add no inhabitant... */
  nested: number;
  /** ...and the sum of those known budgets. */
  budgetEur: number;
}

export interface BudgetStats {
  /** Cooperations with a known annual budget. */
  known: number;
  totalEur: number;
  medianEur: number | null;
  perInhabitant: BudgetPerInhabitant | null;
}

export function median(sorted: Float64Array): number | null {
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of values in any order. */
export const medianOf = (values: readonly number[]) => median(Float64Array.from(values).sort());

const isKnown = (value: number | null): value is number => value !== null && Number.isFinite(value);

export function budgetStats(cooperations: readonly Cooperation[], positions: ArrayLike<number>, territory?: FrenchTerritory): BudgetStats {
  const budgets: number[] = [];
  const inhabited = new Map<string, Inhabited>();
  let coveredBudgetEur = 0;
  for (let p = 0; p < positions.length; p++) {
    const cooperation = cooperations[positions[p]];
    const { annualBudgetEur, ctPopulation } = cooperation;
    if (!isKnown(annualBudgetEur)) continue;
    budgets.push(annualBudgetEur);
    if (!isKnown(ctPopulation) || ctPopulation <= 0) continue;
    coveredBudgetEur += annualBudgetEur;
    inhabited.set(collectivityKey(cooperation), cooperation);
  }
  const covered = coveredPopulation([...inhabited.values()], territory);
  return {
    known: budgets.length,
    totalEur: budgets.reduce((sum, budget) => sum + budget, 0),
    medianEur: medianOf(budgets),
    perInhabitant:
      covered.population === 0
        ? null
        : {
            eurPerInhabitant: coveredBudgetEur / covered.population,
            collectivities: inhabited.size,
            population: covered.population,
            nested: covered.nested,
            budgetEur: coveredBudgetEur,
          },
  };
}
