/**
 * npm run real-data [-- --source FILE] [--out DIR] [--report FILE] [--check]
 * Builds the real dataset of the twinnings of French communes from the Wikipedia lists kept in
 * data/sources/: the GeoJSON, the compact form the app loads, and the build report naming what
 * became of every source line. Deterministic: the same source and gazetteers give the same bytes.
 * --check: also measures the build on the hand-checked sample (data/jumelages-sample.json), as a
 * whole and draw by draw.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { diskGazetteerSource } from '../data/gazetteer-source';
import { buildTwinnings } from '../data/twinnings/build';
import { formatSampleQuality, measureSample, type SampleFile } from '../data/twinnings/quality';
import { serializeBuild } from '../data/twinnings/serialize';

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: 'data/sources/wikipedia-twin-towns-france.csv' },
    out: { type: 'string', default: 'public/data' },
    report: { type: 'string', default: 'data/jumelages-report.json' },
    geo: { type: 'string', default: 'public/geo' },
    check: { type: 'boolean', default: false },
    sample: { type: 'string', default: 'data/jumelages-sample.json' },
  },
});

const built = await buildTwinnings(await readFile(values.source, 'utf8'), diskGazetteerSource(values.geo));
const files = serializeBuild(built);
await mkdir(values.out, { recursive: true });
await mkdir(dirname(values.report), { recursive: true });
await writeFile(join(values.out, 'jumelages.geojson'), files.geojson);
await writeFile(join(values.out, 'jumelages.compact.json'), files.compact);
await writeFile(values.report, files.report);
const { rows, imported, merged, rejected } = built.report;
console.log(`${values.source} : ${rows} lignes → ${imported} jumelages (${merged} lignes fusionnées, ${rejected} rejetées) ; rapport : ${values.report}`);
if (values.check) {
  const sample = JSON.parse(await readFile(values.sample, 'utf8')) as SampleFile;
  const reasons = new Map(built.report.entries.map((entry) => [entry.row, entry.reason]));
  console.log(formatSampleQuality(measureSample(built.jumelages, sample), (row) => reasons.get(row)));
}
