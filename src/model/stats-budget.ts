/** Annual budgets of the kept cooperations, where they are known. */
import { collectivityKey } from '../domain/collectivity-key';
import type { Cooperation } from '../domain/cooperation';

export interface BudgetPerInhabitant {
  eurPerInhabitant: number;
  /** What it covers: collectivities with a known population and at least one known budget... */
  collectivities: number;
  /** ...their population, each counted once (a commune's inhabitants also count in its département's)... */
  population: number;
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

const isKnown = (value: number | null): value is number => value !== null && Number.isFinite(value);

export function budgetStats(cooperations: readonly Cooperation[], positions: ArrayLike<number>): BudgetStats {
  const budgets: number[] = [];
  const populationOf = new Map<string, number>();
  let coveredBudgetEur = 0;
  for (let p = 0; p < positions.length; p++) {
    const cooperation = cooperations[positions[p]];
    const { annualBudgetEur, ctPopulation } = cooperation;
    if (!isKnown(annualBudgetEur)) continue;
    budgets.push(annualBudgetEur);
    if (!isKnown(ctPopulation) || ctPopulation <= 0) continue;
    coveredBudgetEur += annualBudgetEur;
    populationOf.set(collectivityKey(cooperation), ctPopulation);
  }
  const population = [...populationOf.values()].reduce((sum, inhabitants) => sum + inhabitants, 0);
  return {
    known: budgets.length,
    totalEur: budgets.reduce((sum, budget) => sum + budget, 0),
    medianEur: median(Float64Array.from(budgets).sort()),
    perInhabitant:
      population === 0
        ? null
        : { eurPerInhabitant: coveredBudgetEur / population, collectivities: populationOf.size, population, budgetEur: coveredBudgetEur },
  };
}
