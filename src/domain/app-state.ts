/**
 * What the user chose and the address bar holds: the filters, the selection and the display
 * choices. The URL codec (src/state) only encodes and decodes this vocabulary.
 */
import type { PoolingReach } from './anchor';
import { NO_FILTERS, type ColorAttribute, type FacetFilters } from './facets';
import type { Language } from './languages';

export const DISPLAY_MODES = ['auto', 'flows', 'arcs'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** The app's views; ids are what the address shows, in French like the interface. */
export const VIEWS = ['carte', 'chevauchements', 'statistiques', 'tableau', 'typologie'] as const;
export type ViewId = (typeof VIEWS)[number];

/** Pages shown instead of the atlas: the citizen-facing page of the selected collectivity, the printable overview of the filtered région or network. */
export const PAGES = ['collectivite', 'region'] as const;
export type PageId = (typeof PAGES)[number];

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface AppState {
  filters: FacetFilters;
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
  /** What the partner overlaps are anchored on (`region-53`, `network-resacoop`, `departement-35`, a collectivity's code); null: none. */
  anchor: string | null;
  /** How far from the anchor's places others count. */
  within: PoolingReach;
}

export const EMPTY_STATE: AppState = { filters: NO_FILTERS, years: null, ct: null, place: null, colorBy: 'typology', mode: 'auto', view: 'carte', page: null, embed: false, lang: null, camera: null, data: null, anchor: null, within: 'place' };
