import type { Cooperation } from '../src/domain/cooperation';
import type { CountryRecord } from '../src/domain/gazetteer';
import { diskGazetteerSource, type GazetteerSource } from '../src/data/gazetteer-source';
import { buildIndex, type CooperationIndex } from '../src/model/cooperation-index';
import { loadDemo, syntheticCooperations } from './synthetic';

/** What every benchmark of one size reads: the same synthetic rows, gazetteers and index. */
export interface Dataset {
  n: number;
  cooperations: Cooperation[];
  index: CooperationIndex;
  source: GazetteerSource;
  countryByIso2: ReadonlyMap<string, CountryRecord>;
  continentOf: (iso2: string) => CountryRecord['continent'] | undefined;
  /** The year "ended" is judged against, fixed so that runs compare. */
  currentYear: number;
}

export const CURRENT_YEAR = 2026;

export async function datasetLoader(): Promise<(n: number) => Dataset> {
  const source = diskGazetteerSource('public/geo');
  const [demo, countries] = await Promise.all([loadDemo(), source.countries()]);
  const countryByIso2 = new Map(countries.map((country) => [country.iso2, country]));
  const continentOf = (iso2: string) => countryByIso2.get(iso2)?.continent;
  return (n) => {
    const cooperations = syntheticCooperations(demo, n);
    const index = buildIndex(cooperations, continentOf, CURRENT_YEAR);
    return { n, cooperations, index, source, countryByIso2, continentOf, currentYear: CURRENT_YEAR };
  };
}
