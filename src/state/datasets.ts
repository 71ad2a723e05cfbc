import { signal } from '@preact/signals';
import type { Cooperation } from '../domain/cooperation';
import type { DatasetStore } from '../data/dataset-store';
import { loadDataset } from '../data/load-cooperations';
import type { ImportReport } from '../data/report';
import { t } from '../i18n';
import { errorMessage } from '../text/error-message';

/** The dataset the app shows: one built in (the real jumelages, the fictitious demo), or one the user imported and the browser keeps. */
export interface ActiveDataset {
  id: string;
  name: string;
  cooperations: Cooperation[];
  fictitious: boolean;
  /** Who to credit for the data ("Wikipedia contributors, … CC BY-SA 4.0"); null for an imported file. */
  attribution: string | null;
  importedAt: string | null;
  report: ImportReport | null;
}

export const DEMO_ID = 'demo';
export const JUMELAGES_ID = 'jumelages';
/** The built-in datasets, in the compact form the app loads, by the id the address names them with (`data=`). */
export const BUILT_IN_URLS: Readonly<Record<string, string>> = {
  [JUMELAGES_ID]: './data/jumelages.compact.json',
  [DEMO_ID]: './data/cooperations.compact.json',
};
const ACTIVE_KEY = 'coopatlas.activeDataset';

export const isBuiltIn = (id: string) => Object.hasOwn(BUILT_IN_URLS, id);

/** The id of the dataset on screen, for the addresses the app writes (`data=`). */
export const shownDatasetId = signal<string | null>(null);

export function rememberActive(id: string): void {
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
 * browser showed last, else (a first visit) the real jumelages. An address with other parameters
 * but no `data=` is a link made before `data=` existed, and keeps its meaning then: the dataset
 * imported in this browser if it had one on screen, else the demo.
 */
export function datasetToOpen(search: string, remembered: string | null): string {
  const params = new URLSearchParams(search);
  const named = params.get('data')?.trim();
  if (named) return named;
  if ([...params.keys()].length === 0) return remembered ?? JUMELAGES_ID;
  return remembered && !isBuiltIn(remembered) ? remembered : DEMO_ID;
}

export async function loadBuiltIn(id: string): Promise<ActiveDataset> {
  const loaded = await loadDataset(BUILT_IN_URLS[id]);
  return {
    id,
    name: loaded.title ?? id,
    cooperations: loaded.cooperations,
    fictitious: loaded.fictitious,
    attribution: loaded.attribution,
    importedAt: null,
    report: null,
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
 * from another browser) or cannot read opens the real jumelages, with the reason, never half-read.
 */
export async function openDataset(store: DatasetStore, search: string): Promise<{ dataset: ActiveDataset; problem: string | null }> {
  const id = datasetToOpen(search, rememberedActive());
  if (isBuiltIn(id)) return { dataset: await loadBuiltIn(id), problem: null };
  try {
    const stored = await loadById(store, id);
    if (stored) return { dataset: stored, problem: null };
    return { dataset: await loadBuiltIn(JUMELAGES_ID), problem: t('dataset.missingHere') };
  } catch (error) {
    return { dataset: await loadBuiltIn(JUMELAGES_ID), problem: errorMessage(error) };
  }
}
