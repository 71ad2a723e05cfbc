/// <reference lib="webworker" />
import { httpGazetteerSource } from './gazetteer-source';
import { openDatasetStore, saveImport } from './dataset-store';
import { runImportJob, type ImportRequest } from './import-job';
import type { ImportResult } from './report';

declare const self: DedicatedWorkerGlobalScope;

const datasets = openDatasetStore();

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const keep = async (fileName: string, result: ImportResult) => (await saveImport(datasets, fileName, result)).id;
  void runImportJob(request, httpGazetteerSource(request.geoBaseUrl), keep, (message) => self.postMessage(message));
};
