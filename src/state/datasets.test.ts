import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SiteDescription } from '../domain/site';
import { datasetToOpen, DEMO_ID, JUMELAGES_ID } from './datasets';

/** What every build ships: the real jumelages first, then the demo. */
const app: SiteDescription = JSON.parse(readFileSync(new URL('../../public/site.json', import.meta.url), 'utf8'));
const published: SiteDescription = {
  title: 'Réseau X',
  datasets: [{ id: 'reseau-x', url: 'data/reseau-x.compact.json' }, app.datasets[1]],
  default: 'reseau-x',
  publication: { dataset: 'reseau-x', publishedAt: '2026-12-02', source: 'x.csv', rows: 3, imported: 2, rejected: 1 },
};

describe('datasetToOpen', () => {
  it('is given by a build the real jumelages first, then the demo', () => {
    expect(app.datasets.map((dataset) => dataset.id)).toEqual([JUMELAGES_ID, DEMO_ID]);
    expect(app.default).toBe(JUMELAGES_ID);
    expect(app.publication).toBeUndefined();
  });

  it('opens the dataset the address names, whatever this browser showed last', () => {
    expect(datasetToOpen('?data=demo&country=BF', 'abc123', app)).toBe(DEMO_ID);
    expect(datasetToOpen('?data=jumelages', null, app)).toBe(JUMELAGES_ID);
    expect(datasetToOpen('?data=abc123', null, app)).toBe('abc123');
  });

  it('opens the real jumelages on a first visit', () => {
    expect(datasetToOpen('', null, app)).toBe(JUMELAGES_ID);
  });

  it('opens again on a bare address the dataset this browser showed last', () => {
    expect(datasetToOpen('', DEMO_ID, app)).toBe(DEMO_ID);
    expect(datasetToOpen('', 'abc123', app)).toBe('abc123');
  });

  it('keeps the old meaning of a link without data=: the dataset imported in this browser, else the demo', () => {
    expect(datasetToOpen('?ct=35238', 'abc123', app)).toBe('abc123');
    expect(datasetToOpen('?ct=35238', null, app)).toBe(DEMO_ID);
    expect(datasetToOpen('?ct=35238', JUMELAGES_ID, app)).toBe(DEMO_ID);
  });

  it('opens a published atlas on its own data, whatever this browser remembers of another coopatlas', () => {
    expect(datasetToOpen('', 'abc123', published)).toBe('reseau-x');
    expect(datasetToOpen('', DEMO_ID, published)).toBe('reseau-x');
    expect(datasetToOpen('?ct=35238', 'abc123', published)).toBe('reseau-x');
    expect(datasetToOpen('?data=demo', null, published)).toBe(DEMO_ID);
  });

  it('opens the default a site names', () => {
    expect(datasetToOpen('', null, { ...app, default: DEMO_ID })).toBe(DEMO_ID);
  });
});
