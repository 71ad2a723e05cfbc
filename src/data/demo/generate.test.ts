import { describe, expect, it } from 'vitest';
import { COOPERATION_FIELDS } from '../cooperation-fields';
import { NATURES, type Cooperation } from '../../domain/cooperation';
import type {
  CommuneRow,
  ContinentId,
  CountryPlaces,
  CountryRecord,
  DepartementRow,
  EpciRow,
  FrenchGazetteer,
  RegionRow,
} from '../../domain/gazetteer';
import { isThemeId } from '../../domain/themes';
import { isTypologyId } from '../../domain/typology';
import { AS_OF_YEAR } from './calibration';
import { generateDemoData, serializeCollection, type DemoGazetteer } from './generate';
import { MODEL_PROFILES } from './models';

/** A tiny hand-made gazetteer: three régions, four départements, six EPCI, sixty communes of all sizes. */
function tinyGazetteer(): DemoGazetteer {
  const regions: RegionRow[] = [
    ['53', 'Bretagne', 3_449_370, -1.67429, 48.11198, '35238'],
    ['32', 'Hauts-de-France', 5_992_194, 3.05858, 50.63297, '59350'],
    ['04', 'La Réunion', 889_679, 55.4504, -20.88231, '97411'],
  ];
  const departements: DepartementRow[] = [
    ['35', 'Ille-et-Vilaine', '53', 1_100_000, -1.67429, 48.11198, '35238'],
    ['29', 'Finistère', '53', 915_000, -4.1, 48.0, '29232'],
    ['59', 'Nord', '32', 2_600_000, 3.05858, 50.63297, '59350'],
    ['974', 'La Réunion', '04', 889_679, 55.4504, -20.88231, '97411'],
  ];
  const epciPopulations = [20_000, 45_000, 80_000, 150_000, 300_000, 600_000];
  const epci: EpciRow[] = epciPopulations.map((population, i) => [
    `2000000${i}0`,
    `CA numéro ${i}`,
    'CA',
    population,
    -1 + i / 10,
    48 + i / 10,
  ]);
  const communePopulations = [300, 800, 1_500, 3_000, 6_000, 12_000, 25_000, 60_000, 150_000, 700_000];
  const communes: CommuneRow[] = Array.from({ length: 60 }, (_, i) => {
    const departement = departements[i % departements.length][0];
    return [
      `${departement.slice(0, 2)}${String(100 + i).padStart(3, '0')}`,
      i % 7 === 0 ? `Le Bourg ${i}` : `Commune ${i}`,
      departement,
      epci[i % epci.length][0],
      communePopulations[i % communePopulations.length],
      2 + i / 100,
      47 + i / 100,
      i % 5 === 0 ? 1 : 0,
    ];
  });
  const country = (iso2: string, nameFr: string, continent: ContinentId, lon: number, lat: number): CountryRecord => ({
    iso2,
    iso3: `${iso2}X`,
    numeric: '000',
    nameFr,
    nameEn: nameFr,
    aliases: [],
    continent,
    lon,
    lat,
  });
  const countries = [
    country('MA', 'Maroc', 'afrique', -6.83, 34.02),
    country('SN', 'Sénégal', 'afrique', -17.44, 14.69),
    country('BF', 'Burkina Faso', 'afrique', -1.53, 12.37),
    country('MG', 'Madagascar', 'afrique', 47.52, -18.91),
    country('KM', 'Comores', 'afrique', 43.26, -11.7),
    country('DE', 'Allemagne', 'europe', 13.41, 52.52),
    country('VN', 'Vietnam', 'asie', 105.84, 21.02),
    country('HT', 'Haïti', 'amerique-latine-caraibes', -72.34, 18.54),
  ];
  const places = (iso2: string, lon: number, lat: number): CountryPlaces => ({
    version: 1,
    iso2,
    admin1: [
      [`${iso2}.01`, `Première Region`, [], lon, lat],
      [`${iso2}.02`, `Seconde`, [], lon + 1, lat + 1],
    ],
    cities: [
      [1, `${iso2} Capitale`, [], `${iso2}.01`, 1_000_000, lon, lat],
      [2, `${iso2} Ville`, [], `${iso2}.01`, 100_000, lon + 0.5, lat],
      [3, `Les ${iso2} Village`, [], `${iso2}.02`, 2_000, lon + 1, lat + 1],
    ],
  });
  const french: FrenchGazetteer = { version: 1, source: 'test', communes, epci, departements, regions };
  return {
    french,
    countries,
    places: new Map([
      ['MA', places('MA', -6.83, 34.02)],
      ['SN', places('SN', -17.44, 14.69)],
      ['DE', places('DE', 13.41, 52.52)],
    ]),
  };
}

describe('generateDemoData on a tiny gazetteer', () => {
  const gazetteer = tinyGazetteer();
  const collection = generateDemoData(gazetteer, 42);
  const cooperations = collection.features.map((feature) => feature.properties);

  it('is deterministic: same seed, same bytes; another seed, other data', () => {
    expect(serializeCollection(generateDemoData(gazetteer, 42))).toBe(serializeCollection(collection));
    expect(serializeCollection(generateDemoData(gazetteer, 43))).not.toBe(serializeCollection(collection));
  });

  it('declares itself fictitious', () => {
    expect(collection.metadata?.fictitious).toBe(true);
    expect(collection.metadata?.note).toMatch(/^Données fictives de démonstration/);
  });

  it('writes every field of a cooperation, in a fixed order, with stable sequential ids', () => {
    expect(cooperations.length).toBeGreaterThan(50);
    cooperations.forEach((cooperation, i) => {
      expect(Object.keys(cooperation)).toEqual(COOPERATION_FIELDS);
      expect(cooperation.id).toBe(`demo-${String(i + 1).padStart(6, '0')}`);
      expect(cooperation.typologySource).toBe('manual');
      expect(cooperation.sourceRow).toBeNull();
    });
  });

  it('draws lines from a real collectivity of the gazetteer to a real partner place', () => {
    const communes = new Map(gazetteer.french.communes.map((row) => [row[0], row]));
    for (const { geometry, properties: c } of collection.features) {
      expect(geometry.coordinates).toEqual([
        [c.ctLon, c.ctLat],
        [c.partnerLon, c.partnerLat],
      ]);
      if (c.ctKind === 'commune') {
        const row = communes.get(c.ctCode)!;
        expect([c.ctName, c.ctDepartement, c.ctPopulation, c.ctApproximate]).toEqual([row[1], row[2], row[4], row[7] === 1]);
      }
      const country = gazetteer.countries.find((record) => record.iso2 === c.partnerCountry)!;
      const places = gazetteer.places.get(c.partnerCountry);
      if (c.partnerPrecision === 'pays') expect([c.partnerName, c.partnerLon]).toEqual([country.nameFr, country.lon]);
      if (c.partnerPrecision === 'commune') expect(places?.cities.map((row) => row[1])).toContain(c.partnerName);
      if (c.partnerPrecision === 'region') expect(places?.admin1.map((row) => row[1])).toContain(c.partnerName);
    }
  });

  it('keeps themes, natures and years within the vocabularies and the calendar', () => {
    for (const c of cooperations) {
      expect(c.themes.length).toBeGreaterThanOrEqual(1);
      expect(c.themes.length).toBeLessThanOrEqual(4);
      expect(new Set(c.themes).size).toBe(c.themes.length);
      expect(c.themes.every(isThemeId)).toBe(true);
      expect(NATURES).toContain(c.nature);
      expect(c.startYear).toBeGreaterThanOrEqual(1960);
      expect(c.startYear).toBeLessThanOrEqual(AS_OF_YEAR);
      if (c.endYear !== null) expect(c.endYear).toBeGreaterThanOrEqual(c.startYear!);
      if (c.endYear !== null) expect(c.endYear).toBeLessThanOrEqual(AS_OF_YEAR);
      if (c.nature === 'aide-urgence') expect(c.themes).toContain('urgence-humanitaire');
      if (c.nature === 'projet-europeen') expect(c.fundings).toContain('UE');
      if (c.fundings.includes("agence de l'eau")) expect(c.themes).toContain('eau-assainissement');
      expect(c.description).toMatch(/\.$/);
    }
  });

  it('gives each collectivity one profile that fits its typology model', () => {
    const byCollectivity = new Map<string, Cooperation[]>();
    for (const c of cooperations) {
      const key = `${c.ctKind}:${c.ctCode}`;
      byCollectivity.set(key, [...(byCollectivity.get(key) ?? []), c]);
    }
    for (const group of byCollectivity.values()) {
      const [first] = group;
      const profile = (c: Cooperation) => [c.typology, c.riService, c.europeService, c.aectBudgetEur, c.motivation];
      for (const c of group) expect(profile(c)).toEqual(profile(first));
      expect(isTypologyId(first.typology!)).toBe(true);
      const population = first.ctPopulation!;
      if (first.typology === 'astre') expect(first.ctKind === 'region' || first.ctKind === 'departement' || population >= 100_000).toBe(true);
      if (first.typology === 'climapart') expect(first.ctKind === 'region' || first.ctKind === 'departement' || population >= 50_000).toBe(true);
      if (first.typology === 'humanis' || first.typology === 'cosmin') expect(first.ctKind).toBe('commune');
      if (first.riService) expect(population).toBeGreaterThanOrEqual(10_000);
      if (first.europeService) expect(first.riService !== false && population >= 100_000).toBe(true);
      if (first.motivation !== null) expect(Object.keys(MODEL_PROFILES[first.typology!].motivations)).toContain(first.motivation);
      const budget = first.aectBudgetEur;
      if (budget !== null) {
        const { minEur, maxEur } = MODEL_PROFILES[first.typology!].budget;
        expect(budget).toBeGreaterThanOrEqual(minEur);
        expect(budget).toBeLessThanOrEqual(maxEur);
        const spent = group.reduce((sum, c) => sum + (c.annualBudgetEur ?? 0), 0);
        expect(spent).toBeLessThanOrEqual(budget);
      } else {
        for (const c of group) expect(c.annualBudgetEur).toBeNull();
      }
    }
  });

  it('draws communes, EPCI, départements and régions', () => {
    const kinds = new Set(cooperations.map((c) => c.ctKind));
    expect([...kinds].sort()).toEqual(['commune', 'departement', 'epci', 'region']);
  });
});
