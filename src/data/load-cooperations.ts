import type { Cooperation, CooperationCollection } from '../domain/cooperation';
import { fetchJson } from './fetch-json';

export interface LoadedDataset {
  cooperations: Cooperation[];
  fictitious: boolean;
  title: string | null;
}

/** Reads a cooperations.geojson as the importer and the demo generator write it. */
export function datasetFromCollection(collection: CooperationCollection): LoadedDataset {
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error('le fichier n’est pas une FeatureCollection GeoJSON');
  }
  return {
    cooperations: collection.features.map((feature) => feature.properties),
    fictitious: collection.metadata?.fictitious === true,
    title: collection.metadata?.title ?? null,
  };
}

export async function loadDataset(url: string): Promise<LoadedDataset> {
  return datasetFromCollection(await fetchJson<CooperationCollection>(url));
}
