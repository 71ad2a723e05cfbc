/// <reference lib="webworker" />
import { httpGazetteerSource } from './gazetteer-source';
import { openDatasetStore } from './dataset-store';
import { runImportJob, storeKeeper, type ImportRequest } from './import-job';

declare const self: DedicatedWorkerGlobalScope;

const datasets = openDatasetStore();

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  void runImportJob(request, httpGazetteerSource(request.geoBaseUrl), storeKeeper(datasets), (message) => self.postMessage(message));
};
