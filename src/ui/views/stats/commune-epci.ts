import { useEffect, useState } from 'preact/hooks';
import { httpGazetteerSource } from '../../../data/gazetteer-source';
import type { EpciOfCommune } from '../../../model/stats-population';

let membership: Promise<Map<string, string>> | null = null;

function loadMembership(): Promise<Map<string, string>> {
  membership ??= httpGazetteerSource('./geo/')
    .french()
    .then(({ communes }) => new Map(communes.flatMap(([code, , , epci]) => (epci === null ? [] : [[code, epci] as const]))));
  return membership;
}

/**
 * Each commune's EPCI, from the French gazetteer (fetched once, from this site): the records do not
 * say it, and without it a commune inside a cooperating EPCI would count its inhabitants twice.
 * undefined until loaded, or if it cannot be.
 */
export function useCommuneEpci(): EpciOfCommune | undefined {
  const [epciOf, setEpciOf] = useState<EpciOfCommune | undefined>(undefined);
  useEffect(() => {
    let current = true;
    loadMembership()
      .then((epci) => current && setEpciOf(() => (code: string) => epci.get(code) ?? null))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return epciOf;
}
