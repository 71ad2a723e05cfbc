/** The French side of the demo data: real collectivities drawn from the gazetteer. */
import { COLLECTIVITY_KINDS, type CollectivityKind } from '../../domain/cooperation';
import type { FrenchGazetteer } from '../../domain/gazetteer';
import {
  ACTER_DEPARTEMENT_CODES,
  ACTER_NETWORK_WEIGHT,
  ACTER_REGION_CODES,
  FIRST_YEAR_OF_KIND,
  SAMPLING_RATES,
  sizeBandOf,
  type SizeBandId,
} from './calibration';
import type { Random } from './random';

export interface DemoCollectivity {
  code: string;
  name: string;
  kind: Exclude<CollectivityKind, 'syndicat'>;
  region: string;
  /** null for a région. */
  departement: string | null;
  population: number;
  lon: number;
  lat: number;
  approximate: boolean;
  band: SizeBandId;
  /** The first year it could act abroad (see FIRST_YEAR_OF_KIND); null: no bound. */
  firstYear: number | null;
}

type Candidate = Omit<DemoCollectivity, 'band'>;

/** Every commune, EPCI, département and région of the gazetteer, with its région and département. */
export function collectivitiesOf(gazetteer: FrenchGazetteer): DemoCollectivity[] {
  const regionOfDepartement = new Map(gazetteer.departements.map(([code, , region]) => [code, region]));
  const candidates: Candidate[] = [];
  for (const [code, name, departement, , population, lon, lat, approximate] of gazetteer.communes) {
    const region = regionOfDepartement.get(departement);
    if (region === undefined) continue;
    candidates.push({ code, name, kind: 'commune', region, departement, population, lon, lat, approximate: approximate === 1, firstYear: null });
  }
  const departementOfEpci = mainDepartementOfEpci(gazetteer);
  for (const [code, name, nature, population, lon, lat] of gazetteer.epci) {
    const departement = departementOfEpci.get(code);
    const region = departement === undefined ? undefined : regionOfDepartement.get(departement);
    if (departement === undefined || region === undefined) continue;
    candidates.push({ code, name, kind: 'epci', region, departement, population, lon, lat, approximate: false, firstYear: FIRST_YEAR_OF_KIND.epci[nature] ?? null });
  }
  for (const [code, name, region, population, lon, lat] of gazetteer.departements) {
    candidates.push({ code, name, kind: 'departement', region, departement: code, population, lon, lat, approximate: false, firstYear: null });
  }
  for (const [code, name, population, lon, lat] of gazetteer.regions) {
    candidates.push({ code, name, kind: 'region', region: code, departement: null, population, lon, lat, approximate: false, firstYear: FIRST_YEAR_OF_KIND.region });
  }
  return candidates.map((candidate) => ({ ...candidate, band: sizeBandOf(candidate.population) }));
}

/** An EPCI's département is that of the largest share of its population. */
function mainDepartementOfEpci(gazetteer: FrenchGazetteer): Map<string, string> {
  const populationByEpciAndDepartement = new Map<string, Map<string, number>>();
  for (const [, , departement, epci, population] of gazetteer.communes) {
    if (epci === null) continue;
    const byDepartement = populationByEpciAndDepartement.get(epci) ?? new Map<string, number>();
    byDepartement.set(departement, (byDepartement.get(departement) ?? 0) + population);
    populationByEpciAndDepartement.set(epci, byDepartement);
  }
  const result = new Map<string, string>();
  for (const [epci, byDepartement] of populationByEpciAndDepartement) {
    const [main] = [...byDepartement].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    result.set(epci, main[0]);
  }
  return result;
}

/**
 * Draws the sample: in each kind and size band, the calibrated share of collectivities (at least one
 * where the share is not zero), larger ones and those of the ACTER networks more likely.
 * Returned in kind order, then by code.
 */
export function sampleCollectivities(candidates: readonly DemoCollectivity[], random: Random): DemoCollectivity[] {
  const groups = new Map<string, DemoCollectivity[]>();
  for (const candidate of candidates) {
    const key = `${candidate.kind}:${candidate.band}`;
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }
  const sample: DemoCollectivity[] = [];
  for (const [, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const { kind, band } = group[0];
    const rate = SAMPLING_RATES[kind][band];
    if (rate === 0) continue;
    const count = Math.max(1, Math.round(rate * group.length));
    sample.push(...random.sample(group, count, samplingWeight));
  }
  const kindOrder = (kind: CollectivityKind) => COLLECTIVITY_KINDS.indexOf(kind);
  return sample.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.code.localeCompare(b.code));
}

function samplingWeight(collectivity: DemoCollectivity): number {
  const inActerNetwork =
    ACTER_REGION_CODES.includes(collectivity.region) ||
    (collectivity.departement !== null && ACTER_DEPARTEMENT_CODES.includes(collectivity.departement));
  return Math.sqrt(collectivity.population) * (inActerNetwork ? ACTER_NETWORK_WEIGHT : 1);
}
