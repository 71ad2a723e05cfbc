import { compactDataset } from '../compact-dataset';
import type { BuiltTwinnings } from './build';

/** The three files of the build, as text: the GeoJSON, the compact form the app loads, the report. */
export function serializeBuild({ collection, jumelages, report }: BuiltTwinnings): { geojson: string; compact: string; report: string } {
  return {
    geojson: `${JSON.stringify(collection)}\n`,
    compact: `${JSON.stringify(compactDataset(jumelages, collection.metadata))}\n`,
    report: `${JSON.stringify(report, null, 1)}\n`,
  };
}
