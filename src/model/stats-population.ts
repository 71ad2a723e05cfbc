/**
 * The inhabitants a group of collectivities covers, each counted once. A commune's inhabitants
 * are also its EPCI's, its département's and its région's: when one of those is in the group too,
 * the commune adds nobody. Without this, a région and its départements count France twice over.
 */
import type { Cooperation } from '../domain/cooperation';

export type Inhabited = Pick<Cooperation, 'ctCode' | 'ctKind' | 'ctRegion' | 'ctDepartement' | 'ctPopulation'>;

/**
 * France commune by commune, from the French gazetteer (public/geo/fr): what the records do not
 * say, which EPCI a commune belongs to, and so which communes an EPCI across two départements covers.
 */
export interface FrenchTerritory {
  /** [commune code, département code, EPCI SIREN or null, population] */
  communes: readonly (readonly [string, string, string | null, number])[];
  regionOfDepartement: ReadonlyMap<string, string>;
}

export interface CoveredPopulation {
  /** The divisor: the inhabitants of the communes the group covers, or without the territory, of its collectivities not inside another one. */
  population: number;
  /** Collectivities of the group... */
  collectivities: number;
  /** ...of which this many lie inside another one of the group and add nobody. */
  nested: number;
}

interface Present {
  regions: Set<string>;
  departements: Set<string>;
  epci: Set<string>;
  communes: Set<string>;
}

/** Whether a collectivity of the group contains `c` (a région its départements, EPCI and communes; a département its EPCI and communes; an EPCI its communes). */
function isInsideAnother(c: Inhabited, present: Present, epciOf: ReadonlyMap<string, string>): boolean {
  if (c.ctKind === 'region' || c.ctKind === 'syndicat') return false;
  if (present.regions.has(c.ctRegion)) return true;
  if (c.ctKind === 'departement') return false;
  if (c.ctDepartement !== null && present.departements.has(c.ctDepartement)) return true;
  const epci = c.ctKind === 'commune' ? epciOf.get(c.ctCode) : undefined;
  return epci !== undefined && present.epci.has(epci);
}

const EMPTY_TERRITORY: FrenchTerritory = { communes: [], regionOfDepartement: new Map() };

/** The territory's codes, by kind, to tell which collectivities it can draw commune by commune. */
const indexes = new WeakMap<FrenchTerritory, { epciOf: Map<string, string>; communes: Set<string>; epci: Set<string>; regions: Set<string> }>();
function territoryIndex(territory: FrenchTerritory) {
  let index = indexes.get(territory);
  if (!index) {
    const epciOf = new Map(territory.communes.flatMap(([code, , epci]) => (epci === null ? [] : [[code, epci] as const])));
    index = { epciOf, communes: new Set(territory.communes.map(([code]) => code)), epci: new Set(epciOf.values()), regions: new Set(territory.regionOfDepartement.values()) };
    indexes.set(territory, index);
  }
  return index;
}

/**
 * `collectivities`: one record per collectivity, each with a known population. With the territory,
 * the divisor is the population of the union of the communes they cover (an EPCI across two
 * départements included); collectivities it does not know (a syndicat, a code it lacks) add their own
 * inhabitants unless they lie inside another one. Without it, the nesting rule alone, an EPCI read as
 * lying in its seat's département.
 */
export function coveredPopulation(collectivities: readonly Inhabited[], territory: FrenchTerritory = EMPTY_TERRITORY): CoveredPopulation {
  const codesOf = (kind: Inhabited['ctKind']) => new Set(collectivities.filter((c) => c.ctKind === kind).map((c) => c.ctCode));
  const present: Present = { regions: codesOf('region'), departements: codesOf('departement'), epci: codesOf('epci'), communes: codesOf('commune') };
  const known = territoryIndex(territory);
  const drawn = (c: Inhabited) =>
    (c.ctKind === 'commune' && known.communes.has(c.ctCode)) ||
    (c.ctKind === 'epci' && known.epci.has(c.ctCode)) ||
    (c.ctKind === 'departement' && territory.regionOfDepartement.has(c.ctCode)) ||
    (c.ctKind === 'region' && known.regions.has(c.ctCode));

  let population = 0;
  for (const [code, departement, epci, inhabitants] of territory.communes) {
    const covered =
      present.communes.has(code) ||
      present.departements.has(departement) ||
      (epci !== null && present.epci.has(epci)) ||
      present.regions.has(territory.regionOfDepartement.get(departement) ?? '');
    if (covered) population += inhabitants;
  }
  let nested = 0;
  for (const c of collectivities) {
    const inside = isInsideAnother(c, present, known.epciOf);
    if (inside) nested++;
    else if (!drawn(c)) population += c.ctPopulation ?? 0;
  }
  return { population, collectivities: collectivities.length, nested };
}
