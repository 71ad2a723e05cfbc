/**
 * French names of partner cities (exonyms) against the real gazetteers built by geodata/: the
 * importer must place them at the city, not at the country's point.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountryPlaces } from '../domain/gazetteer';
import { renderImportMessage } from '../i18n/import-messages';
import { diskGazetteerSource } from './gazetteer-source';
import { createCountryResolver, createPartnerResolver } from './resolve-partner';

const GEO = 'public/geo';
const built = existsSync(`${GEO}/countries.json`) && existsSync(`${GEO}/places/index.json`);

// Needs the gazetteers built by geodata/ (npm run geodata); skipped only while they are missing.
describe.skipIf(!built)('partner cities by their French name (public/geo)', () => {
  const source = diskGazetteerSource(GEO);

  const cases: [country: string, territory: string, main: string, lon: number, lat: number][] = [
    ['Allemagne', 'Sarrebruck', 'Saarbrücken', 6.99, 49.23],
    ['Maroc', 'Marrakech', 'Marrakesh', -8.01, 31.63],
    ['Pologne', 'Cracovie', 'Kraków', 19.94, 50.06],
    ['Mali', 'Tombouctou', 'Timbuktu', -3.0, 16.77],
    ['Allemagne', 'Aix-la-Chapelle', 'Aachen', 6.08, 50.78],
    ['Pologne', 'Dantzig', 'Gdańsk', 18.65, 54.35],
    ['Madagascar', 'Tamatave', 'Toamasina', 49.4, -18.15],
    ['Liban', 'Beyrouth', 'Beirut', 35.49, 33.89],
    ['Palestine', 'Naplouse', 'Nablus', 35.26, 32.22],
  ];

  it.each(cases)('%s, %s is placed at %s', async (countryName, territory, _main, lon, lat) => {
    const country = createCountryResolver(await source.countries())(countryName);
    expect(country, countryName).not.toBeNull();
    const places = new Map<string, CountryPlaces | null>([[country!.iso2, await source.places(country!.iso2)]]);
    const answer = createPartnerResolver(places)({ country: country!, territory, level: null, lon: null, lat: null });
    expect(answer).toMatchObject({ value: { country: country!.iso2, name: territory, precision: 'commune' }, warnings: [] });
    if (!('value' in answer)) throw new Error(renderImportMessage(answer.error, 'fr'));
    expect(answer.value.lon).toBeCloseTo(lon, 1);
    expect(answer.value.lat).toBeCloseTo(lat, 1);
  });
});
