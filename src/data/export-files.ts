import type { Cooperation } from '../domain/cooperation';
import type { ImportSource } from './import-source';
import { toRejectedCsv } from './rejected-csv';
import type { ImportReport } from './report';
import { toGeoJson, toInventoryCsv } from './write';

/** A file the page offers to download: its name, its text and its media type. */
export interface ExportFile {
  fileName: string;
  text: string;
  type: string;
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/** The cooperations in the inventory format, for French Excel and to import again. */
export function inventoryCsvFile(baseName: string, cooperations: readonly Cooperation[]): ExportFile {
  return { fileName: `${baseName}.csv`, text: toInventoryCsv(cooperations), type: CSV_TYPE };
}

export function geoJsonFile(baseName: string, cooperations: readonly Cooperation[]): ExportFile {
  return { fileName: `${baseName}.geojson`, text: JSON.stringify(toGeoJson(cooperations)), type: 'application/geo+json' };
}

/** "Exporter le rapport": the rejected rows as the file wrote them, and why (the CLI's rejected.csv). */
export function rejectedCsvFile(baseName: string, source: Pick<ImportSource, 'header' | 'rows'>, report: Pick<ImportReport, 'issues'>): ExportFile {
  return { fileName: `${baseName}-rejets.csv`, text: toRejectedCsv(source, report), type: CSV_TYPE };
}

/** "inventaire.xlsx" → "inventaire". */
export const baseName = (fileName: string) => fileName.replace(/\.[^.]+$/, '');
