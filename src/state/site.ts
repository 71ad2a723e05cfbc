import { fetchJson } from '../data/fetch-json';
import { SITE_FILE, type SiteDescription } from '../domain/site';

let described: SiteDescription | null = null;

/** Reads the site's description once, at boot, before any dataset is opened. */
export async function loadSite(): Promise<SiteDescription> {
  const site = await fetchJson<SiteDescription>(`./${SITE_FILE}`);
  if (!Array.isArray(site?.datasets) || !site.datasets.some((dataset) => dataset.id === site.default)) {
    throw new Error(`${SITE_FILE} : liste de jeux de données ou jeu par défaut manquant`);
  }
  described = site;
  return site;
}

/** The description loadSite read. */
export function currentSite(): SiteDescription {
  if (!described) throw new Error(`${SITE_FILE} n'est pas encore lu`);
  return described;
}

/** A published atlas: its data is fixed, nothing is imported into it. */
export const isPublishedSite = () => currentSite().publication !== undefined;
