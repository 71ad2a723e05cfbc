import { signal } from '@preact/signals';
import type { Cooperation } from '../domain/cooperation';
import type { DatasetStore } from '../data/dataset-store';
import { loadDataset } from '../data/load-cooperations';
import type { ImportReport } from '../data/report';
import type { Publication, SiteDescription } from '../domain/site';
import { t } from '../i18n';
import { errorMessage } from '../text/error-message';
import { currentSite, isPublishedSite } from './site';

/** The dataset the app shows: one the site ships (the real jumelages, the fictitious demo, a published inventory), or one the user imported and the browser keeps. */
export interface ActiveDataset {
  id: string;
  name: string;
  cooperations: Cooperation[];
  fictitious: boolean;
  /** Who to credit for the data ("Wikipedia contributors, … CC BY-SA 4.0"); null for an imported file. */
  attribution: string | null;
  importedAt: string | null;
  report: ImportReport | null;
  /** What a published atlas says of its dataset (date, source file, counts); null elsewhere. */
  publication: Publication | null;
}

export const DEMO_ID = 'demo';
export const JUMELAGES_ID = 'jumelages';
const ACTIVE_KEY = 'coopatlas.activeDataset';

const listed = (site: SiteDescription, id: string) => site.datasets.find((dataset) => dataset.id === id);

/** Whether this site ships the dataset (site.json lists it), so that its links show it anywhere. */
export const isBuiltIn = (id: string) => listed(currentSite(), id) !== undefined;

/** The id of the dataset on screen, for the addresses the app writes (`data=`). */
export const shownDatasetId = signal<string | null>(null);

/** A published atlas remembers nothing: a bare address opens its own data, and it leaves the choice of another coopatlas on the same origin alone. */
export function rememberActive(id: string): void {
  if (isPublishedSite()) return;
  try {
    localStorage.setItem(ACTIVE_KEY, id);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

function rememberedActive(): string | null {
  try {
    return localStorage.getItem(ACTIVE_KEY);
  } catch {
    return null;
  }
}

/**
 * Which dataset an address opens: the one `data=` names. A bare address opens the one this
 * browser showed last, else (a first visit) the site's default (the real jumelages). An address
 * with other parameters but no `data=` is a link made before `data=` existed, and keeps its
 * meaning then: the dataset imported in this browser if it had one on screen, else the demo.
 * A published atlas opens its default unless the address names another of its datasets.
 */
export function datasetToOpen(search: string, remembered: string | null, site: SiteDescription): string {
  const params = new URLSearchParams(search);
  const named = params.get('data')?.trim();
  if (named) return named;
  if (site.publication) return site.default;
  if ([...params.keys()].length === 0) return remembered ?? site.default;
  if (remembered && !listed(site, remembered)) return remembered;
  return listed(site, DEMO_ID) ? DEMO_ID : site.default;
}

export async function loadBuiltIn(id: string): Promise<ActiveDataset> {
  const site = currentSite();
  const loaded = await loadDataset(listed(site, id)!.url);
  return {
    id,
    name: loaded.title ?? id,
    cooperations: loaded.cooperations,
    fictitious: loaded.fictitious,
    attribution: loaded.attribution,
    importedAt: null,
    report: null,
    publication: site.publication?.dataset === id ? site.publication : null,
  };
}

export async function loadStored(store: DatasetStore, id: string): Promise<ActiveDataset | null> {
  const stored = await store.load(id);
  if (!stored) return null;
  return {
    id: stored.id,
    name: stored.name,
    cooperations: stored.cooperations,
    fictitious: false,
    attribution: null,
    importedAt: stored.importedAt,
    report: stored.report,
    publication: null,
  };
}

/** A dataset by its id: built in, or stored in this browser (null when the browser no longer has it). */
export function loadById(store: DatasetStore, id: string): Promise<ActiveDataset | null> {
  return isBuiltIn(id) ? loadBuiltIn(id) : loadStored(store, id);
}

/** Loads a dataset by its id and hands it over, or the reason it could not be read. */
export async function showById(store: DatasetStore, id: string, onShow: (dataset: ActiveDataset) => void, onProblem: (message: string) => void): Promise<void> {
  try {
    const dataset = await loadById(store, id);
    if (dataset) onShow(dataset);
  } catch (error) {
    onProblem(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The dataset an address opens (see datasetToOpen). An imported dataset this browser lacks (a link
 * from another browser) or cannot read opens the site's default, with the reason, never half-read.
 * A published atlas opens only its own datasets.
 */
export async function openDataset(store: DatasetStore, search: string): Promise<{ dataset: ActiveDataset; problem: string | null }> {
  const site = currentSite();
  const id = datasetToOpen(search, rememberedActive(), site);
  if (isBuiltIn(id)) return { dataset: await loadBuiltIn(id), problem: null };
  const fallback = async (reason?: string) => {
    const dataset = await loadBuiltIn(site.default);
    return { dataset, problem: reason ?? t(site.publication ? 'dataset.notOnSite' : 'dataset.missingHere', { name: dataset.name }) };
  };
  if (site.publication) return fallback();
  try {
    const stored = await loadById(store, id);
    return stored ? { dataset: stored, problem: null } : fallback();
  } catch (error) {
    return fallback(errorMessage(error));
  }
}
