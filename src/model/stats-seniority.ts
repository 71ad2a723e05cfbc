/** How long the kept collectivities have cooperated: from each one's earliest known start year. */
import { collectivityKey } from '../domain/collectivity-key';
import type { Cooperation } from '../domain/cooperation';
import { medianOf } from './stats-budget';

export interface Seniority {
  /** Collectivities with at least one known start year: the base of the shares. */
  known: number;
  medianYears: number | null;
  /** Collectivities engaged for more than ten, and more than twenty years (the study's two thresholds). */
  overTen: number;
  overTwenty: number;
}

export function seniority(cooperations: readonly Cooperation[], positions: ArrayLike<number>, currentYear: number): Seniority {
  const firstYear = new Map<string, number>();
  for (let p = 0; p < positions.length; p++) {
    const cooperation = cooperations[positions[p]];
    if (cooperation.startYear === null) continue;
    const key = collectivityKey(cooperation);
    firstYear.set(key, Math.min(firstYear.get(key) ?? Infinity, cooperation.startYear));
  }
  const years = [...firstYear.values()].map((year) => Math.max(0, currentYear - year));
  return {
    known: years.length,
    medianYears: medianOf(years),
    overTen: years.filter((y) => y > 10).length,
    overTwenty: years.filter((y) => y > 20).length,
  };
}
