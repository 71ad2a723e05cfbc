/// <reference lib="webworker" />
import { httpGazetteerSource } from './gazetteer-source';
import { runImportJob, type ImportRequest } from './import-job';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  void runImportJob(request, httpGazetteerSource(request.geoBaseUrl), (message) => self.postMessage(message));
};
