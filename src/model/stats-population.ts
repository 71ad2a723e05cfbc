/**
 * The inhabitants a group of collectivities covers, each counted once. A commune's inhabitants
 * are also its EPCI's, its département's and its région's: when one of those is in the group too,
 * the commune adds nobody. Without this, a région and its départements count France twice over.
 */
import type { Cooperation } from '../domain/cooperation';

export type Inhabited = Pick<Cooperation, 'ctCode' | 'ctKind' | 'ctRegion' | 'ctDepartement' | 'ctPopulation'>;

/** The SIREN of a commune's EPCI, where the French gazetteer is at hand; the records themselves do not say. */
export type EpciOfCommune = (communeCode: string) => string | null;

export interface CoveredPopulation {
  /** The divisor: inhabitants of the collectivities not inside another one of the group. */
  population: number;
  /** Collectivities whose inhabitants make up `population`. */
  counted: number;
  /** Collectivities left out of the sum because a larger one of the group already counts their inhabitants. */
  nested: number;
}

/** Whether a collectivity of the group contains `c` (a région its départements, EPCI and communes; a département its EPCI and communes; an EPCI its communes). */
function isInsideAnother(c: Inhabited, present: { regions: Set<string>; departements: Set<string>; epci: Set<string> }, epciOf?: EpciOfCommune): boolean {
  if (c.ctKind === 'region' || c.ctKind === 'syndicat') return false;
  if (present.regions.has(c.ctRegion)) return true;
  if (c.ctKind === 'departement') return false;
  if (c.ctDepartement !== null && present.departements.has(c.ctDepartement)) return true;
  if (c.ctKind !== 'commune' || !epciOf) return false;
  const epci = epciOf(c.ctCode);
  return epci !== null && present.epci.has(epci);
}

/**
 * `collectivities`: one record per collectivity, each with a known population. An EPCI is read as
 * lying in the département of its seat (the one its records give), which an EPCI across two
 * départements does not quite.
 */
export function coveredPopulation(collectivities: readonly Inhabited[], epciOf?: EpciOfCommune): CoveredPopulation {
  const codesOf = (kind: Inhabited['ctKind']) => new Set(collectivities.filter((c) => c.ctKind === kind).map((c) => c.ctCode));
  const present = { regions: codesOf('region'), departements: codesOf('departement'), epci: codesOf('epci') };
  let population = 0;
  let counted = 0;
  for (const c of collectivities) {
    if (isInsideAnother(c, present, epciOf)) continue;
    population += c.ctPopulation ?? 0;
    counted++;
  }
  return { population, counted, nested: collectivities.length - counted };
}
