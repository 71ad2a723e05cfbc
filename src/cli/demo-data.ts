/**
 * npm run demo-data [-- --seed N] [--out FILE] [--stats]
 * Writes the fictitious national demo dataset from the gazetteers of public/geo: the GeoJSON,
 * and beside it the compact form the app loads (cooperations.compact.json).
 * --stats: prints the calibration against the ACTER figures.
 */
import { continentLookup } from '../domain/gazetteer';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compactDataset } from '../data/compact-dataset';
import { diskGazetteerSource } from '../data/gazetteer-source';
import { DEFAULT_SEED } from '../data/demo/calibration';
import { generateDemoData, loadDemoGazetteer, serializeCollection } from '../data/demo/generate';
import { calibrationStats, formatCalibration } from '../data/demo/stats';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    out: { type: 'string', default: 'public/data/cooperations.geojson' },
    geo: { type: 'string', default: 'public/geo' },
    stats: { type: 'boolean', default: false },
  },
});

const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error(`--seed attend un entier, pas « ${values.seed} »`);
  process.exit(2);
}

const gazetteer = await loadDemoGazetteer(diskGazetteerSource(values.geo));
const collection = generateDemoData(gazetteer, seed);
const text = serializeCollection(collection);
await mkdir(dirname(values.out), { recursive: true });
await writeFile(values.out, text);
const compactPath = join(dirname(values.out), 'cooperations.compact.json');
const cooperations = collection.features.map((feature) => feature.properties);
await writeFile(compactPath, `${JSON.stringify(compactDataset(cooperations, collection.metadata))}\n`);
console.log(
  `${values.out} : ${collection.features.length} coopérations fictives (graine ${seed}), ${(Buffer.byteLength(text) / 1024).toFixed(0)} Kio`,
);
if (values.stats) {
  console.log(formatCalibration(calibrationStats(collection, continentLookup(gazetteer.countries))));
}
