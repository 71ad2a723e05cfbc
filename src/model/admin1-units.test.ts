import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskGazetteerSource } from '../data/gazetteer-source';
import type { CountryPlaces } from '../domain/gazetteer';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { admin1UnitRecords } from './admin1-units';
import { buildIndex } from './cooperation-index';
import { indexOverlaps, placeRecord } from './overlaps';
import { clusterPlaces, type ClusterPlace } from './partner-clusters';

const cooperations = [
  makeCooperation({ id: 'a', partnerName: 'Mbour', partnerLon: -16.96, partnerLat: 14.42 }),
  makeCooperation({ id: 'b', partnerName: 'Mbacké', partnerLon: -15.91, partnerLat: 14.79 }),
  makeCooperation({ id: 'c', partnerCountry: 'DE', partnerName: 'Erlangen', partnerLon: 11.0, partnerLat: 49.6 }),
  makeCooperation({ id: 'd', partnerCountry: 'DE', partnerName: 'Würzburg', partnerLon: 9.93, partnerLat: 49.79 }),
];

async function senegalAndGermany() {
  const source = diskGazetteerSource(resolve(import.meta.dirname, '../../public/geo'));
  return new Map<string, CountryPlaces | null>(await Promise.all(['SN', 'DE'].map(async (iso2) => [iso2, await source.places(iso2)] as const)));
}

describe('admin1UnitRecords', () => {
  it('names each place’s unit in the language asked, after Natural Earth, else GeoNames', async () => {
    const index = indexOverlaps(buildIndex(cooperations, () => 'afrique'));
    const gazetteers = await senegalAndGermany();
    const namesIn = (language: 'fr' | 'en') => {
      const unitOf = admin1UnitRecords(index, gazetteers, language);
      return index.places.keys.map((_, place) => [placeRecord(index, place).partnerName, unitOf(place)?.name]);
    };
    expect(Object.fromEntries(namesIn('fr'))).toEqual({ Mbour: 'Thiès', Mbacké: 'Diourbel', Erlangen: 'Bavière', Würzburg: 'Bavière' });
    expect(Object.fromEntries(namesIn('en'))).toEqual({ Mbour: 'Thiès', Mbacké: 'Diourbel', Erlangen: 'Bavaria', Würzburg: 'Bavaria' });
    // Without Natural Earth's names, the row's GeoNames name.
    const geonamesOnly = new Map([...gazetteers].map(([iso2, places]) => [iso2, places && { ...places, admin1Names: undefined }]));
    const unitOf = admin1UnitRecords(index, geonamesOnly, 'fr');
    expect(index.places.keys.map((_, place) => unitOf(place)?.name)).toEqual(expect.arrayContaining(['Thies', 'Diourbel Region', 'Bavaria']));
  });

  it('names the clusters of the middle zoom in the language asked', async () => {
    const index = indexOverlaps(buildIndex(cooperations, () => 'afrique'));
    const gazetteers = await senegalAndGermany();
    const places = index.places.keys.map((key, place): ClusterPlace => {
      const c = placeRecord(index, place);
      return { key, country: c.partnerCountry, name: c.partnerName, position: [c.partnerLon, c.partnerLat], count: 1 };
    });
    const clusterNames = (language: 'fr' | 'en') => clusterPlaces(places, 6, admin1UnitRecords(index, gazetteers, language)).clusters.map((c) => `${c.key} ${c.name}`).sort();
    expect(clusterNames('fr')).toEqual(['admin1:DE.02 Bavière', 'admin1:SN.03 Diourbel', 'admin1:SN.07 Thiès']);
    expect(clusterNames('en')).toEqual(['admin1:DE.02 Bavaria', 'admin1:SN.03 Diourbel', 'admin1:SN.07 Thiès']);
  });
});
