import { readFile } from 'node:fs/promises';
import type { Cooperation, CooperationCollection } from '../src/domain/cooperation';
import { pick, seededRandom } from './random';

const DEMO = 'public/data/cooperations.geojson';

export async function loadDemo(): Promise<Cooperation[]> {
  const collection = JSON.parse(await readFile(DEMO, 'utf8')) as CooperationCollection;
  return collection.features.map((feature) => feature.properties);
}

const perturbYear = (year: number | null, shift: number) => (year === null ? null : Math.min(2025, year + shift));

/**
 * n cooperations drawn from the demo dataset (real collectivities and partner places, its
 * distributions of themes, natures and years), each perturbed: years shifted by up to 3,
 * themes taken from another record one time in five, budgets scaled. Same seed, same rows.
 */
export function syntheticCooperations(demo: readonly Cooperation[], n: number, seed = 7): Cooperation[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const source = pick(random, demo);
    const shift = Math.floor(random() * 7) - 3;
    return {
      ...source,
      id: `syn-${i.toString(36).padStart(6, '0')}`,
      themes: random() < 0.2 ? pick(random, demo).themes : source.themes,
      startYear: perturbYear(source.startYear, shift),
      endYear: perturbYear(source.endYear, shift),
      annualBudgetEur: source.annualBudgetEur === null ? null : Math.round(source.annualBudgetEur * (0.5 + random())),
    };
  });
}
