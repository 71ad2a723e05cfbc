/**
 * The address bar's form of the app's state (src/domain/app-state.ts): one entry per parameter,
 * in the order the address writes them. Adding a parameter is adding one entry to PARAMETERS.
 */
import { anchorId, parseAnchor, parseReach } from '../domain/anchor';
import { DISPLAY_MODES, EMPTY_STATE, PAGES, VIEWS, type AppState, type Camera } from '../domain/app-state';
import { CATEGORY_FACET_IDS, COLOR_ATTRIBUTES, facet, isOpenFacet, NO_FILTERS, type CategoryFacetId, type OpenFacetId } from '../domain/facets';
import { LANGUAGE_IDS } from '../domain/languages';

/** Values a decoded address may hold beyond the fixed vocabularies; anything else is reported back. */
export interface Vocabulary {
  /** The values an open facet may take (for `country`, the gazetteer's countries). */
  facetValues: Readonly<Record<OpenFacetId, ReadonlySet<string>>>;
  collectivities: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

export interface UnknownValue {
  param: string;
  value: string;
}

export interface DecodedState {
  state: AppState;
  unknown: UnknownValue[];
}

/** Bumped when a parameter changes meaning; older addresses are then read tolerantly. */
export const URL_VERSION = '1';

/** What decoding a parameter may read: the raw address, the data's values, and where to report what it does not know. */
interface Reading {
  vocabulary: Vocabulary;
  /** The value of a parameter, or null when absent or empty. */
  get(param: string): string | null;
  reject(param: string, value: string): void;
}

/** One address parameter (or a pair that only makes sense together): how it is read into the state and written back. */
interface Parameter {
  names: readonly string[];
  decode(reading: Reading, state: AppState): Partial<AppState>;
  /** The parameter's values to write, [] to leave it out (its default). */
  encode(state: AppState): [string, string][];
}

function splitList(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((value) => value.trim()).filter(Boolean))];
}

/** A facet's parameter is its id; its values are the registry's, or for an open facet the data's. */
function facetParameter(id: CategoryFacetId): Parameter {
  const { values, normalise = (raw: string) => raw } = facet(id);
  const fixed = new Set(values);
  return {
    names: [id],
    decode(reading, state) {
      const known = isOpenFacet(id) ? reading.vocabulary.facetValues[id] : fixed;
      const kept: string[] = [];
      for (const raw of splitList(reading.get(id))) {
        const value = normalise(raw);
        if (!known.has(value)) reading.reject(id, raw);
        else if (!kept.includes(value)) kept.push(value);
      }
      return { filters: { ...state.filters, [id]: kept } };
    },
    encode: (state) => (state.filters[id].length > 0 ? [[id, state.filters[id].join(',')]] : []),
  };
}

/** A parameter holding one of a fixed list of values, left out at its default. */
function choiceParameter<K extends keyof AppState>(name: string, key: K, allowed: readonly NonNullable<AppState[K]>[]): Parameter {
  return {
    names: [name],
    decode(reading) {
      const raw = reading.get(name);
      if (raw === null) return {};
      const value = allowed.find((candidate) => candidate === raw);
      if (value === undefined) reading.reject(name, raw);
      return value === undefined ? {} : { [key]: value };
    },
    encode: (state) => (state[key] !== EMPTY_STATE[key] && state[key] !== null ? [[name, String(state[key])]] : []),
  };
}

/** "lon,lat,zoom", rounded to what a screen shows (about 100 m, a tenth of a zoom level). */
export function encodeCamera({ lon, lat, zoom }: Camera): string {
  return `${lon.toFixed(3)},${lat.toFixed(3)},${zoom.toFixed(1)}`;
}

/** The camera an `at` value names; undefined when it is not one. */
function readCamera(raw: string): Camera | undefined {
  const parts = raw.split(',').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return undefined;
  const [lon, lat, zoom] = parts;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return undefined;
  return { lon, lat, zoom };
}

const years: Parameter = {
  names: ['from', 'to'],
  decode(reading) {
    const year = (param: 'from' | 'to'): number | null => {
      const raw = reading.get(param);
      if (raw === null) return null;
      if (/^\d{4}$/.test(raw)) return Number(raw);
      reading.reject(param, raw);
      return null;
    };
    const from = year('from');
    const to = year('to');
    return { years: from === null && to === null ? null : { from, to } };
  },
  encode: ({ years }) => [
    ...(years?.from != null ? [['from', String(years.from)] as [string, string]] : []),
    ...(years?.to != null ? [['to', String(years.to)] as [string, string]] : []),
  ],
};

/** The selected collectivity, or else the selected partner place: one of the data's. */
const selection: Parameter = {
  names: ['ct', 'place'],
  decode(reading) {
    const pickKnown = (param: 'ct' | 'place', known: ReadonlySet<string>): string | null => {
      const raw = reading.get(param)?.trim() || null;
      if (raw === null || known.has(raw)) return raw;
      reading.reject(param, raw);
      return null;
    };
    const ct = pickKnown('ct', reading.vocabulary.collectivities);
    return { ct, place: ct === null ? pickKnown('place', reading.vocabulary.places) : null };
  },
  encode: ({ ct, place }) => (ct ? [['ct', ct]] : place ? [['place', place]] : []),
};

const camera: Parameter = {
  names: ['at'],
  decode(reading) {
    const raw = reading.get('at');
    if (raw === null) return {};
    const value = readCamera(raw);
    if (value === undefined) reading.reject('at', raw);
    return value === undefined ? {} : { camera: value };
  },
  encode: (state) => (state.camera ? [['at', encodeCamera(state.camera)]] : []),
};

const embed: Parameter = {
  names: ['embed'],
  decode(reading) {
    const raw = reading.get('embed');
    if (raw !== null && raw !== '1') reading.reject('embed', raw);
    return { embed: raw === '1' };
  },
  encode: (state) => (state.embed ? [['embed', '1']] : []),
};

/** The dataset on screen: a built-in one's id or an imported one's, as the data layer names them. */
const dataset: Parameter = {
  names: ['data'],
  decode(reading) {
    const raw = reading.get('data')?.trim() || null;
    if (raw === null) return {};
    if (/^[\w-]{1,80}$/.test(raw)) return { data: raw };
    reading.reject('data', raw);
    return {};
  },
  encode: (state) => (state.data ? [['data', state.data]] : []),
};

/** The partner overlaps' anchor and, with it only, how far from its places others count. */
const anchoring: Parameter = {
  names: ['anchor', 'within'],
  decode(reading) {
    const raw = reading.get('anchor')?.trim() || null;
    const parsed = raw === null ? null : parseAnchor(raw, (code) => reading.vocabulary.collectivities.has(code));
    const anchor = parsed === null ? null : anchorId(parsed);
    if (raw !== null && anchor === null) reading.reject('anchor', raw);
    const rawWithin = reading.get('within');
    if (rawWithin === null) return { anchor, within: 'place' };
    const within = anchor === null ? null : parseReach(rawWithin);
    if (within === null) reading.reject('within', rawWithin);
    return { anchor, within: within ?? 'place' };
  },
  encode: ({ anchor, within }) => (anchor === null ? [] : [['anchor', anchor], ...(within === 'place' ? [] : [['within', String(within)] as [string, string]])]),
};

/** Every parameter, in the order the address writes them. */
const PARAMETERS: readonly Parameter[] = [
  dataset,
  ...CATEGORY_FACET_IDS.map(facetParameter),
  years,
  selection,
  anchoring,
  choiceParameter('color', 'colorBy', COLOR_ATTRIBUTES),
  choiceParameter('mode', 'mode', DISPLAY_MODES),
  choiceParameter('view', 'view', VIEWS),
  choiceParameter('page', 'page', PAGES),
  embed,
  choiceParameter('lang', 'lang', LANGUAGE_IDS),
  camera,
];

const KNOWN_NAMES = new Set(['v', ...PARAMETERS.flatMap((parameter) => parameter.names)]);

export function decodeState(search: string, vocabulary: Vocabulary): DecodedState {
  const params = new URLSearchParams(search);
  const unknown: UnknownValue[] = [];
  const reading: Reading = {
    vocabulary,
    get: (param) => params.get(param) || null,
    reject: (param, value) => unknown.push({ param, value }),
  };
  let state: AppState = { ...EMPTY_STATE, filters: { ...NO_FILTERS } };
  for (const parameter of PARAMETERS) state = { ...state, ...parameter.decode(reading, state) };
  for (const param of params.keys()) {
    if (!KNOWN_NAMES.has(param)) unknown.push({ param, value: params.get(param) ?? '' });
  }
  return { state, unknown };
}

/** The shortest address for a state: defaults and empty lists are left out. */
export function encodeState(state: AppState): string {
  const params = new URLSearchParams([['v', URL_VERSION], ...PARAMETERS.flatMap((parameter) => parameter.encode(state))]);
  return `?${params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/')}`;
}
