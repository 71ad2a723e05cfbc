import { COLLECTIVITY_KINDS, NATURES } from '../domain/cooperation';
import type { Language } from '../i18n';
import { CONTINENT_IDS } from '../domain/gazetteer';
import { POPULATION_BANDS } from '../domain/population-bands';
import { FRENCH_REGIONS, REGIONAL_NETWORKS } from '../domain/regions';
import { THEME_IDS } from '../domain/themes';
import { TYPOLOGY_IDS } from '../domain/typology';
import { STATUSES } from '../model/cooperation-index';
import type { CategoryFacetId } from '../model/crossfilter';

export const COLOR_ATTRIBUTES = ['typology', 'theme', 'continent', 'nature'] as const;
export type ColorAttribute = (typeof COLOR_ATTRIBUTES)[number];

export const DISPLAY_MODES = ['auto', 'flows', 'arcs'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** The app's views; ids are what the address shows, in French like the interface. */
export const VIEWS = ['carte', 'chevauchements', 'statistiques', 'tableau', 'typologie'] as const;
export type ViewId = (typeof VIEWS)[number];

/** Pages shown instead of the atlas: the citizen-facing page of the selected collectivity. */
export const PAGES = ['collectivite'] as const;
export type PageId = (typeof PAGES)[number];

const LANGUAGES: readonly Language[] = ['fr', 'en'];
/** What the address bar holds: the filters, the selection and the display choices. */
export interface AppState {
  filters: Record<CategoryFacetId, string[]>;
  years: { from: number | null; to: number | null } | null;
  /** Selected French collectivity (its code) or partner place (its placeKey); at most one of the two. */
  ct: string | null;
  place: string | null;
  colorBy: ColorAttribute;
  mode: DisplayMode;
  view: ViewId;
  page: PageId | null;
  /** Without the atlas's chrome, to sit in another site's iframe. */
  embed: boolean;
  /** The language the address asks for; null: the one this browser remembers. */
  lang: Language | null;
  /** Where the map looks; null: France and Africa. */
  camera: Camera | null;
  /** The dataset on screen (`jumelages`, `demo`, or an imported one's id); null: see datasetToOpen. */
  data: string | null;
}

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export const NO_FILTERS: Record<CategoryFacetId, string[]> = {
  theme: [],
  region: [],
  network: [],
  typology: [],
  country: [],
  continent: [],
  kind: [],
  population: [],
  nature: [],
  status: [],
};

export const EMPTY_STATE: AppState = { filters: NO_FILTERS, years: null, ct: null, place: null, colorBy: 'typology', mode: 'auto', view: 'carte', page: null, embed: false, lang: null, camera: null, data: null };

/** Values a decoded address may hold beyond the fixed vocabularies; anything else is reported back. */
export interface Vocabulary {
  countries: ReadonlySet<string>;
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

/** Each facet's parameter name and how a raw value becomes a known one (null: unknown). */
function facetReaders(vocabulary: Vocabulary): Record<CategoryFacetId, (raw: string) => string | null> {
  const among = (values: readonly string[]) => {
    const known = new Set(values);
    return (raw: string) => (known.has(raw) ? raw : null);
  };
  const regions = among(FRENCH_REGIONS.map((r) => r.code));
  return {
    theme: among(THEME_IDS),
    region: (raw) => regions(raw.padStart(2, '0')),
    network: among(REGIONAL_NETWORKS.map((n) => n.id)),
    typology: (raw) => among(TYPOLOGY_IDS)(raw.toLowerCase()),
    country: (raw) => (vocabulary.countries.has(raw.toUpperCase()) ? raw.toUpperCase() : null),
    continent: among(CONTINENT_IDS),
    kind: among(COLLECTIVITY_KINDS),
    population: among(POPULATION_BANDS.map((b) => b.id)),
    nature: among(NATURES),
    status: among(STATUSES),
  };
}

const FACET_PARAMS = Object.keys(NO_FILTERS) as CategoryFacetId[];
const OTHER_PARAMS = ['v', 'data', 'from', 'to', 'ct', 'place', 'color', 'mode', 'view', 'page', 'embed', 'lang', 'at'];

/** "lon,lat,zoom", rounded to what a screen shows (about 100 m, a tenth of a zoom level). */
export function encodeCamera({ lon, lat, zoom }: Camera): string {
  return `${lon.toFixed(3)},${lat.toFixed(3)},${zoom.toFixed(1)}`;
}

/** The camera an `at` value names; null when absent, undefined when it is not one. */
function readCamera(raw: string | null): Camera | null | undefined {
  if (raw === null || raw === '') return null;
  const parts = raw.split(',').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return undefined;
  const [lon, lat, zoom] = parts;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return undefined;
  return { lon, lat, zoom };
}

function splitList(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((value) => value.trim()).filter(Boolean))];
}

export function decodeState(search: string, vocabulary: Vocabulary): DecodedState {
  const params = new URLSearchParams(search);
  const unknown: UnknownValue[] = [];
  const readers = facetReaders(vocabulary);

  const filters = { ...NO_FILTERS };
  for (const facet of FACET_PARAMS) {
    const kept: string[] = [];
    for (const raw of splitList(params.get(facet))) {
      const value = readers[facet](raw);
      if (value === null) unknown.push({ param: facet, value: raw });
      else if (!kept.includes(value)) kept.push(value);
    }
    filters[facet] = kept;
  }

  const year = (param: 'from' | 'to'): number | null => {
    const raw = params.get(param);
    if (raw === null || raw === '') return null;
    if (/^\d{4}$/.test(raw)) return Number(raw);
    unknown.push({ param, value: raw });
    return null;
  };
  const from = year('from');
  const to = year('to');

  const pickOptional = <T extends string>(param: string, allowed: readonly T[]): T | null => {
    const value = params.get(param);
    if (value === null || value === '') return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    unknown.push({ param, value });
    return null;
  };
  const pickOne = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => pickOptional(param, allowed) ?? fallback;
  const colorBy = pickOne('color', COLOR_ATTRIBUTES, EMPTY_STATE.colorBy);
  const mode = pickOne('mode', DISPLAY_MODES, EMPTY_STATE.mode);
  const view = pickOne('view', VIEWS, EMPTY_STATE.view);
  const page = pickOptional('page', PAGES);
  const embed = pickOptional('embed', ['1']) !== null;
  const lang = pickOptional('lang', LANGUAGES);
  const camera = readCamera(params.get('at'));
  if (camera === undefined) unknown.push({ param: 'at', value: params.get('at') ?? '' });

  const pickKnown = (param: string, known: ReadonlySet<string>): string | null => {
    const raw = params.get(param)?.trim() || null;
    if (raw === null || known.has(raw)) return raw;
    unknown.push({ param, value: raw });
    return null;
  };
  const dataParam = params.get('data')?.trim() || null;
  const data = dataParam !== null && /^[\w-]{1,80}$/.test(dataParam) ? dataParam : null;
  if (dataParam !== null && data === null) unknown.push({ param: 'data', value: dataParam });
  const ct = pickKnown('ct', vocabulary.collectivities);
  const place = ct === null ? pickKnown('place', vocabulary.places) : null;

  for (const param of params.keys()) {
    if (!FACET_PARAMS.includes(param as CategoryFacetId) && !OTHER_PARAMS.includes(param)) {
      unknown.push({ param, value: params.get(param) ?? '' });
    }
  }

  const years = from === null && to === null ? null : { from, to };
  return { state: { filters, years, ct, place, colorBy, mode, view, page, embed, lang, camera: camera ?? null, data }, unknown };
}

/** The shortest address for a state: defaults and empty lists are left out. */
export function encodeState(state: AppState): string {
  const params = new URLSearchParams();
  params.set('v', URL_VERSION);
  if (state.data) params.set('data', state.data);
  for (const facet of FACET_PARAMS) {
    const values = state.filters[facet];
    if (values.length > 0) params.set(facet, values.join(','));
  }
  if (state.years?.from != null) params.set('from', String(state.years.from));
  if (state.years?.to != null) params.set('to', String(state.years.to));
  if (state.ct) params.set('ct', state.ct);
  else if (state.place) params.set('place', state.place);
  if (state.colorBy !== EMPTY_STATE.colorBy) params.set('color', state.colorBy);
  if (state.mode !== EMPTY_STATE.mode) params.set('mode', state.mode);
  if (state.view !== EMPTY_STATE.view) params.set('view', state.view);
  if (state.page) params.set('page', state.page);
  if (state.embed) params.set('embed', '1');
  if (state.lang) params.set('lang', state.lang);
  if (state.camera) params.set('at', encodeCamera(state.camera));
  return `?${params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/')}`;
}
