import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { datasetLoader, type Dataset } from './dataset';
import { filterFacets, filterMemory } from './filter-facets';
import type { Result } from './harness';
import { importBench } from './import';
import { layerData } from './layer-data';
import { overlaps } from './overlaps';
import { suggestBench } from './suggest';
import { memoryTable, resultTable } from './table';

/** Each benchmark, given the dataset of one size and whether it is the first size run. */
const BENCHMARKS: Record<string, (data: Dataset, first: boolean) => Promise<Result[]>> = {
  'filter-facets': filterFacets,
  import: importBench,
  overlaps,
  'layer-data': layerData,
  suggest: suggestBench,
};
const SIZES = [10_000, 100_000, 1_000_000];
const RESULTS = 'bench/results.json';

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, n: { type: 'string', multiple: true } } });
const names = values.only ?? Object.keys(BENCHMARKS);
const unknown = names.filter((name) => !(name in BENCHMARKS));
if (unknown.length) throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
const sizes = values.n?.map((n) => Number(n.replace(/_/g, ''))) ?? SIZES;

const load = await datasetLoader();
const results: Result[] = [];
const memory: { n: number; index: number | null; crossfilter2: number | null }[] = [];
console.log(resultTable([], true));
for (const n of sizes) {
  const data = load(n);
  for (const name of names) {
    const rows = await BENCHMARKS[name](data, n === sizes[0]);
    if (rows.length) console.log(resultTable(rows, false));
    results.push(...rows);
  }
  if (names.includes('filter-facets')) memory.push({ n, ...filterMemory(data) });
}
console.log(`\n${resultTable(results, true)}`);
if (memory.length) console.log(`\nHeap retained per cooperation (bytes), node --expose-gc:\n${memoryTable(memory)}`);
await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${RESULTS} written (${results.length} rows). Node ${process.version}, ${(await import('node:os')).cpus().length} cores.`);
