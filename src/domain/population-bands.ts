import type { Translated } from './languages';

/** Size bands of collectivities, as the ACTER typology reads sizes (10,000 / 50,000 / 100,000 inhabitants). */
export const POPULATION_BANDS = [
  { id: 'moins-2k', min: 0, name: { fr: 'Moins de 2 000 hab.', en: 'Under 2,000' } },
  { id: '2k-10k', min: 2_000, name: { fr: '2 000 à 10 000 hab.', en: '2,000 to 10,000' } },
  { id: '10k-50k', min: 10_000, name: { fr: '10 000 à 50 000 hab.', en: '10,000 to 50,000' } },
  { id: '50k-100k', min: 50_000, name: { fr: '50 000 à 100 000 hab.', en: '50,000 to 100,000' } },
  { id: '100k-500k', min: 100_000, name: { fr: '100 000 à 500 000 hab.', en: '100,000 to 500,000' } },
  { id: 'plus-500k', min: 500_000, name: { fr: 'Plus de 500 000 hab.', en: 'Over 500,000' } },
] as const satisfies readonly { id: string; min: number; name: Translated }[];

export type PopulationBandId = (typeof POPULATION_BANDS)[number]['id'];

export function populationBand(population: number | null): PopulationBandId | null {
  if (population === null || !Number.isFinite(population)) return null;
  let band: PopulationBandId = POPULATION_BANDS[0].id;
  for (const candidate of POPULATION_BANDS) if (population >= candidate.min) band = candidate.id;
  return band;
}
