import { DEFAULT_LANGUAGE, type Language } from '../../i18n';
import { escapeHtml } from '../../text/escape-html';
import { shownDatasetId } from '../../state/datasets';
import { encodeState } from '../../state/url-codec';
import { EMPTY_STATE, type AppState } from '../../domain/app-state';

/** An address of the dataset on screen. */
const searchOf = (state: Partial<AppState>) => encodeState({ ...EMPTY_STATE, data: shownDatasetId.value, ...state });

/** Addresses of this site, relative to the page (they work from any folder the site is served from). */
export const citizenPageSearch = (code: string, options: { embed?: boolean; lang?: Language | null } = {}) =>
  searchOf({ ct: code, page: 'collectivite', embed: options.embed ?? false, lang: options.lang ?? null });

export const atlasSearch = (code: string) => searchOf({ ct: code });

export const overlapsSearch = (placeKey: string) => searchOf({ view: 'chevauchements', place: placeKey });

/** The embedded map of an atlas state: its filters, selection, colours and camera, in the dataset and language given (the default one unnamed). */
export const atlasEmbedSearch = (state: AppState, data: string, lang: Language) =>
  encodeState({ ...state, data, view: 'carte', page: null, embed: true, lang: lang === DEFAULT_LANGUAGE ? null : lang });

/** The atlas itself, where an embed of it leads. */
export const unembeddedSearch = (state: AppState) => encodeState({ ...state, embed: false });

/** The full address, for sharing outside the site. */
export const absoluteUrl = (search: string) => `${window.location.origin}${window.location.pathname}${search}`;

/** An embed's frame: a width in pixels or the whole width of the host page, a height in pixels. */
export interface EmbedSize {
  width: number | 'full';
  height: number;
}

export function embedSnippet(url: string, title: string, { width, height }: EmbedSize = { width: 'full', height: 760 }): string {
  const widthValue = width === 'full' ? '100%' : String(width);
  return `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="${widthValue}" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
