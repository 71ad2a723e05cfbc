import { useEffect, useState } from 'preact/hooks';
import { httpGazetteerSource } from '../../../data/gazetteer-source';
import type { FrenchTerritory } from '../../../model/stats-population';

let territory: Promise<FrenchTerritory> | null = null;

function loadTerritory(): Promise<FrenchTerritory> {
  territory ??= httpGazetteerSource('./geo/')
    .french()
    .then(({ communes, departements }) => ({
      communes: communes.map(([code, , departement, epci, population]) => [code, departement, epci, population] as const),
      regionOfDepartement: new Map(departements.map(([code, , region]) => [code, region])),
    }));
  return territory;
}

/**
 * France commune by commune, from the French gazetteer (fetched once, from this site), so that a cost
 * per inhabitant counts nobody twice; undefined until loaded, or if it cannot be (the nesting rule then
 * works alone).
 */
export function useFrenchTerritory(): FrenchTerritory | undefined {
  const [loaded, setLoaded] = useState<FrenchTerritory | undefined>(undefined);
  useEffect(() => {
    let current = true;
    loadTerritory()
      .then((value) => current && setLoaded(value))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return loaded;
}
