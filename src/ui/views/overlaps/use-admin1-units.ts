import { useEffect, useState } from 'preact/hooks';
import { httpGazetteerSource } from '../../../data/gazetteer-source';
import type { CountryPlaces } from '../../../domain/gazetteer';
import { admin1Units } from '../../../model/admin1-units';
import type { OverlapIndex } from '../../../model/overlaps';

const gazetteers = httpGazetteerSource('./geo/');

/**
 * The admin-1 unit of each partner place, once the gazetteers of the given countries are read
 * (only when `wanted`): undefined while they load.
 */
export function useAdmin1Units(index: OverlapIndex, countries: readonly string[], wanted: boolean) {
  const [units, setUnits] = useState<{ key: string; unitOf: (place: number) => string | null } | null>(null);
  const key = countries.join(',');
  useEffect(() => {
    if (!wanted || units?.key === key) return;
    let current = true;
    void Promise.all(countries.map((iso2) => gazetteers.places(iso2).catch(() => null))).then((files) => {
      if (!current) return;
      const byCountry = new Map<string, CountryPlaces | null>(countries.map((iso2, i) => [iso2, files[i]]));
      setUnits({ key, unitOf: admin1Units(index, byCountry) });
    });
    return () => {
      current = false;
    };
  }, [index, key, wanted]);
  return wanted && units?.key === key ? units.unitOf : undefined;
}
