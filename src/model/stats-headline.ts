/**
 * The figures one quotes: each has a stable id (the page's `data-figure`) and a raw value
 * (`data-value`), null where the data does not give it ("non renseigné", never a zero).
 */
import type { CooperationStats } from './stats';

export const HEADLINE_FIGURE_IDS = ['cooperations', 'collectivities', 'countries', 'africa-share', 'budget-median', 'budget-total', 'years-engaged'] as const;
export type HeadlineFigureId = (typeof HEADLINE_FIGURE_IDS)[number];

export type HeadlineFigures = Record<HeadlineFigureId, number | null>;

/**
 * Below this many collectivities, a share compared with the study's says little: a share of 30
 * has a 95 % margin of error of about ±18 points (1.96·√(0.25/30)), larger than most gaps between
 * a région and the study (whose own base is 122 respondents).
 */
export const SMALL_SAMPLE = 30;

export const isSmallSample = (stats: Pick<CooperationStats, 'collectivities'>) => stats.collectivities < SMALL_SAMPLE;

export function headlineFigures(stats: CooperationStats): HeadlineFigures {
  const africa = stats.byContinent.rows.find((row) => row.value === 'afrique')?.count ?? 0;
  const budgetKnown = stats.budget.known > 0;
  return {
    cooperations: stats.cooperations,
    collectivities: stats.collectivities,
    countries: stats.countries,
    'africa-share': stats.cooperations === 0 ? null : africa / stats.cooperations,
    'budget-median': budgetKnown ? stats.budget.medianEur : null,
    'budget-total': budgetKnown ? stats.budget.totalEur : null,
    'years-engaged': stats.seniority.medianYears,
  };
}
