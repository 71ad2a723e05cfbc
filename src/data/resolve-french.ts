import type { CollectivityKind } from '../domain/cooperation';
import type { FrenchGazetteer } from '../domain/gazetteer';
import { addTo, memoize, oncePerObject, placeKey as nameKey } from './place-names';
import type { FixOption } from './row-fix';
import { closestEntries, didYouMean } from './suggest';

/** A French collectivity placed on the map. */
export interface Collectivity {
  code: string;
  name: string;
  kind: CollectivityKind;
  region: string;
  departement: string | null;
  population: number | null;
  lon: number;
  lat: number;
  /** true when the point stands in for an unlocated collectivity. */
  approximate: boolean;
}

export interface FrenchQuery {
  code: string;
  name: string;
  kind: CollectivityKind | null;
  departement: string;
}

/**
 * A resolution: the value, or an error; warnings tell what was corrected or assumed.
 * `suggestions` (candidates, closest names) are what the report offers to mend the row.
 */
export type Resolution<T> = ({ value: T } | { error: string }) & { warnings: string[]; suggestions?: FixOption[] };

const KIND_LABELS: Record<CollectivityKind, string> = {
  commune: 'commune',
  epci: 'EPCI',
  departement: 'département',
  region: 'région',
  syndicat: 'syndicat',
};

/** Prefixes people write before a collectivity's own name ("Ville de", "Conseil départemental du"). */
const NAME_PREFIX =
  /^(ville|mairie|commune|conseil departemental|departement|conseil regional|region|collectivite)( de la| de l| du| des| de| d)? /;

interface FrenchIndex {
  communes: Map<string, Collectivity>;
  epci: Map<string, Collectivity>;
  departements: Map<string, Collectivity>;
  regions: Map<string, Collectivity>;
  byName: Map<string, Collectivity[]>;
}

function buildIndex(gazetteer: FrenchGazetteer): FrenchIndex {
  const regionOfDepartement = new Map(gazetteer.departements.map((row) => [row[0], row[2]]));
  const regions = new Map<string, Collectivity>();
  for (const [code, name, population, lon, lat] of gazetteer.regions) {
    regions.set(code, { code, name, kind: 'region', region: code, departement: null, population, lon, lat, approximate: false });
  }
  const departements = new Map<string, Collectivity>();
  for (const [code, name, region, population, lon, lat] of gazetteer.departements) {
    departements.set(code, { code, name, kind: 'departement', region, departement: code, population, lon, lat, approximate: false });
  }
  const communes = new Map<string, Collectivity>();
  // An EPCI lies in the département of its most populous commune.
  const seatOfEpci = new Map<string, Collectivity>();
  for (const [code, name, departement, siren, population, lon, lat, approximate] of gazetteer.communes) {
    const region = regionOfDepartement.get(departement) ?? '';
    const commune: Collectivity = { code, name, kind: 'commune', region, departement, population, lon, lat, approximate: approximate === 1 };
    communes.set(code, commune);
    const seat = siren ? seatOfEpci.get(siren) : undefined;
    if (siren && (!seat || (seat.population ?? 0) < population)) seatOfEpci.set(siren, commune);
  }
  const epci = new Map<string, Collectivity>();
  for (const [siren, name, , population, lon, lat] of gazetteer.epci) {
    const seat = seatOfEpci.get(siren);
    epci.set(siren, {
      code: siren,
      name,
      kind: 'epci',
      region: seat?.region ?? '',
      departement: seat?.departement ?? null,
      population,
      lon,
      lat,
      approximate: false,
    });
  }
  const byName = new Map<string, Collectivity[]>();
  for (const table of [regions, departements, epci, communes]) {
    for (const collectivity of table.values()) addTo(byName, nameKey(collectivity.name), collectivity);
  }
  return { communes, epci, departements, regions, byName };
}

/** "Saint-Denis (commune, 93)" */
export function describeCollectivity(collectivity: Collectivity): string {
  const where = collectivity.kind === 'region' ? collectivity.code : collectivity.departement;
  return `${collectivity.name} (${KIND_LABELS[collectivity.kind]}${where ? `, ${where}` : ''})`;
}

/**
 * Builds the indexes once per import and returns the resolver of French collectivities:
 * by code (INSEE, SIREN), else by name (+ département, + type). Several candidates with nothing
 * to choose between them is an error naming them, never a guess. Answers are cached per query.
 */
const indexOf = oncePerObject(buildIndex);

export function createFrenchResolver(gazetteer: FrenchGazetteer): (query: FrenchQuery) => Resolution<Collectivity> {
  const index = indexOf(gazetteer);
  return memoize(
    ({ code, name, kind, departement }: FrenchQuery) => [code, name, kind, departement].join('\u001f'),
    (query) => resolve(index, query),
  );
}

function resolve(index: FrenchIndex, query: FrenchQuery): Resolution<Collectivity> {
  const code = query.code.replace(/[\s.]/g, '').toUpperCase();
  const departement = normaliseDepartement(query.departement);
  if (query.kind === 'syndicat' && !index.epci.has(code)) return resolveSyndicat(index, query, code, departement);
  if (code === '') {
    return query.name.trim() === ''
      ? { error: 'Collectivité absente : indiquez son code (INSEE ou SIREN) ou son nom.', warnings: [] }
      : byName(index, query.name, query.kind, departement);
  }
  const byCodeAnswer = byCode(index, code, query.kind);
  if ('error' in byCodeAnswer) {
    if (query.name.trim() === '') return byCodeAnswer;
    const named = byName(index, query.name, query.kind, departement);
    if ('error' in named) return { ...named, error: `${byCodeAnswer.error} ${named.error}` };
    return {
      value: named.value,
      warnings: [`${byCodeAnswer.error} Collectivité trouvée par son nom : ${describeCollectivity(named.value)}.`, ...named.warnings],
    };
  }
  const found = byCodeAnswer.value;
  const warnings = [...byCodeAnswer.warnings];
  if (query.name.trim() !== '' && !namesAgree(query.name, found.name)) {
    warnings.push(`Le nom « ${query.name.trim()} » ne correspond pas au code ${found.code} (${found.name}) : le code fait foi.`);
  }
  if (query.kind && query.kind !== found.kind) {
    warnings.push(`Type « ${query.kind} » contredit par le code ${found.code} (${KIND_LABELS[found.kind]}) : le code fait foi.`);
  }
  return { value: found, warnings };
}

/** "1" → "01", "2a" → "2A": the form of the gazetteer's codes. */
function normaliseDepartement(text: string): string {
  const code = text.trim().toUpperCase();
  return /^\d$/.test(code) ? `0${code}` : code;
}

function namesAgree(written: string, official: string): boolean {
  const key = nameKey(written);
  return key === nameKey(official) || key.replace(NAME_PREFIX, '') === nameKey(official);
}

function byCode(index: FrenchIndex, code: string, kind: CollectivityKind | null): Resolution<Collectivity> {
  const found = (table: Map<string, Collectivity>, wanted: string, warnings: string[] = []): Resolution<Collectivity> => {
    const value = table.get(wanted);
    return value ? { value, warnings } : { error: `Code « ${code} » inconnu du référentiel.`, warnings: [] };
  };
  if (/^\d{9}$/.test(code)) return found(index.epci, code);
  if (kind === 'region' && /^\d{1,2}$/.test(code)) return found(index.regions, code.padStart(2, '0'), paddedWarning(code, 2));
  if (/^[0-9][0-9AB]\d{3}$/.test(code)) return found(index.communes, code);
  if (/^\d{4}$/.test(code)) {
    return found(index.communes, `0${code}`, [`Code INSEE « ${code} » complété en 0${code} (zéro initial perdu, par exemple par un tableur).`]);
  }
  if (/^(\d{2,3}|2[AB])$/.test(code)) return found(index.departements, code);
  if (/^\d$/.test(code)) return found(index.departements, `0${code}`, paddedWarning(code, 2));
  return { error: `Code « ${code} » non reconnu (attendu : INSEE de commune, de département ou de région, ou SIREN d'EPCI).`, warnings: [] };
}

function paddedWarning(code: string, length: number): string[] {
  const padded = code.padStart(length, '0');
  return padded === code ? [] : [`Code « ${code} » complété en ${padded} (zéro initial perdu).`];
}

function byName(index: FrenchIndex, name: string, kind: CollectivityKind | null, departement: string): Resolution<Collectivity> {
  const key = nameKey(name);
  const candidates = index.byName.get(key) ?? index.byName.get(key.replace(NAME_PREFIX, '')) ?? [];
  const ofKind = kind ? candidates.filter((candidate) => candidate.kind === kind) : candidates;
  const matching = departement ? ofKind.filter((candidate) => candidate.departement === departement) : ofKind;
  const written = `« ${name.trim()} »`;
  if (matching.length === 1) return { value: matching[0], warnings: [] };
  if (matching.length > 1) {
    return {
      error: `${written} désigne plusieurs collectivités : ${matching.map(describeCollectivity).join(', ')} ; précisez le code, le département ou le type.`,
      warnings: [],
      suggestions: matching.map(collectivityOption),
    };
  }
  const within = [kind && KIND_LABELS[kind], departement && `dans le département ${departement}`].filter(Boolean).join(' ');
  if (candidates.length > 0) {
    return {
      error: `Aucune collectivité ${written}${within ? ` (${within})` : ''} ; de ce nom : ${candidates.map(describeCollectivity).join(', ')}.`,
      warnings: [],
      suggestions: candidates.map(collectivityOption),
    };
  }
  const closest = closestEntries(index.byName, key, 3, (candidate) => !kind || candidate.kind === kind);
  return {
    error: `Collectivité ${written} introuvable dans le référentiel.${didYouMean(closest.map(describeCollectivity))}`,
    warnings: [],
    suggestions: closest.map(collectivityOption),
  };
}

/** Mends a row with this collectivity: its code and type decide (a région's code is also a département's), its name replaces the misspelt one. */
function collectivityOption(collectivity: Collectivity): FixOption {
  return { label: describeCollectivity(collectivity), cells: { collectivite_code: collectivity.code, collectivite_nom: collectivity.name, collectivite_type: collectivity.kind } };
}

/**
 * No gazetteer of syndicats exists: a syndicat is identified by its SIREN and placed, approximately,
 * at the point of the département of its seat.
 */
function resolveSyndicat(index: FrenchIndex, query: FrenchQuery, code: string, departement: string): Resolution<Collectivity> {
  const name = query.name.trim();
  const seat = index.departements.get(departement);
  if (!/^\d{9}$/.test(code) || name === '' || !seat) {
    return {
      error:
        'Syndicat : indiquez son SIREN (9 chiffres) dans collectivite_code, son nom et le département de son siège ' +
        '(aucun référentiel des syndicats n’existe pour le placer autrement).',
      warnings: [],
    };
  }
  return {
    value: { ...seat, code, name, kind: 'syndicat', population: null, approximate: true },
    warnings: [`Syndicat placé au point du département ${seat.code} (${seat.name}), faute de référentiel des syndicats.`],
  };
}
