import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { renderImportParam } from '../i18n/import-messages';
import { openDatasetStore } from './dataset-store';
import { runImportJob, storeKeeper, type ImportMessage } from './import-job';
import { mendRow } from './mend';

const FILE = [
  'collectivite_nom;pays_partenaire;territoire_partenaire;thematiques',
  'Rennes;Sénégal;Dakar;culture',
  'Rennnes;Sénégal;Saint-Louis;sante',
  'Lyon;Sénégal;Ziguinchorrr;',
].join('\n');

/** Imports FILE as the browser's worker does, into `datasets`; answers the done message. */
async function importInto(datasets: ReturnType<typeof openDatasetStore>) {
  const bytes = new TextEncoder().encode(FILE);
  let done: Extract<ImportMessage, { type: 'done' }> | undefined;
  await runImportJob({ bytes: bytes.buffer, fileName: 'inventaire.csv', options: {}, geoBaseUrl: '' }, miniGazetteers(), storeKeeper(datasets), (message) => {
    if (message.type === 'done') done = message;
  });
  return done!;
}

describe('mending a row in the report', () => {
  it('resolves the row again with the accepted suggestion, and counts it', async () => {
    const datasets = openDatasetStore(new IDBFactory());
    const { datasetId, report } = await importInto(datasets);
    expect(report).toMatchObject({ rows: 3, imported: 2, rejected: 1 });
    const stored = (await datasets.load(datasetId!))!;
    expect(stored.source?.rows.map((row) => row.line)).toEqual([3, 4]);
    const issue = stored.report.issues.find((i) => i.severity === 'error')!;
    expect(issue).toMatchObject({ row: 3, fix: { target: 'collectivite' } });
    expect(issue.fix?.options.map((option) => renderImportParam(option.label, 'fr'))).toEqual(['Rennes (commune, 35)']);

    const { dataset, corrections } = await mendRow(stored, 3, issue.fix!.options[0].cells, miniGazetteers());
    expect(dataset.report).toMatchObject({ rows: 3, imported: 3, rejected: 0 });
    expect(dataset.cooperations.map((c) => [c.sourceRow, c.ctCode, c.partnerName])).toEqual([
      [2, '35238', 'Dakar'],
      [3, '35238', 'Saint-Louis'],
      [4, '69123', 'Ziguinchorrr'],
    ]);
    expect(dataset.cooperations[1].themes).toEqual(['sante']);
    const rowIssues = dataset.report.issues.filter((i) => i.row === 3);
    expect(rowIssues).toEqual([expect.objectContaining({ severity: 'warning', column: null, message: expect.stringContaining('collectivite_nom « Rennes »') })]);
    expect(corrections).toEqual([expect.objectContaining({ line: 3, cells: { collectivite_code: '35238', collectivite_nom: 'Rennes', collectivite_type: 'commune' } })]);
  });

  it('places an approximate partner at a typed point, keeping earlier corrections of the row', async () => {
    const datasets = openDatasetStore(new IDBFactory());
    const stored = (await datasets.load((await importInto(datasets)).datasetId!))!;
    const first = await mendRow(stored, 4, { territoire_partenaire: 'Ziguinchor' }, miniGazetteers());
    expect(first.dataset.cooperations.find((c) => c.sourceRow === 4)).toMatchObject({ partnerName: 'Ziguinchor', partnerPrecision: 'commune' });
    const second = await mendRow(first.dataset, 4, { latitude_partenaire: '12.5', longitude_partenaire: '-16.27' }, miniGazetteers());
    expect(second.dataset.cooperations.find((c) => c.sourceRow === 4)).toMatchObject({ partnerPrecision: 'coordonnees', partnerLat: 12.5, partnerLon: -16.27 });
    expect(second.corrections[0].cells).toEqual({ territoire_partenaire: 'Ziguinchor', latitude_partenaire: '12.5', longitude_partenaire: '-16.27' });
  });

  it('applies the corrections kept for a file when the same file is imported again, and only to the row they were made on', async () => {
    const datasets = openDatasetStore(new IDBFactory());
    const first = await importInto(datasets);
    const stored = (await datasets.load(first.datasetId!))!;
    const { corrections } = await mendRow(stored, 3, { collectivite_nom: 'Rennes' }, miniGazetteers());
    await datasets.saveCorrections(stored.fileHash!, corrections);
    const again = await importInto(datasets);
    expect(again.report).toMatchObject({ imported: 3, rejected: 0 });
    expect(again.source.corrections).toEqual(corrections);

    await datasets.saveCorrections(stored.fileHash!, [{ ...corrections[0], rowHash: 'autre' }]);
    expect((await importInto(datasets)).report.imported).toBe(2);
  });

  it('says why a row cannot be mended', async () => {
    const datasets = openDatasetStore(new IDBFactory());
    const stored = (await datasets.load((await importInto(datasets)).datasetId!))!;
    await expect(mendRow({ ...stored, source: undefined }, 3, {}, miniGazetteers())).rejects.toThrow(/ligne 3 .* importez à nouveau/);
  });
});
