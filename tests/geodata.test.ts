/**
 * Checks the files that geodata/ builds into public/geo (they are committed; this test reads only them).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  bbox,
  booleanClockwise,
  booleanPointInPolygon,
  distance,
  kinks,
  point,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  admin1Name,
  CONTINENT_IDS,
  type CountryPlaces,
  type CountryRecord,
  type FrenchGazetteer,
  type PlacesIndex,
} from '../src/domain/gazetteer.ts';
import { foldName } from '../src/domain/text.ts';
import { diskGazetteerSource } from '../src/data/gazetteer-source.ts';
import { createCountryResolver, createPartnerResolver } from '../src/data/resolve-partner.ts';
import { inFrench } from './support/in-french.ts';

const GEO = new URL('../public/geo/', import.meta.url);
const readText = (path: string) => readFileSync(new URL(path, GEO), 'utf8');
const readJson = <T>(path: string): T => JSON.parse(readText(path)) as T;

type Area = Feature<Polygon | MultiPolygon, Record<string, string>>;

function areas(path: string, object: string): Area[] {
  const topology = readJson<Topology>(path);
  const collection = feature(topology, topology.objects[object]!) as FeatureCollection;
  return collection.features as Area[];
}

const polygonsOf = (area: Area): Position[][][] =>
  area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;

/** Kilometres from a point outside an area to its nearest edge. */
function kmOutside(position: Position, area: Area): number {
  if (booleanPointInPolygon(position, area)) return 0;
  const lines = polygonToLine(area) as Feature<LineString | MultiLineString> | FeatureCollection<LineString | MultiLineString>;
  const edges = 'features' in lines ? lines.features : [lines];
  return Math.min(
    ...edges.flatMap((edge) =>
      edge.geometry.type === 'LineString'
        ? [edge.geometry.coordinates]
        : edge.geometry.coordinates,
    ).map((ring) => pointToLineDistance(position, { type: 'LineString', coordinates: ring }, { units: 'kilometers' })),
  );
}

function expectValidPolygons(list: Area[]) {
  for (const area of list) {
    const where = JSON.stringify(area.properties);
    expect(['Polygon', 'MultiPolygon'], where).toContain(area.geometry.type);
    for (const rings of polygonsOf(area)) {
      rings.forEach((ring, index) => {
        expect(ring.length, where).toBeGreaterThanOrEqual(4);
        expect(ring.at(-1), where).toEqual(ring[0]);
        // RFC 7946: exterior rings counter-clockwise, holes clockwise.
        expect(booleanClockwise(ring), `${where} ring ${index}`).toBe(index > 0);
      });
    }
    expect(kinks(area).features, where).toEqual([]);
  }
}

const gzipKb = (path: string) => gzipSync(readText(path), { level: 9 }).length / 1024;

/** The 193 member states of the United Nations. */
const UN_MEMBERS = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
  CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN
  GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU
  MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM
  ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU
  VE VN YE ZM ZW`.split(/\s+/);

describe('countries.json', () => {
  const countries = readJson<CountryRecord[]>('countries.json');

  it('lists ISO 3166-1 countries sorted by iso2, with codes, names, continent and a point', () => {
    expect(countries.map((c) => c.iso2)).toEqual(countries.map((c) => c.iso2).sort());
    expect(countries.length).toBeGreaterThanOrEqual(249);
    for (const c of countries) {
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(CONTINENT_IDS).toContain(c.continent);
      expect(c.nameFr.length * c.nameEn.length).toBeGreaterThan(0);
      expect(Math.abs(c.lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(c.lat)).toBeLessThanOrEqual(90);
    }
  });

  it('covers every UN member', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    const codes = new Set(countries.map((c) => c.iso2));
    expect(UN_MEMBERS.filter((iso2) => !codes.has(iso2))).toEqual([]);
  });

  it("spells Côte d'Ivoire as the French administration does", () => {
    const ivory = countries.find((c) => c.iso2 === 'CI')!;
    expect(ivory.nameFr).toBe("Côte d'Ivoire");
    expect(countries.find((c) => c.iso2 === 'IE')!.aliases).toContain('Republic of Ireland');
  });

  it('knows the names people write and the continents of French external action', () => {
    const byCode = new Map(countries.map((c) => [c.iso2, c]));
    const names = (iso2: string) => [byCode.get(iso2)!.nameFr, byCode.get(iso2)!.nameEn, ...byCode.get(iso2)!.aliases];
    expect(names('GB')).toEqual(expect.arrayContaining(['Royaume-Uni', 'UK', 'Great Britain']));
    expect(names('CD')).toEqual(expect.arrayContaining(['RDC', 'Congo-Kinshasa']));
    expect(names('PS')).toEqual(expect.arrayContaining(['Palestine', 'Territoires palestiniens']));
    expect(names('CI')).toEqual(expect.arrayContaining(['Ivory Coast']));
    expect(byCode.get('MX')!.continent).toBe('amerique-latine-caraibes');
    expect(byCode.get('HT')!.continent).toBe('amerique-latine-caraibes');
    expect(byCode.get('LB')!.continent).toBe('asie');
    expect(byCode.get('CA')!.continent).toBe('amerique-nord');
    expect(byCode.get('SN')!.continent).toBe('afrique');
  });
});

describe('basemap/france.topo.json', () => {
  const departements = areas('basemap/france.topo.json', 'departements');
  const regions = areas('basemap/france.topo.json', 'regions');

  it('has 101 départements and 18 régions with their INSEE codes', () => {
    expect(departements).toHaveLength(101);
    expect(regions).toHaveLength(18);
    const codes = departements.map((d) => d.properties.code);
    expect(codes).toEqual(expect.arrayContaining(['01', '2A', '2B', '95', '971', '972', '973', '974', '976']));
    expect(new Set(departements.map((d) => d.properties.region))).toEqual(new Set(regions.map((r) => r.properties.code)));
  });

  it('draws valid polygons: closed rings, RFC 7946 winding, no self-intersection', () => {
    expectValidPolygons(departements);
    expectValidPolygons(regions);
  });

  it('stays small', () => {
    expect(gzipKb('basemap/france.topo.json')).toBeLessThan(250);
  });
});

describe('basemap/world.topo.json', () => {
  const countries = areas('basemap/world.topo.json', 'countries');
  const byCode = new Map(countries.map((c) => [c.properties.iso2, c]));

  it('names each country by ISO code and French name', () => {
    // Tuvalu's atolls are too small for world-atlas 50m.
    for (const iso2 of UN_MEMBERS.filter((code) => code !== 'TV')) {
      expect(byCode.get(iso2)?.properties.nameFr, iso2).toBeTruthy();
    }
    for (const iso2 of ['EH', 'PS', 'XK']) expect(byCode.has(iso2), iso2).toBe(true);
  });

  it('draws Crimea in Ukraine', () => {
    const simferopol = [34.1, 44.95];
    expect(booleanPointInPolygon(simferopol, byCode.get('UA')!)).toBe(true);
    expect(booleanPointInPolygon(simferopol, byCode.get('RU')!)).toBe(false);
  });

  it('has no edge across the antimeridian where a Web Mercator map shows it', () => {
    const crossings: string[] = [];
    for (const country of countries) {
      for (const ring of polygonsOf(country).flat()) {
        ring.forEach((position, i) => {
          const previous = ring[i - 1];
          if (!previous || Math.abs(position[0]! - previous[0]!) <= 180) return;
          if (Math.abs(position[1]!) < 85 || Math.abs(previous[1]!) < 85) crossings.push(country.properties.iso2!);
        });
      }
    }
    expect(crossings).toEqual([]);
  });

  it('has closed, correctly wound rings', () => {
    for (const country of countries) {
      for (const rings of polygonsOf(country)) {
        rings.forEach((ring, index) => {
          expect(ring.at(-1)).toEqual(ring[0]);
          expect(booleanClockwise(ring), country.properties.iso2).toBe(index > 0);
        });
      }
    }
  });

  it('keeps what the page loads first under 500 KB gzipped', () => {
    expect(gzipKb('basemap/world.topo.json')).toBeLessThan(250);
    expect(gzipKb('basemap/world.topo.json') + gzipKb('basemap/france.topo.json')).toBeLessThan(500);
  });
});

describe('fr/collectivities.json', () => {
  const gazetteer = readJson<FrenchGazetteer>('fr/collectivities.json');
  const communes = new Map(gazetteer.communes.map((c) => [c[0], c]));

  it('lists the current communes, EPCI, départements and régions', () => {
    expect(gazetteer.version).toBe(1);
    expect(gazetteer.communes.length).toBeGreaterThan(34_000);
    expect(gazetteer.epci.length).toBeGreaterThan(1_200);
    expect(gazetteer.departements).toHaveLength(101);
    expect(gazetteer.regions).toHaveLength(18);
    expect(communes.get('75056')?.[1]).toBe('Paris');
    const epci = new Set(gazetteer.epci.map((e) => e[0]));
    const invalid = gazetteer.communes.filter(([code, name, departement, siren, population, lon, lat, approximate]) =>
      !/^(\d{5}|2[AB]\d{3})$/.test(code) ||
      name === '' ||
      !code.startsWith(departement.slice(0, 2)) ||
      (siren !== null && !epci.has(siren)) ||
      !Number.isInteger(population) ||
      !Number.isFinite(lon) || !Number.isFinite(lat) ||
      (approximate !== 0 && approximate !== 1));
    expect(invalid).toEqual([]);
    for (const e of gazetteer.epci) expect(['CC', 'CA', 'CU', 'METRO', 'MET69']).toContain(e[2]);
    for (const d of gazetteer.departements) expect(communes.has(d[6])).toBe(true);
    for (const r of gazetteer.regions) expect(communes.has(r[5])).toBe(true);
  });

  it('keeps the former communes, arrondissements and old codes, each pointing to a current commune', () => {
    const former = new Map((gazetteer.formerCommunes ?? []).map((row) => [row[0], row]));
    expect(former.size).toBeGreaterThan(2_000);
    expect(former.get('74011')).toEqual(['74011', 'Annecy-le-Vieux', '74', '74010', 'deleguee']);
    expect(former.get('75101')).toEqual(['75101', 'Paris 1er Arrondissement', '75', '75056', 'arrondissement']);
    expect(new Map(gazetteer.oldCodes).get('91182')).toBe('91228');
    const dangling = [...(gazetteer.formerCommunes ?? []).map((row) => row[3]), ...(gazetteer.oldCodes ?? []).map((row) => row[1])]
      .filter((code) => !communes.has(code));
    expect(dangling).toEqual([]);
    expect((gazetteer.oldCodes ?? []).filter(([old]) => communes.has(old))).toEqual([]);
  });

  it('locates nearly every commune of more than 10,000 and 1,000 inhabitants', () => {
    const share = (min: number) => {
      const above = gazetteer.communes.filter((c) => c[4] >= min);
      return above.filter((c) => c[7] === 0).length / above.length;
    };
    expect(share(10_000)).toBeGreaterThan(0.98);
    expect(share(1_000)).toBeGreaterThan(0.94);
  });

  it('falls back, rather than ship them, on source points far from their EPCI (hand-checked cases of the audit)', () => {
    // Sainte-Marie-de-Gosse drawn in the Pyrénées-Atlantiques, Le Pin near Saint-Nazaire, and three
    // others placed at a homonym: each is now approximate, near its EPCI.
    for (const code of ['40271', '44124', '38363', '23257', '71588']) expect(communes.get(code)?.[7], code).toBe(1);
    const km = (code: string, [lon, lat]: Position) => distance(point([communes.get(code)![5], communes.get(code)![6]]), point([lon, lat]), { units: 'kilometers' });
    expect(km('40271', [-1.23, 43.55])).toBeLessThan(20); // Sainte-Marie-de-Gosse, by the Adour
    expect(km('44124', [-1.15, 47.59])).toBeLessThan(25); // Le Pin, near Châteaubriant-Ancenis
  });

  it('places island communes on their island (hand-checked points, about 1 km)', () => {
    const islands: [string, Position][] = [
      ['85113', [-2.3494, 46.7252]], // L'Île-d'Yeu
      ['29083', [-4.8506, 48.0383]], // Île-de-Sein
      ['22016', [-3.0036, 48.8469]], // Île-de-Bréhat
      ['97131', [-61.5833, 15.8667]], // Terre-de-Haut
    ];
    for (const [code, [lon, lat]] of islands) {
      const [, name, , , , x, y, approximate] = communes.get(code)!;
      expect(distance(point([x, y]), point([lon, lat]), { units: 'kilometers' }), name).toBeLessThan(2);
      expect(approximate).toBe(0);
    }
  });

  it('puts every commune inside, or within 10 km of, its département', () => {
    const departements = new Map(
      areas('basemap/france.topo.json', 'departements').map((d) => [d.properties.code, { area: d, box: bbox(d) }]),
    );
    const margin = 0.15; // degrees, a little more than 10 km
    const far: string[] = [];
    for (const [code, , departement, , , lon, lat] of gazetteer.communes) {
      const { area, box } = departements.get(departement)!;
      const near = lon > box[0] - margin && lon < box[2] + margin && lat > box[1] - margin && lat < box[3] + margin;
      if (!near || kmOutside([lon, lat], area) > 10) far.push(code);
    }
    expect(far).toEqual([]);
  });
});

/**
 * Admin-1 units of the priority partner countries: the GeoNames list, plus geodata/src/admin1-current.mjs
 * (BF: 17 current and 13 former régions; ML, CI, LB) and geodata/src/provinces.mjs (BF: 45 province rows,
 * Kadiogo and Sourou being their région's, and 3 former province names).
 */
/** Seats on land that world-atlas 50m does not draw (Melilla, 12 km²). */
const SEATS_NOT_DRAWN = new Set(['ES.ML']);

const PRIORITY_ADMIN1: Record<string, number> = {
  MA: 12, SN: 14, BF: 78, ML: 20, MG: 23, TN: 24, BJ: 12, CM: 10, NE: 8, MR: 15, TG: 5, CI: 45,
  HT: 10, LB: 9, PS: 2, VN: 34, AM: 11, UA: 27, DE: 16, IT: 20, PL: 16, GB: 4, ES: 19, PT: 20,
};

describe('places', () => {
  const index = readJson<PlacesIndex>('places/index.json');
  const world = new Map(areas('basemap/world.topo.json', 'countries').map((c) => [c.properties.iso2, c]));

  it('indexes one file per country, France excepted', () => {
    expect(index.version).toBe(1);
    expect(index.countries.find((c) => c.iso2 === 'FR')).toBeUndefined();
    expect(index.countries.length).toBeGreaterThan(200);
  });

  it.each(Object.entries(PRIORITY_ADMIN1))('%s has all its admin-1 units, each with a seat in the country', (iso2, count) => {
    const places = readJson<CountryPlaces>(`places/${iso2}.json`);
    expect(places.iso2).toBe(iso2);
    expect(places.admin1).toHaveLength(count);
    expect(index.countries.find((c) => c.iso2 === iso2)).toEqual({ iso2, cities: places.cities.length, admin1: count });
    // Morocco's southern regions have their seats in Western Sahara, which Natural Earth draws apart.
    const drawn = [world.get(iso2)!, ...(iso2 === 'MA' ? [world.get('EH')!] : [])];
    for (const [code, name, , lon, lat] of places.admin1) {
      expect(code.startsWith(`${iso2}.`), code).toBe(true);
      expect(name.length).toBeGreaterThan(0);
      if (SEATS_NOT_DRAWN.has(code)) continue;
      expect(Math.min(...drawn.map((area) => kmOutside([lon, lat], area))), `${code} ${name}`).toBeLessThan(25);
    }
    const populations = places.cities.map((c) => c[4]);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    const units = new Set(places.admin1.map((a) => a[0]));
    for (const city of places.cities) if (city[3] !== '') expect(units.has(city[3])).toBe(true);
  });

  it('names admin-1 units in French and English after Natural Earth, by GeoNames code or else by a unique name', () => {
    const nameOf = (iso2: string, code: string) => {
      const places = readJson<CountryPlaces>(`places/${iso2}.json`);
      const row = places.admin1.find((unit) => unit[0] === code)!;
      return { geonames: row[1], fr: admin1Name(places, row, 'fr'), en: admin1Name(places, row, 'en') };
    };
    expect(nameOf('SN', 'SN.03')).toEqual({ geonames: 'Diourbel Region', fr: 'Diourbel', en: 'Diourbel' });
    expect(nameOf('SN', 'SN.07')).toEqual({ geonames: 'Thies', fr: 'Thiès', en: 'Thiès' });
    expect(nameOf('DE', 'DE.02')).toEqual({ geonames: 'Bavaria', fr: 'Bavière', en: 'Bavaria' });
    // The Emirates' NE codes are not all current: Dubai is matched by its name.
    expect(nameOf('AE', 'AE.03')).toMatchObject({ fr: 'Dubaï', en: 'Dubai' });
    // Morocco's NE units are the 16 regions before 2015: none matches, GeoNames' names stay.
    expect(readJson<CountryPlaces>('places/MA.json').admin1Names).toBeUndefined();
    for (const { iso2 } of index.countries) {
      const places = readJson<CountryPlaces>(`places/${iso2}.json`);
      const rows = new Map(places.admin1.map((row) => [row[0], row]));
      for (const [code, names] of Object.entries(places.admin1Names ?? {})) {
        expect(rows.has(code), code).toBe(true);
        expect(Object.values(names), code).not.toContain(rows.get(code)![1]);
      }
    }
  });

  it('places the second-level units the twinnings name at their seat, with a note, and only those', () => {
    const denmark = readJson<CountryPlaces>('places/DK.json');
    const gladsaxe = denmark.cities.find((c) => c[1] === 'Gladsaxe');
    expect(gladsaxe?.[2]).toEqual(['Gladsaxe Municipality']);
    expect(gladsaxe?.[7]).toMatch(/^unité de second niveau \(GeoNames DK\.17\.159, Gladsaxe Municipality\), placée à son chef-lieu /);
    expect(distance([gladsaxe![5], gladsaxe![6]], [12.49, 55.73])).toBeLessThan(5);
    // The source names Vigo in Spain, not in the United States: Vigo County is not added.
    const unitsOf = (iso2: string) => readJson<CountryPlaces>(`places/${iso2}.json`).cities.filter((c) => c[7]?.startsWith('unité de second niveau'));
    expect(unitsOf('US')).toEqual([]);
    expect(unitsOf('SE').map((c) => c[1]).sort()).toEqual(['Dals-Ed', 'Tyresö']);
  });

  it('puts the hand-added towns of Senegal inside the admin-1 polygon they are filed under', () => {
    const shapes = new Map(areas('places/SN.admin1.topo.json', 'admin1').map((a) => [a.properties.code, a]));
    const added = readJson<CountryPlaces>('places/SN.json').cities.filter((c) => c[0] < 0);
    expect(added.map((c) => c[1]).sort()).toEqual(['Bakel', 'Dagana', 'Mbour', 'Podor', 'Rufisque']);
    for (const [, name, , code, , lon, lat] of added) expect(kmOutside([lon, lat], shapes.get(code)!), name).toBeLessThan(2);
  });

  it('draws every place of Senegal inside Senegal and none in Mauritania (the Langue de Barbarie is Senegalese)', () => {
    const senegal = readJson<CountryPlaces>('places/SN.json');
    const points = [...senegal.admin1.map((a) => [a[1], a[3], a[4]] as const), ...senegal.cities.map((c) => [c[1], c[5], c[6]] as const)];
    expect(points.map((p) => p[0])).toContain('Saint-Louis');
    for (const [name, lon, lat] of points) {
      expect(kmOutside([lon, lat], world.get('SN')!), name).toBeLessThan(1);
      expect(booleanPointInPolygon([lon, lat], world.get('MR')!), name).toBe(false);
    }
    const saintLouis = senegal.cities.find((c) => c[1] === 'Saint-Louis')!;
    expect([saintLouis[5], saintLouis[6]]).toEqual([-16.48962, 16.01793]);
    expect(kmOutside([saintLouis[5], saintLouis[6]], world.get('SN')!)).toBe(0);
  });

  it('has no Israeli settlement of the West Bank among the places of Israel', () => {
    const israel = readJson<CountryPlaces>('places/IL.json');
    expect(israel.admin1.map((a) => a[0])).not.toContain('IL.WE');
    const names = new Set(israel.cities.map((c) => c[1]));
    for (const settlement of ["Na'ale", 'Ariel', 'Talmon', 'Dolev', 'Hashmonaim']) expect(names.has(settlement), settlement).toBe(false);
    expect(names.has('Jerusalem')).toBe(true);
  });

  it('puts Morocco\'s seats where the hand-checked table says', () => {
    const seats = new Map(readJson<CountryPlaces>('places/MA.json').admin1.map((a) => [a[0], [a[3], a[4]]]));
    const km = (code: string, at: Position) => distance(point(seats.get(code)!), point(at), { units: 'kilometers' });
    expect(km('MA.08', [-4.4266, 31.9314])).toBeLessThan(5); // Errachidia
    expect(km('MA.11', [-13.2, 27.15])).toBeLessThan(5); // Laâyoune
    expect(km('MA.12', [-15.96, 23.68])).toBeLessThan(5); // Dakhla
  });

  it('draws admin-1 polygons with the same codes as the places files', () => {
    for (const iso2 of ['SN', 'BJ', 'CM', 'NE', 'TG', 'HT', 'PS', 'AM', 'UA', 'DE', 'PL', 'PT']) {
      const shapes = areas(`places/${iso2}.admin1.topo.json`, 'admin1');
      const codes = readJson<CountryPlaces>(`places/${iso2}.json`).admin1.map((a) => a[0]);
      expect(shapes.map((s) => s.properties.code).sort(), iso2).toEqual([...codes].sort());
    }
  });
});

/**
 * Names French inventories write for partner cities (French exonym first, then local or English
 * forms), by country and GeoNames id. Each must be a name of that city, and no more populous city of
 * the country may bear it (the importer takes the most populous of a name).
 */
const EXONYMS: [iso2: string, geonameId: number, names: string[]][] = [
  ['DE', 2867714, ['Munich', 'München', 'Muenchen']],
  ['DE', 2842647, ['Sarrebruck', 'Saarbrücken']],
  ['DE', 3247449, ['Aix-la-Chapelle', 'Aachen']],
  ['DE', 2874225, ['Mayence', 'Mainz']],
  ['DE', 2821164, ['Trèves', 'Trier']],
  ['DE', 2886242, ['Cologne', 'Köln']],
  ['DE', 2945024, ['Brunswick', 'Braunschweig']],
  ['DE', 2849483, ['Ratisbonne', 'Regensburg']],
  ['DE', 2820860, ['Tubingue', 'Tübingen']],
  ['BE', 2792482, ['Louvain', 'Leuven']],
  ['MA', 2542997, ['Marrakech', 'Marrakesh']],
  ['MA', 2548885, ['Fès', 'Fez']],
  ['MA', 2530335, ['Tanger', 'Tangier']],
  ['SN', 2246452, ['Saint-Louis']],
  ['ML', 2449067, ['Tombouctou', 'Timbuktu']],
  ['ML', 2451478, ['Ségou']],
  ['BF', 2357048, ['Ouagadougou']],
  ['BF', 2362344, ['Bobo-Dioulasso']],
  ['MG', 1053384, ['Tamatave', 'Toamasina']],
  ['MG', 1070940, ['Tananarive', 'Antananarivo']],
  ['VN', 1580240, ['Hué', 'Huế']],
  ['VN', 1581130, ['Hanoï', 'Hanoi']],
  ['AM', 616052, ['Erevan', 'Yerevan']],
  ['LB', 276781, ['Beyrouth', 'Beirut']],
  ['PS', 282615, ['Naplouse', 'Nablus']],
  ['PS', 285066, ['Hébron', 'Hebron']],
  ['PS', 284315, ['Bethléem', 'Bethlehem']],
  ['PS', 281133, ['Gaza']],
  // GeoNames files Jerusalem under Israel only.
  ['IL', 281184, ['Jérusalem', 'Jerusalem']],
  ['PL', 3094802, ['Cracovie', 'Kraków']],
  ['PL', 756135, ['Varsovie', 'Warsaw', 'Warszawa']],
  ['PL', 3099434, ['Dantzig', 'Danzig', 'Gdańsk']],
  ['PL', 3088171, ['Posnanie', 'Poznań']],
  ['UA', 687700, ['Zaporijia', 'Zaporizhzhia']],
  ['PT', 2267057, ['Lisbonne', 'Lisbon', 'Lisboa']],
  ['ES', 2510911, ['Séville', 'Seville', 'Sevilla']],
  ['ES', 3104324, ['Saragosse', 'Zaragoza']],
  ['IT', 3176959, ['Florence', 'Firenze']],
  ['IT', 3164603, ['Venise', 'Venice', 'Venezia']],
  ['IT', 3176219, ['Gênes', 'Genoa', 'Genova']],
  ['IT', 3165524, ['Turin', 'Torino']],
  ['IT', 3173435, ['Milan', 'Milano']],
  ['IT', 3172394, ['Naples', 'Napoli']],
  ['IT', 3174659, ['Livourne', 'Livorno']],
  ['GB', 2651048, ['Douvres', 'Dover']],
  ['GB', 2653877, ['Cantorbéry', 'Canterbury']],
  ['GB', 2650225, ['Édimbourg', 'Edinburgh']],
];

describe('places: other names of cities', () => {
  const cache = new Map<string, CountryPlaces>();
  const placesOf = (iso2: string) => {
    if (!cache.has(iso2)) cache.set(iso2, readJson<CountryPlaces>(`places/${iso2}.json`));
    return cache.get(iso2)!;
  };
  const namesOf = (city: CountryPlaces['cities'][number]) => new Set([city[1], ...city[2]].map(foldName));

  it.each(EXONYMS)('%s %i is found by its French and local names', (iso2, id, names) => {
    const { cities } = placesOf(iso2);
    const city = cities.find((c) => c[0] === id);
    expect(city, `${iso2} ${id}`).toBeDefined();
    for (const name of names) {
      expect([...namesOf(city!)], `${city![1]}: ${name}`).toContain(foldName(name));
      // Cities are sorted by population: the first one with the name is the one the importer takes.
      expect(cities.find((c) => namesOf(c).has(foldName(name)))?.[0], `${city![1]}: ${name}`).toBe(id);
    }
  });

  it('lists other names once by folded form, never the main name, in Latin script', () => {
    const latin = /^[\p{Script=Latin}\p{M}\s'’\-.,()]+$/u;
    const problems: string[] = [];
    for (const iso2 of ['DE', 'MA', 'PL', 'VN', 'US']) {
      for (const [id, name, others] of placesOf(iso2).cities) {
        const folded = others.map(foldName);
        if (new Set([foldName(name), ...folded]).size !== folded.length + 1) problems.push(`${iso2} ${id} ${name}: repeated`);
        for (const other of others) if (!latin.test(other)) problems.push(`${iso2} ${id} ${name}: ${other}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps every name of large cities and of priority countries, at most 6 for the others', () => {
    const big = placesOf('DE').cities.find((c) => c[0] === 2867714)!; // Munich
    expect(big[2].length).toBeGreaterThan(30);
    const small = placesOf('US').cities.filter((c) => c[4] < 15_000);
    expect(Math.max(...small.map((c) => c[2].length))).toBe(6);
    expect(Math.max(...placesOf('SN').cities.filter((c) => c[4] < 15_000).map((c) => c[2].length))).toBeGreaterThan(6);
  });

  it('keeps the places files within 16 MB in all (6 MB gzipped)', () => {
    let bytes = 0;
    let gzipped = 0;
    for (const { iso2 } of readJson<PlacesIndex>('places/index.json').countries) {
      const text = readText(`places/${iso2}.json`);
      bytes += Buffer.byteLength(text);
      gzipped += gzipSync(text, { level: 9 }).length;
    }
    expect(bytes).toBeLessThan(16e6);
    expect(gzipped).toBeLessThan(6e6);
  });
});

describe("Burkina Faso's 47 provinces (July 2025)", () => {
  const places = readJson<CountryPlaces>('places/BF.json');
  const resolvers = (async () => {
    const source = diskGazetteerSource(new URL('.', GEO).pathname);
    const country = createCountryResolver(await source.countries())('BF')!;
    const resolve = createPartnerResolver(new Map([['BF', places]]));
    return (territory: string) => inFrench(resolve({ country, territory, level: null, lon: null, lat: null }));
  })();

  it('has 45 province rows, a note on each, and Kadiogo and Sourou as the régions of the same name and seat', () => {
    const provinces = places.admin1.filter((row) => row[5]?.startsWith('province,'));
    expect(provinces).toHaveLength(45);
    const names = new Set(places.admin1.map((row) => row[1]));
    for (const name of ['Bam', 'Yatenga', 'Sandbondtenga', 'Bassitenga', 'Djelgodji', 'Kossin', 'Dyamongou', 'Karo-Peli', 'Kadiogo', 'Sourou']) {
      expect(names.has(name), name).toBe(true);
    }
    expect(provinces.length + ['Kadiogo', 'Sourou'].length).toBe(47);
  });

  // Chefs-lieux from their Wikipedia (fr) articles, to about 2 km.
  it.each([
    ['Bam Province', 'Kongoussi', [13.33, -1.53], null],
    ['province du Yatenga', 'Ouahigouya', [13.58, -2.42], null],
    ['Province du Houet', 'Bobo-Dioulasso', [11.18, -4.3], null],
    ['Kénédougou', 'Orodara', [10.98, -4.92], null],
    ['Dyamongou', 'Kantchari', [12.47, 1.52], null],
    ['Province de Karo-Peli', 'Arbinda', [14.23, -0.87], null],
    ['Djelgodji', 'Djibo', [14.1, -1.63], null],
    ['Sanmatenga', 'Kaya', [13.09, -1.08], 'Sandbondtenga'],
    ['Province de l\'Oubritenga', 'Ziniaré', [12.58, -1.3], 'Bassitenga'],
    ['Province de la Kossi', 'Nouna', [12.73, -3.86], 'Kossin'],
    ['Province du Kadiogo', 'Ouagadougou', [12.37, -1.53], null],
  ] as const)('"%s" resolves to its chef-lieu %s', async (territory, seat, [lat, lon], renamedTo) => {
    const answer = (await resolvers)(territory);
    if (!('value' in answer)) throw new Error(answer.error);
    expect(answer.value.precision).toBe('region');
    expect(distance(point([answer.value.lon, answer.value.lat]), point([lon, lat]), { units: 'kilometers' })).toBeLessThan(3);
    const warnings = answer.warnings.join(' ');
    if (renamedTo) expect(warnings).toContain(`ancien nom de la province ${renamedTo}`);
    else expect(warnings).not.toContain('ancien');
    if (territory !== 'Province du Kadiogo') expect(warnings).toContain(`chef-lieu ${seat}`);
  });
});
