import type { Language } from '../../i18n';
import { escapeHtml } from '../../map/escape-html';
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

/** The full address, for sharing outside the site. */
export const absoluteUrl = (search: string) => `${window.location.origin}${window.location.pathname}${search}`;

export function embedSnippet(url: string, title: string): string {
  return `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="100%" height="760" style="border:0" loading="lazy"></iframe>`;
}
