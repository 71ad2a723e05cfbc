import { signal } from '@preact/signals';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskGazetteerSource } from '../data/gazetteer-source';
import { language } from '../i18n';
import { buildIndex } from '../model/cooperation-index';
import { indexOverlaps } from '../model/overlaps';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { admin1InView } from './admin1-in-view';
import { partnerPlaces } from './partner-ends';
import type { ViewBox } from './view-box';

const cooperations = [
  makeCooperation({ id: 'a', partnerName: 'Pikine', partnerLon: -17.39, partnerLat: 14.76 }),
  makeCooperation({ id: 'b', partnerCountry: 'MA', partnerName: 'Agadir', partnerLon: -9.6, partnerLat: 30.42 }),
];
const SENEGAL: ViewBox = [-18, 12, -11, 17];

describe('admin1InView', () => {
  it('reads the gazetteers of the countries in view, once each, and knows their places’ units', async () => {
    const overlaps = indexOverlaps(buildIndex(cooperations, () => 'afrique'));
    const { places } = partnerPlaces(overlaps);
    const gazetteers = diskGazetteerSource(resolve(import.meta.dirname, '../../public/geo'));
    const read: string[] = [];
    const wanted = signal<ViewBox | null>(null);
    const { unitOf, reading } = admin1InView(overlaps, places, wanted, (iso2) => (read.push(iso2), gazetteers.places(iso2)));
    expect(read).toEqual([]);
    wanted.value = SENEGAL;
    expect(reading.value).toBe(1);
    await new Promise<void>((done) => reading.subscribe((count) => count === 0 && done()));
    const pikine = places.findIndex((place) => place.name === 'Pikine');
    expect(unitOf.value(pikine)).toMatchObject({ code: 'SN.01', name: 'Dakar' });
    expect(unitOf.value(places.findIndex((place) => place.name === 'Agadir'))).toBeNull();
    wanted.value = [-18, 11, -10, 18];
    expect(read).toEqual(['SN']);
  });

  it('names the units in the interface’s language, and again when it changes', async () => {
    const overlaps = indexOverlaps(buildIndex([makeCooperation({ id: 'c', partnerCountry: 'DE', partnerName: 'Erlangen', partnerLon: 11.0, partnerLat: 49.6 })], () => 'europe'));
    const { places } = partnerPlaces(overlaps);
    const gazetteers = diskGazetteerSource(resolve(import.meta.dirname, '../../public/geo'));
    const { unitOf, reading } = admin1InView(overlaps, places, signal<ViewBox | null>([5, 47, 15, 55]), gazetteers.places);
    await new Promise<void>((done) => reading.subscribe((count) => count === 0 && done()));
    language.value = 'fr';
    expect(unitOf.value(0)).toMatchObject({ code: 'DE.02', name: 'Bavière' });
    language.value = 'en';
    expect(unitOf.value(0)).toMatchObject({ code: 'DE.02', name: 'Bavaria' });
    language.value = 'fr';
  });
});
