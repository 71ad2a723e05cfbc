import type { Cooperation } from '../domain/cooperation';
import type { DatasetStore } from '../data/dataset-store';
import { loadDataset } from '../data/load-cooperations';
import type { ImportReport } from '../data/report';
import { errorMessage } from '../text/error-message';

/** The dataset the app shows: the embedded demo, or one the user imported and the browser keeps. */
export interface ActiveDataset {
  id: string;
  name: string;
  cooperations: Cooperation[];
  fictitious: boolean;
  importedAt: string | null;
  report: ImportReport | null;
}

export const DEMO_ID = 'demo';
/** The embedded demo, in the compact form the app loads. */
export const DEMO_URL = './data/cooperations.compact.json';
const ACTIVE_KEY = 'coopatlas.activeDataset';

export function rememberActive(id: string): void {
  try {
    localStorage.setItem(ACTIVE_KEY, id);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

function rememberedActive(): string {
  try {
    return localStorage.getItem(ACTIVE_KEY) ?? DEMO_ID;
  } catch {
    return DEMO_ID;
  }
}

export async function loadDemo(): Promise<ActiveDataset> {
  const demo = await loadDataset(DEMO_URL);
  return { id: DEMO_ID, name: demo.title ?? 'Démonstration', cooperations: demo.cooperations, fictitious: demo.fictitious, importedAt: null, report: null };
}

export async function loadStored(store: DatasetStore, id: string): Promise<ActiveDataset | null> {
  const stored = await store.load(id);
  if (!stored) return null;
  return { id: stored.id, name: stored.name, cooperations: stored.cooperations, fictitious: false, importedAt: stored.importedAt, report: stored.report };
}

/**
 * The dataset shown last time: an imported one while the browser still has it, else the demo.
 * A stored dataset that cannot be read falls back to the demo with the reason, never half-read.
 */
export async function loadRemembered(store: DatasetStore): Promise<{ dataset: ActiveDataset; problem: string | null }> {
  const id = rememberedActive();
  if (id !== DEMO_ID) {
    try {
      const stored = await loadStored(store, id);
      if (stored) return { dataset: stored, problem: null };
    } catch (error) {
      return { dataset: await loadDemo(), problem: errorMessage(error) };
    }
  }
  return { dataset: await loadDemo(), problem: null };
}
