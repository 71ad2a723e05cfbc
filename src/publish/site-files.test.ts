import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactDataset, expandDataset, type CompactDataset } from '../data/compact-dataset';
import type { Cooperation } from '../domain/cooperation';
import { MANIFEST_FILE, type SiteDescription } from '../domain/site';
import { datasetId, publishSite, type PublishOptions, type SiteFiles } from './site-files';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value));
const readJson = <T>(files: SiteFiles, path: string): T => JSON.parse(decoder.decode(files.get(path)!)) as T;

const cooperation = (ctCode: string, partnerCountry: string, partnerName: string) =>
  ({ id: `${ctCode}-${partnerName}`, ctCode, ctName: `Commune ${ctCode}`, ctKind: 'commune', ctLon: 2, ctLat: 48, partnerCountry, partnerName, partnerPrecision: 'commune', partnerLon: -17, partnerLat: 14 }) as unknown as Cooperation;

const inventory = compactDataset([cooperation('35238', 'SN', 'Dakar'), cooperation('35238', 'BF', 'Ouagadougou'), cooperation('44109', 'SN', 'Thiès')], { title: 'inventaire' });
const demo = compactDataset([cooperation('75056', 'DE', 'Berlin')], { title: 'Démo', fictitious: true });
const jumelages = compactDataset([cooperation('69123', 'IT', 'Turin')], { title: 'Jumelages' });

/** A built app as vite writes it, with the site description every build ships. */
function appFiles(): SiteFiles {
  const site: SiteDescription = JSON.parse(readFileSync(new URL('../../public/site.json', import.meta.url), 'utf8'));
  const [jumelagesUrl, demoUrl] = site.datasets.map((dataset) => dataset.url);
  const places = ['SN', 'BF', 'DE', 'IT', 'JP'];
  return new Map<string, Uint8Array>([
    ['index.html', encoder.encode('<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>coopatlas</title></head><body></body></html>')],
    ['site.json', json(site)],
    [MANIFEST_FILE, json([])],
    ['assets/index-abc.js', encoder.encode('console.log(1)')],
    ['favicon.svg', encoder.encode('<svg/>')],
    [jumelagesUrl, json(jumelages)],
    [jumelagesUrl.replace('.compact.json', '.geojson'), json({})],
    [demoUrl, json(demo)],
    ['templates/modele-cooperations.csv', encoder.encode('collectivite_code')],
    ['geo/countries.json', json([])],
    ['geo/fr/collectivities.json', json({})],
    ['geo/basemap/world.topo.json', json({})],
    ['geo/places/index.json', json({ version: 1, countries: places.map((iso2) => ({ iso2, cities: 1, admin1: 1 })) })],
    ...places.map((iso2) => [`geo/places/${iso2}.json`, json({ iso2 })] as [string, Uint8Array]),
    ['geo/places/SN.admin1.topo.json', json({})],
    ['geo/places/JP.admin1.topo.json', json({})],
  ]);
}

const options: PublishOptions = {
  title: 'Réseau régional <Bretagne> & Cie',
  source: '/home/someone/inventaires/inventaire-2026.csv',
  publishedAt: '2026-12-02',
  report: { rows: 4, imported: 3, rejected: 1 },
};

describe('publishSite', () => {
  it('keeps the app, the gazetteers of the data’s countries and what the app starts with; no other data, no import templates', () => {
    const site = publishSite(appFiles(), inventory, options);
    const id = 'reseau-regional-bretagne-cie';
    expect([...site.keys()].sort()).toEqual(
      [
        'index.html',
        'site.json',
        'assets/index-abc.js',
        'favicon.svg',
        `data/${id}.compact.json`,
        'geo/countries.json',
        'geo/fr/collectivities.json',
        'geo/basemap/world.topo.json',
        'geo/places/index.json',
        'geo/places/SN.json',
        'geo/places/SN.admin1.topo.json',
        'geo/places/BF.json',
      ].sort(),
    );
    expect(readJson<{ countries: { iso2: string }[] }>(site, 'geo/places/index.json').countries.map((c) => c.iso2)).toEqual(['SN', 'BF']);
  });

  it('describes the site: its title, its one dataset, the date, the file’s name (never its path) and the counts', () => {
    const site = publishSite(appFiles(), inventory, options);
    expect(readJson<SiteDescription>(site, 'site.json')).toEqual({
      title: options.title,
      datasets: [{ id: 'reseau-regional-bretagne-cie', url: 'data/reseau-regional-bretagne-cie.compact.json' }],
      default: 'reseau-regional-bretagne-cie',
      publication: { dataset: 'reseau-regional-bretagne-cie', publishedAt: '2026-12-02', source: 'inventaire-2026.csv', rows: 4, imported: 3, rejected: 1 },
    });
    expect(publishSite(appFiles(), inventory, { ...options, source: 'C:\\Données\\inventaire.xlsx' }).get('site.json')).toSatisfy((bytes: Uint8Array) =>
      decoder.decode(bytes).includes('"source":"inventaire.xlsx"'),
    );
  });

  it('writes the dataset, titled, real, with the same cooperations', () => {
    const site = publishSite(appFiles(), inventory, options);
    const written = readJson<CompactDataset>(site, 'data/reseau-regional-bretagne-cie.compact.json');
    expect(written.metadata).toMatchObject({ title: options.title, fictitious: false, source: 'inventaire-2026.csv' });
    expect(expandDataset(written)).toEqual(expandDataset(inventory));
  });

  it('titles the page, its HTML escaped, and keeps the rest of it (the Content-Security-Policy)', () => {
    const page = decoder.decode(publishSite(appFiles(), inventory, options).get('index.html'));
    expect(page).toContain('<title>Réseau régional &lt;Bretagne&gt; &amp; Cie</title>');
    expect(page).toContain('http-equiv="Content-Security-Policy"');
  });

  it('keeps the app’s own datasets when asked, after the inventory, with their countries’ gazetteers', () => {
    const site = publishSite(appFiles(), inventory, { ...options, include: ['demo', 'jumelages'] });
    const description = readJson<SiteDescription>(site, 'site.json');
    expect(description.datasets.map((dataset) => dataset.id)).toEqual(['reseau-regional-bretagne-cie', 'jumelages', 'demo']);
    for (const { url } of description.datasets) expect(site.has(url)).toBe(true);
    expect(site.has('data/jumelages.geojson')).toBe(false);
    expect(['DE', 'IT', 'JP'].map((iso2) => site.has(`geo/places/${iso2}.json`))).toEqual([true, true, false]);
  });

  it('refuses a dataset the app does not have, and an app without its site description', () => {
    expect(() => publishSite(appFiles(), inventory, { ...options, include: ['autre'] })).toThrow(/inconnu.*autre/);
    const files = appFiles();
    files.delete('site.json');
    expect(() => publishSite(files, inventory, options)).toThrow(/site\.json/);
  });
});

describe('datasetId', () => {
  it('makes a kebab-case id of the title, never one already taken', () => {
    expect(datasetId('Coopérations de l’Île-de-France (2026)', [])).toBe('cooperations-de-l-ile-de-france-2026');
    expect(datasetId('Démo', ['demo'])).toBe('demo-atlas');
    expect(datasetId('???', [])).toBe('atlas');
  });
});
