/** The committed demo dataset (public/data/cooperations.geojson) against the issue and the ACTER figures. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COOPERATION_FIELDS } from '../src/data/cooperation-fields';
import { expandDataset, type CompactDataset } from '../src/data/compact-dataset';
import { COLLECTIVITY_KINDS, NATURES, type CooperationCollection } from '../src/domain/cooperation';
import type { CountryRecord } from '../src/domain/gazetteer';
import { isThemeId } from '../src/domain/themes';
import { isTypologyId, TYPOLOGY_IDS } from '../src/domain/typology';
import { diskGazetteerSource } from '../src/data/gazetteer-source';
import { DEFAULT_SEED, STUDY_TARGETS } from '../src/data/demo/calibration';
import { generateDemoData, loadDemoGazetteer, serializeCollection } from '../src/data/demo/generate';
import { calibrationStats } from '../src/data/demo/stats';

const FILE = 'public/data/cooperations.geojson';
const text = readFileSync(FILE, 'utf8');
const collection = JSON.parse(text) as CooperationCollection;
const countries = JSON.parse(readFileSync('public/geo/countries.json', 'utf8')) as CountryRecord[];
const continentOf = new Map(countries.map((country) => [country.iso2, country.continent]));
const stats = calibrationStats(collection, (iso2) => continentOf.get(iso2));
const cooperations = collection.features.map((feature) => feature.properties);

describe('the committed demo dataset', () => {
  it('is national-scale and says it is fictitious', () => {
    expect(stats.collectivities).toBeGreaterThanOrEqual(3_000);
    expect(stats.cooperations).toBeGreaterThanOrEqual(10_000);
    expect(collection.metadata?.fictitious).toBe(true);
    expect(collection.metadata?.note).toMatch(/fictives/);
  });

  it('is what the app loads: its compact form stands for exactly the same cooperations', () => {
    const compact = JSON.parse(readFileSync('public/data/cooperations.compact.json', 'utf8')) as CompactDataset;
    expect(compact.metadata).toEqual(collection.metadata);
    expect(expandDataset(compact)).toEqual(cooperations);
  });

  it('holds only valid features', { timeout: 30_000 }, () => {
    const ids = new Set<string>();
    for (const { type, geometry, properties: c } of collection.features) {
      expect(type).toBe('Feature');
      expect(geometry.type).toBe('LineString');
      expect(geometry.coordinates).toHaveLength(2);
      expect(geometry.coordinates.flat().every(Number.isFinite)).toBe(true);
      expect(Object.keys(c)).toEqual(COOPERATION_FIELDS);
      expect(COLLECTIVITY_KINDS).toContain(c.ctKind);
      expect(NATURES).toContain(c.nature);
      expect(c.themes.length).toBeGreaterThan(0);
      expect(c.themes.every(isThemeId)).toBe(true);
      expect(isTypologyId(c.typology ?? '')).toBe(true);
      expect(continentOf.has(c.partnerCountry)).toBe(true);
      ids.add(c.id);
    }
    expect(ids.size).toBe(cooperations.length);
  });

  /** A figure within this distance of the study's. */
  const near = (value: number, target: number, tolerance: number) => {
    expect(value).toBeGreaterThanOrEqual(target - tolerance);
    expect(value).toBeLessThanOrEqual(target + tolerance);
  };

  it('is calibrated on the study: 73.4 % of decentralised cooperations with Africa, in the order of its top five countries', () => {
    near(stats.africaShareOfDecentralised, STUDY_TARGETS.africaShareOfDecentralised, 0.04);
    expect(stats.topAfricanCountries.map((country) => country.key)).toEqual(STUDY_TARGETS.topAfricanCountries);
    expect(stats.countries).toBeGreaterThanOrEqual(100);
  });

  it('draws twinnings mostly in Europe, as real French twinnings are', () => {
    expect(stats.europeShareOfTwinnings).toBeGreaterThan(0.6);
    expect(stats.africaShare).toBeLessThan(stats.africaShareOfDecentralised);
  });

  it('has 46 % of collectivities active for more than 20 years, and 18 % of budgets between 250 and 500 k€', () => {
    near(stats.activeOver20YearsShare, STUDY_TARGETS.activeOver20YearsShare, 0.06);
    near(stats.budget.from250kTo500kShare, STUDY_TARGETS.budget250kTo500kShare, 0.04);
    near(stats.budget.medianEur, STUDY_TARGETS.medianAectBudgetEur, 15_000);
    near(stats.budget.meanEur, STUDY_TARGETS.meanAectBudgetEur, 40_000);
    near(stats.budget.below10kShare, STUDY_TARGETS.budgetBelow10kShare, 0.05);
  });

  it('has the study\'s shares of development aid, culture and emergency aid (68 %, 60 %, 42 %)', () => {
    for (const group of stats.themeGroups) near(group.share, group.target, 0.05);
  });

  it('has no cooperation twice (same collectivity, place and nature, overlapping years)', () => {
    expect(stats.duplicates).toBe(0);
  });

  it('starts no cooperation before its collectivity or its partner unit could exist', () => {
    const epciNature = new Map(
      (JSON.parse(readFileSync('public/geo/fr/collectivities.json', 'utf8')) as { epci: [string, string, string][] }).epci.map(
        ([siren, , nature]) => [siren, nature],
      ),
    );
    const firstYear = (c: (typeof cooperations)[number]) =>
      c.ctKind === 'region' ? 1982 : c.ctKind === 'epci' ? ({ CC: 1992, CA: 1999 } as Record<string, number>)[epciNature.get(c.ctCode)!] ?? 1966 : 0;
    expect(cooperations.filter((c) => (c.startYear ?? 0) < firstYear(c)).map((c) => c.id)).toEqual([]);
    // Morocco's régions date from 2015; Viet Nam's and Burkina Faso's current units from 2025, after the demo's year.
    expect(cooperations.filter((c) => c.partnerCountry === 'MA' && c.partnerPrecision === 'region' && (c.startYear ?? 0) < 2015)).toEqual([]);
    expect(cooperations.filter((c) => ['VN', 'BF'].includes(c.partnerCountry) && c.partnerPrecision === 'region')).toEqual([]);
  });

  it('sends no emergency aid to Germany, Japan or other high-income partners', () => {
    const rich = ['DE', 'JP', 'US', 'GB', 'IT', 'CH', 'CA', 'KR'];
    expect(cooperations.filter((c) => c.nature === 'aide-urgence' && rich.includes(c.partnerCountry))).toEqual([]);
  });

  it('gives no commune a budget above 20 € per inhabitant', () => {
    expect(stats.maxCommuneEurPerInhabitant).toBeLessThanOrEqual(20);
  });

  it('has about 3 cooperations per collectivity, more for larger ones', () => {
    const mean = stats.cooperations / stats.collectivities;
    expect(mean).toBeGreaterThanOrEqual(2.5);
    expect(mean).toBeLessThanOrEqual(3.5);
    const means = stats.perSizeBand.map((band) => band.meanCooperations);
    expect(means.length).toBeGreaterThanOrEqual(5);
    means.slice(1).forEach((value, i) => expect(value).toBeGreaterThan(means[i]));
  });

  it('draws collectivities of every kind into all five typology models', () => {
    expect(stats.perKind.map((kind) => kind.key)).toEqual(['commune', 'epci', 'departement', 'region']);
    expect(stats.typologyOfCollectivities.map((model) => model.key)).toEqual([...TYPOLOGY_IDS]);
    expect(stats.frenchRegions).toBe(18);
  });

  it('is regenerated byte for byte from the gazetteers and the default seed', { timeout: 60_000 }, async () => {
    const gazetteer = await loadDemoGazetteer(diskGazetteerSource('public/geo'));
    const regenerated = serializeCollection(generateDemoData(gazetteer, DEFAULT_SEED));
    const hash = (value: string) => createHash('sha256').update(value).digest('hex');
    expect(hash(regenerated)).toBe(hash(text));
  });
});
