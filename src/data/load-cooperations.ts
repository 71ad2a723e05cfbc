import type { Cooperation } from '../domain/cooperation';
import { expandDataset, type CompactDataset } from './compact-dataset';
import { fetchJson } from './fetch-json';

export interface LoadedDataset {
  cooperations: Cooperation[];
  fictitious: boolean;
  title: string | null;
  attribution: string | null;
}

/** Loads a dataset in the compact form the demo generator writes beside its GeoJSON. */
export async function loadDataset(url: string): Promise<LoadedDataset> {
  const compact = await fetchJson<CompactDataset>(url);
  return {
    cooperations: expandDataset(compact),
    fictitious: compact.metadata?.fictitious === true,
    title: compact.metadata?.title ?? null,
    attribution: compact.metadata?.attribution ?? null,
  };
}
