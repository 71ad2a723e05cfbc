import type { CollectivityKind } from '../domain/cooperation';
import type { FrenchGazetteer } from '../domain/gazetteer';
import type { ImportMessage, ImportMessageId } from '../i18n/import-messages';
import { ALSACE, arrondissementKey, nameVariants, shortKey, SINGLE_COLLECTIVITIES, USAGE_NAMES } from './french-names';
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
 * A resolution: the value, or an error; warnings tell what was corrected or assumed, as messages
 * the report renders in its reader's language. `suggestions` (candidates, closest names) are what
 * the report offers to mend the row.
 */
export type Resolution<T> = ({ value: T } | { error: ImportMessage }) & { warnings: ImportMessage[]; suggestions?: FixOption[] };

const kindName = (kind: CollectivityKind): ImportMessage => ({ code: `kind.${kind}` });

/** A collectivity a name leads to, and the rule that led there (a warning), if any. */
interface Match {
  collectivity: Collectivity;
  note?: ImportMessage;
}

interface FrenchIndex {
  communes: Map<string, Collectivity>;
  epci: Map<string, Collectivity>;
  departements: Map<string, Collectivity>;
  regions: Map<string, Collectivity>;
  /** Codes of former communes, arrondissements and communes merged away → the current commune. */
  formerCodes: Map<string, Match>;
  /** Name tiers, tried in this order: official names, short names (no article, no EPCI legal form), former names. */
  tiers: { exact: Map<string, Match[]>; short: Map<string, Match[]>; former: Map<string, Match[]> };
  /** null where the gazetteer lacks 67 or 68. */
  alsace: Collectivity | null;
}

const FORMER_NOTES = { deleguee: 'french.formerDeleguee', associee: 'french.formerAssociee', arrondissement: 'french.formerArrondissement' } as const satisfies Record<string, ImportMessageId>;

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
  const tiers = { exact: new Map<string, Match[]>(), short: new Map<string, Match[]>(), former: new Map<string, Match[]>() };
  for (const table of [regions, departements, epci, communes]) {
    for (const collectivity of table.values()) {
      const key = nameKey(collectivity.name);
      addTo(tiers.exact, key, { collectivity });
      const short = shortKey(key, collectivity.kind);
      if (short !== key) addTo(tiers.short, short, { collectivity, note: { code: 'french.fullName', params: { collectivity: collectivityName(collectivity) } } });
    }
  }
  for (const [written, [kind, code, what]] of Object.entries(USAGE_NAMES)) {
    const collectivity = tableOf({ communes, epci, departements, regions }, kind).get(code);
    if (collectivity) addTo(tiers.exact, nameKey(written), { collectivity, note: { code: 'french.usageName', params: { written, what } } });
  }
  const alsace = alsaceOf(departements);
  if (alsace) addTo(tiers.exact, nameKey(alsace.name), { collectivity: alsace, note: { code: 'french.alsace' } });
  const formerCodes = new Map<string, Match>();
  for (const [code, name, , currentCode, type] of gazetteer.formerCommunes ?? []) {
    const current = communes.get(currentCode);
    if (!current) continue;
    const note: ImportMessage = { code: FORMER_NOTES[type], params: { name, code, current: current.name, currentCode: current.code } };
    const key = nameKey(name);
    addTo(tiers.former, arrondissementKey(key) ?? key, { collectivity: current, note });
    if (!formerCodes.has(code)) formerCodes.set(code, { collectivity: current, note });
  }
  for (const [code, currentCode] of gazetteer.oldCodes ?? []) {
    const current = communes.get(currentCode);
    if (current && !formerCodes.has(code)) {
      formerCodes.set(code, { collectivity: current, note: { code: 'french.oldCode', params: { code, current: current.name, currentCode: current.code } } });
    }
  }
  return { communes, epci, departements, regions, formerCodes, tiers, alsace };
}

function tableOf(index: Pick<FrenchIndex, 'communes' | 'epci' | 'departements' | 'regions'>, kind: CollectivityKind) {
  return { commune: index.communes, epci: index.epci, departement: index.departements, region: index.regions, syndicat: new Map() }[kind];
}

function alsaceOf(departements: Map<string, Collectivity>): Collectivity | null {
  const [seat, other] = ALSACE.departements.map((code) => departements.get(code));
  if (!seat || !other) return null;
  return { ...seat, code: ALSACE.code, name: ALSACE.name, population: (seat.population ?? 0) + (other.population ?? 0) };
}

/** "Saint-Denis (commune, 93)", in the reader's language. */
export function collectivityName(collectivity: Collectivity): ImportMessage {
  const where = collectivity.kind === 'region' ? collectivity.code : collectivity.departement;
  const params = { name: collectivity.name, kind: kindName(collectivity.kind) };
  return where ? { code: 'french.collectivity', params: { ...params, where } } : { code: 'french.collectivityNowhere', params };
}

export interface FrenchResolverOptions {
  /**
   * A name shared by several communes, with no département to tell them apart: 'error' (default)
   * names them all; 'most-populous' keeps the most populous, with a warning naming the others.
   */
  homonyms?: 'error' | 'most-populous';
  /**
   * With 'most-populous': an overseas commune is kept only when no metropolitan one bears the name,
   * as for English-language lists, which write an overseas place with its part ("Réunion, France").
   */
  metropolitanFirst?: boolean;
}

/**
 * Builds the indexes once per gazetteer and returns the resolver of French collectivities:
 * by code (INSEE, SIREN, former codes), else by name (+ département, + type), as written, then
 * shortened, then among former communes. Several candidates with nothing to choose between them is
 * an error naming them, never a guess, unless the options say otherwise. Answers are cached per query.
 */
const indexOf = oncePerObject(buildIndex);

export function createFrenchResolver(
  gazetteer: FrenchGazetteer,
  options: FrenchResolverOptions = {},
): (query: FrenchQuery) => Resolution<Collectivity> {
  const index = indexOf(gazetteer);
  return memoize(
    ({ code, name, kind, departement }: FrenchQuery) => [code, name, kind, departement].join('\u001f'),
    (query) => resolve(index, query, options),
  );
}

function resolve(index: FrenchIndex, query: FrenchQuery, options: FrenchResolverOptions): Resolution<Collectivity> {
  const { code, warnings: codeWarnings } = cleanCode(query.code);
  const departement = normaliseDepartement(query.departement);
  const name = query.name.trim();
  if (query.kind === 'syndicat' && !index.epci.has(code)) return resolveSyndicat(index, query, code, departement);
  if (code === '') {
    return name === ''
      ? { error: { code: 'french.missing' }, warnings: [] }
      : byName(index, name, query.kind, departement, options);
  }
  const byCodeAnswer = byCode(index, code, query.kind);
  if ('error' in byCodeAnswer) {
    if (name === '') return byCodeAnswer;
    const named = byName(index, name, query.kind, departement, options);
    if ('error' in named) return { ...named, error: { code: 'sentences', params: { first: byCodeAnswer.error, then: named.error } }, warnings: [] };
    return {
      value: named.value,
      warnings: [
        { code: 'french.foundByName', params: { unknown: byCodeAnswer.error, collectivity: collectivityName(named.value) } },
        ...named.warnings,
      ],
    };
  }
  const found = byCodeAnswer.value;
  const warnings = [...codeWarnings, ...byCodeAnswer.warnings];
  if (name !== '' && !namesAgree(index, name, found)) {
    const named = byName(index, name, query.kind, departement, options);
    const params = { name, code: found.code, found: found.name };
    warnings.push(
      'value' in named
        ? { code: 'french.nameMismatchDesignates', params: { ...params, other: collectivityName(named.value) } }
        : { code: 'french.nameMismatch', params },
    );
  }
  if (query.kind && query.kind !== found.kind) {
    warnings.push({ code: 'french.kindMismatch', params: { kind: query.kind, code: found.code, found: kindName(found.kind) } });
  }
  return { value: found, warnings };
}

/** "1004.0" (a code read as a number by a spreadsheet) → 1004; spaces and dots of SIREN dropped. */
function cleanCode(text: string): { code: string; warnings: ImportMessage[] } {
  const trimmed = text.trim();
  const decimal = /^(\d+)[.,]0+$/.exec(trimmed);
  if (decimal) return { code: decimal[1], warnings: [{ code: 'french.decimalCode', params: { text: trimmed, code: decimal[1] } }] };
  return { code: trimmed.replace(/[\s.]/g, '').toUpperCase(), warnings: [] };
}

/** "1" → "01", "2a" → "2A": the form of the gazetteer's codes. */
function normaliseDepartement(text: string): string {
  const code = text.trim().toUpperCase();
  return /^\d$/.test(code) ? `0${code}` : code;
}

function namesAgree(index: FrenchIndex, written: string, found: Collectivity): boolean {
  return nameMatches(index, nameKey(written)).some(({ collectivity }) => collectivity.code === found.code && collectivity.kind === found.kind);
}

/** Every collectivity a key may designate, whatever its tier: to check a name against a code. */
function nameMatches(index: FrenchIndex, key: string): Match[] {
  return nameVariants(key).flatMap((variant) => tierLookups(index, variant.key).flat());
}

function tierLookups(index: FrenchIndex, key: string): Match[][] {
  const { exact, short, former } = index.tiers;
  return [exact.get(key) ?? [], short.get(shortKey(key)) ?? [], former.get(arrondissementKey(key) ?? key) ?? []];
}

function byCode(index: FrenchIndex, code: string, kind: CollectivityKind | null): Resolution<Collectivity> {
  const unknown = { error: { code: 'french.unknownCode', params: { code } }, warnings: [] } satisfies Resolution<Collectivity>;
  const found = (table: Map<string, Collectivity>, wanted: string, warnings: ImportMessage[] = []): Resolution<Collectivity> => {
    const value = table.get(wanted);
    return value ? { value, warnings } : unknown;
  };
  const commune = (wanted: string, warnings: ImportMessage[] = []): Resolution<Collectivity> => {
    const value = index.communes.get(wanted);
    if (value) return { value, warnings };
    const former = index.formerCodes.get(wanted);
    return former ? { value: former.collectivity, warnings: [...warnings, former.note!] } : unknown;
  };
  if (/^\d{9}$/.test(code)) return found(index.epci, code);
  if (code === ALSACE.code) return index.alsace ? { value: index.alsace, warnings: [{ code: 'french.alsace' }] } : unknown;
  if (kind === 'region' && /^\d{1,2}$/.test(code)) return found(index.regions, code.padStart(2, '0'), paddedWarning(code, 2));
  if (/^20\d{3}$/.test(code)) return corsicanCode(index, code);
  if (/^[0-9][0-9AB]\d{3}$/.test(code)) return commune(code);
  if (/^\d{4}$/.test(code)) return commune(`0${code}`, [{ code: 'french.inseeZero', params: { code, padded: `0${code}` } }]);
  if (/^(\d{2,3}|2[AB])$/.test(code)) return found(index.departements, code);
  if (/^\d$/.test(code)) return found(index.departements, `0${code}`, paddedWarning(code, 2));
  return { error: { code: 'french.unrecognisedCode', params: { code } }, warnings: [] };
}

/** Corsican communes are coded 2A/2B since 1976: "20004" is an error that suggests the codes it may be. */
function corsicanCode(index: FrenchIndex, code: string): Resolution<Collectivity> {
  const suggestions = ['2A', '2B'].map((prefix) => index.communes.get(`${prefix}${code.slice(2)}`)).filter((c) => c !== undefined);
  const codes = suggestions.map((c) => `${c.code} (${c.name})`);
  return {
    error: codes.length > 0 ? { code: 'french.corsicanCodeDidYouMean', params: { code, codes } } : { code: 'french.corsicanCode', params: { code } },
    warnings: [],
  };
}

function paddedWarning(code: string, length: number): ImportMessage[] {
  const padded = code.padStart(length, '0');
  return padded === code ? [] : [{ code: 'french.paddedCode', params: { code, padded } }];
}

function byName(
  index: FrenchIndex,
  name: string,
  kind: CollectivityKind | null,
  departement: string,
  options: FrenchResolverOptions,
): Resolution<Collectivity> {
  const withDepartement = departement === '' ? departementAfterComma(index, name) : null;
  if (withDepartement) {
    const found = byName(index, withDepartement.name, kind, withDepartement.code, options);
    if ('value' in found) return found;
  }
  const variants = nameVariants(nameKey(name));
  const keep = (matches: Match[], wantedKind: CollectivityKind | null) =>
    matches.filter(
      ({ collectivity }) =>
        (!wantedKind || collectivity.kind === wantedKind) && (!departement || collectivity.departement === departement),
    );
  let seen: Match[] = [];
  for (const lookups of transpose(variants.map((variant) => tierLookups(index, variant.key)))) {
    for (const [i, matches] of lookups.entries()) {
      if (seen.length === 0) seen = matches;
      const matching = distinct(keep(matches, kind ?? variants[i].kind));
      if (matching.length > 0) return choose(matching, name, departement, options);
    }
  }
  const prefixed = departement ? communeNouvelleOf(index, variants[0].key, departement) : null;
  if (prefixed) {
    const params = { name, departement, collectivity: collectivityName(prefixed) };
    return { value: prefixed, warnings: [{ code: 'french.communeNouvelle', params }] };
  }
  if (seen.length > 0) {
    const homonyms = distinct(seen).map((m) => m.collectivity);
    const params = { name, homonyms: homonyms.map(collectivityName) };
    const within = searchedWithin(kind, departement);
    return {
      error: within ? { code: 'french.otherHomonymsWithin', params: { ...params, within } } : { code: 'french.otherHomonyms', params },
      warnings: [],
      suggestions: homonyms.map(collectivityOption),
    };
  }
  const closest = closestEntries(index.tiers.exact, variants[0].key, 3, (match) => !kind || match.collectivity.kind === kind).map((match) => match.collectivity);
  return {
    error: { code: 'french.notFound', params: { name, didYouMean: didYouMean(closest.map(collectivityName)) } },
    warnings: [],
    suggestions: closest.map(collectivityOption),
  };
}

/** "commune dans le département 44": what a name was looked for among, or null when among all. */
function searchedWithin(kind: CollectivityKind | null, departement: string): ImportMessage | null {
  if (!departement) return kind && kindName(kind);
  return kind ? { code: 'french.kindInDepartement', params: { kind: kindName(kind), departement } } : { code: 'french.inDepartement', params: { departement } };
}

/** Mends a row with this collectivity: its code and type decide (a région's code is also a département's), its name replaces the misspelt one. */
function collectivityOption(collectivity: Collectivity): FixOption {
  return { label: collectivityName(collectivity), cells: { collectivite_code: collectivity.code, collectivite_nom: collectivity.name, collectivite_type: collectivity.kind } };
}

/** "Vitré, Ille-et-Vilaine": a name followed by its département's name (or code) after a comma. */
function departementAfterComma(index: FrenchIndex, name: string): { name: string; code: string } | null {
  const comma = name.lastIndexOf(',');
  if (comma <= 0) return null;
  const tail = nameKey(name.slice(comma + 1));
  const departement = [...index.departements.values()].find((d) => nameKey(d.name) === tail || d.code.toLowerCase() === tail);
  return departement ? { name: name.slice(0, comma).trim(), code: departement.code } : null;
}

/** Tier by tier, each variant of the name in turn. */
function transpose<T>(rows: T[][]): T[][] {
  return rows[0].map((_, column) => rows.map((row) => row[column]));
}

function distinct(matches: Match[]): Match[] {
  const byKey = new Map(matches.map((match) => [`${match.collectivity.kind}:${match.collectivity.code}`, match]));
  return [...byKey.values()];
}

function choose(matching: Match[], name: string, departement: string, options: FrenchResolverOptions): Resolution<Collectivity> {
  if (matching.length === 1) return { value: matching[0].collectivity, warnings: matching[0].note ? [matching[0].note] : [] };
  const single = singleCollectivity(matching);
  if (single) return single;
  const collectivities = matching.map((match) => match.collectivity);
  if (options.homonyms === 'most-populous' && !departement && collectivities.every((c) => c.kind === 'commune')) {
    const metropolitan = collectivities.filter((c) => !c.departement?.startsWith('97'));
    const among = options.metropolitanFirst && metropolitan.length > 0 ? metropolitan : collectivities;
    const [kept] = [...among].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
    const others = collectivities.filter((c) => c !== kept);
    const params = { name, count: collectivities.length, kept: collectivityName(kept), population: kept.population ?? 0, others: others.map(collectivityName) };
    return {
      value: kept,
      warnings: [{ code: among === collectivities ? 'french.mostPopulous' : 'french.mostPopulousMetropolitan', params }],
      suggestions: collectivities.map(collectivityOption),
    };
  }
  return {
    error: { code: 'french.ambiguous', params: { name, candidates: collectivities.map(collectivityName) } },
    warnings: [],
    suggestions: collectivities.map(collectivityOption),
  };
}

/** Candidates that are all one collectivité unique (Paris, Martinique...) designate it. */
function singleCollectivity(matching: Match[]): Resolution<Collectivity> | null {
  const isMember = (members: [CollectivityKind, string][], c: Collectivity) => members.some(([kind, code]) => kind === c.kind && code === c.code);
  const single = SINGLE_COLLECTIVITIES.find(({ members }) => matching.every(({ collectivity }) => isMember(members, collectivity)));
  const kept = single && matching.find(({ collectivity }) => collectivity.kind === single.kept[0] && collectivity.code === single.kept[1]);
  if (!single || !kept) return null;
  return {
    value: kept.collectivity,
    warnings: [
      {
        code: 'french.single',
        params: {
          name: kept.collectivity.name,
          since: single.since,
          kinds: single.members.map(([kind]) => kindName(kind)),
          kept: collectivityName(kept.collectivity),
        },
      },
    ],
  };
}

/** "Évry" in 91: the only commune of the département whose name begins with it (a commune nouvelle kept it first). */
function communeNouvelleOf(index: FrenchIndex, key: string, departement: string): Collectivity | null {
  const found = [...index.communes.values()].filter(
    (commune) => commune.departement === departement && nameKey(commune.name).startsWith(`${key} `),
  );
  return found.length === 1 ? found[0] : null;
}

/**
 * No gazetteer of syndicats exists: a syndicat is identified by its SIREN and placed, approximately,
 * at the point of the département of its seat.
 */
function resolveSyndicat(index: FrenchIndex, query: FrenchQuery, code: string, departement: string): Resolution<Collectivity> {
  const name = query.name.trim();
  const seat = index.departements.get(departement);
  if (!/^\d{9}$/.test(code) || name === '' || !seat) {
    return { error: { code: 'french.syndicatMissing' }, warnings: [] };
  }
  return {
    value: { ...seat, code, name, kind: 'syndicat', population: null, approximate: true },
    warnings: [{ code: 'french.syndicatPlaced', params: { code: seat.code, name: seat.name } }],
  };
}
