/** The committed real dataset (public/data/jumelages.*) and its build report against the source. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandDataset, type CompactDataset } from '../src/data/compact-dataset';
import { diskGazetteerSource } from '../src/data/gazetteer-source';
import { buildTwinnings, type TwinningReport } from '../src/data/twinnings/build';
import { measureQuality, sampleEntries, type SampleFile } from '../src/data/twinnings/quality';
import { serializeBuild } from '../src/data/twinnings/serialize';
import type { Jumelage } from '../src/data/twinnings/merge';
import type { CooperationCollection } from '../src/domain/cooperation';

const SOURCE = 'data/sources/wikipedia-twin-towns-france.csv';
const files = {
  geojson: readFileSync('public/data/jumelages.geojson', 'utf8'),
  compact: readFileSync('public/data/jumelages.compact.json', 'utf8'),
  report: readFileSync('data/jumelages-report.json', 'utf8'),
};
const collection = JSON.parse(files.geojson) as CooperationCollection;
const report = JSON.parse(files.report) as TwinningReport;
const sourceLines = readFileSync(SOURCE, 'utf8').trimEnd().split('\n').length;

describe('the committed jumelages dataset', () => {
  it('says it is real, where it comes from and under which licence', () => {
    expect(collection.metadata).toMatchObject({ fictitious: false, title: expect.stringContaining('Jumelages') });
    expect(collection.metadata?.attribution).toContain('Wikipedia contributors');
    expect(collection.metadata?.attribution).toContain('CC BY-SA 4.0');
  });

  it('names every line of the source: rows == imported + merged + rejected', () => {
    expect(report.rows).toBe(sourceLines - 1);
    expect(report.imported + report.merged + report.rejected).toBe(report.rows);
    expect(report.entries.map((entry) => entry.row)).toEqual(Array.from({ length: report.rows }, (_, i) => i + 2));
    expect(report.imported).toBe(collection.features.length);
    const lines = collection.features.flatMap((feature) => (feature.properties as unknown as { sourceRows: number[] }).sourceRows);
    expect(lines.length).toBe(report.imported + report.merged);
  });

  it('holds one jumelage per collectivity and partner place, each with the line it comes from', () => {
    const pairs = new Set(collection.features.map(({ properties: p }) => `${p.ctCode}|${p.partnerCountry}|${p.partnerLon}|${p.partnerLat}`));
    expect(pairs.size).toBe(collection.features.length);
    for (const { properties: p } of collection.features) {
      expect(p.nature).toBe('jumelage');
      expect(report.entries[(p.sourceRow ?? 0) - 2].status).toBe('imported');
    }
  });

  it('is what the app loads: its compact form stands for exactly the same jumelages', () => {
    const compact = JSON.parse(files.compact) as CompactDataset;
    expect(compact.metadata).toEqual(collection.metadata);
    expect(expandDataset(compact)).toEqual(collection.features.map((feature) => feature.properties));
  });

  it('places right what it imports of the hand-checked sample (data/jumelages-sample.json)', () => {
    const sample = JSON.parse(readFileSync('data/jumelages-sample.json', 'utf8')) as SampleFile;
    const figures = measureQuality(collection.features.map((feature) => feature.properties as Jumelage), sampleEntries(sample));
    expect(figures.checked).toBe(sampleEntries(sample).filter((entry) => !('unsure' in entry)).length);
    // The goal for what is imported: at least 97 % right (the lines imported wrongly are
    // listed by npm run real-data -- --check: homonyms chosen wrongly, as a rule).
    expect((figures.imported - figures.wrong.length) / figures.imported).toBeGreaterThanOrEqual(0.97);
    // What is not found is a place the gazetteers lack (GeoNames cities500): a village, a district,
    // a municipality made since.
    expect(figures.right / figures.checked).toBeGreaterThanOrEqual(0.92);
  });

  it('is rebuilt byte for byte from the source and the gazetteers', { timeout: 60_000 }, async () => {
    const rebuilt = serializeBuild(await buildTwinnings(readFileSync(SOURCE, 'utf8'), diskGazetteerSource('public/geo')));
    const hash = (value: string) => createHash('sha256').update(value).digest('hex');
    expect(hash(rebuilt.geojson)).toBe(hash(files.geojson));
    expect(hash(rebuilt.compact)).toBe(hash(files.compact));
    expect(hash(rebuilt.report)).toBe(hash(files.report));
  });
});
