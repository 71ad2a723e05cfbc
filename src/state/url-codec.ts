import { THEME_IDS, type ThemeId } from '../domain/themes';
import { TYPOLOGY_IDS, type TypologyId } from '../domain/typology';
import { FRENCH_REGIONS } from '../domain/regions';

export const COLOR_ATTRIBUTES = ['typology', 'theme', 'continent', 'nature'] as const;
export type ColorAttribute = (typeof COLOR_ATTRIBUTES)[number];

export const DISPLAY_MODES = ['auto', 'flows', 'arcs'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** What the address bar holds: the filters, the selection and the display choices. */
export interface AppState {
  themes: ThemeId[];
  regions: string[];
  typologies: TypologyId[];
  countries: string[];
  ct: string | null;
  colorBy: ColorAttribute;
  mode: DisplayMode;
}

export const EMPTY_STATE: AppState = {
  themes: [],
  regions: [],
  typologies: [],
  countries: [],
  ct: null,
  colorBy: 'typology',
  mode: 'auto',
};

/** Values a decoded address may hold; anything else is reported back as unknown. */
export interface Vocabulary {
  countries: ReadonlySet<string>;
  collectivities: ReadonlySet<string>;
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

const REGION_CODES = new Set(FRENCH_REGIONS.map((region) => region.code));
const KNOWN_PARAMS = new Set(['v', 'theme', 'region', 'typology', 'country', 'ct', 'color', 'mode']);

function splitList(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((value) => value.trim()).filter(Boolean))];
}

export function decodeState(search: string, vocabulary: Vocabulary): DecodedState {
  const params = new URLSearchParams(search);
  const unknown: UnknownValue[] = [];

  const pickList = <T extends string>(param: string, accept: (value: string) => T | null): T[] => {
    const kept: T[] = [];
    for (const value of splitList(params.get(param))) {
      const accepted = accept(value);
      if (accepted === null) unknown.push({ param, value });
      else if (!kept.includes(accepted)) kept.push(accepted);
    }
    return kept;
  };
  const pickOne = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(param);
    if (value === null || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    unknown.push({ param, value });
    return fallback;
  };

  const state: AppState = {
    themes: pickList('theme', (v) => ((THEME_IDS as readonly string[]).includes(v) ? (v as ThemeId) : null)),
    regions: pickList('region', (v) => (REGION_CODES.has(v.padStart(2, '0')) ? v.padStart(2, '0') : null)),
    typologies: pickList('typology', (v) => {
      const id = v.toLowerCase();
      return (TYPOLOGY_IDS as readonly string[]).includes(id) ? (id as TypologyId) : null;
    }),
    countries: pickList('country', (v) => (vocabulary.countries.has(v.toUpperCase()) ? v.toUpperCase() : null)),
    colorBy: pickOne('color', COLOR_ATTRIBUTES, EMPTY_STATE.colorBy),
    mode: pickOne('mode', DISPLAY_MODES, EMPTY_STATE.mode),
    ct: null,
  };
  const ctValue = params.get('ct')?.trim() || null;
  if (ctValue !== null) {
    if (vocabulary.collectivities.has(ctValue)) state.ct = ctValue;
    else unknown.push({ param: 'ct', value: ctValue });
  }

  for (const param of params.keys()) {
    if (!KNOWN_PARAMS.has(param)) unknown.push({ param, value: params.get(param) ?? '' });
  }

  return { state, unknown };
}

/** The shortest address for a state: defaults and empty lists are left out. */
export function encodeState(state: AppState): string {
  const params = new URLSearchParams();
  params.set('v', URL_VERSION);
  const lists: [string, readonly string[]][] = [
    ['theme', state.themes],
    ['region', state.regions],
    ['typology', state.typologies],
    ['country', state.countries],
  ];
  for (const [param, values] of lists) if (values.length > 0) params.set(param, values.join(','));
  if (state.ct) params.set('ct', state.ct);
  if (state.colorBy !== EMPTY_STATE.colorBy) params.set('color', state.colorBy);
  if (state.mode !== EMPTY_STATE.mode) params.set('mode', state.mode);
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
