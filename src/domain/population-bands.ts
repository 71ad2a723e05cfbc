/** Size bands of collectivities, as the ACTER typology reads sizes (10,000 / 50,000 / 100,000 inhabitants). */
export const POPULATION_BANDS = [
  { id: 'moins-2k', min: 0, labelFr: 'Moins de 2 000 hab.', labelEn: 'Under 2,000' },
  { id: '2k-10k', min: 2_000, labelFr: '2 000 à 10 000 hab.', labelEn: '2,000 to 10,000' },
  { id: '10k-50k', min: 10_000, labelFr: '10 000 à 50 000 hab.', labelEn: '10,000 to 50,000' },
  { id: '50k-100k', min: 50_000, labelFr: '50 000 à 100 000 hab.', labelEn: '50,000 to 100,000' },
  { id: '100k-500k', min: 100_000, labelFr: '100 000 à 500 000 hab.', labelEn: '100,000 to 500,000' },
  { id: 'plus-500k', min: 500_000, labelFr: 'Plus de 500 000 hab.', labelEn: 'Over 500,000' },
] as const;

export type PopulationBandId = (typeof POPULATION_BANDS)[number]['id'];

export function populationBand(population: number | null): PopulationBandId | null {
  if (population === null || !Number.isFinite(population)) return null;
  let band: PopulationBandId = POPULATION_BANDS[0].id;
  for (const candidate of POPULATION_BANDS) if (population >= candidate.min) band = candidate.id;
  return band;
}
