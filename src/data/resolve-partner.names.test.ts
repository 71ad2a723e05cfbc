/**
 * Partner places as cooperation inventories write them, resolved against the real public/geo.
 * Reference points are hand-checked (the town's or seat's article on Wikipedia, to about 2 km).
 */
import { fileURLToPath } from 'node:url';
import { distance, point } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryPlaces, CountryRecord } from '../domain/gazetteer';
import type { PartnerLevel } from '../domain/value-aliases';
import { diskGazetteerSource } from './gazetteer-source';
import { inFrench, type InFrench } from '../../tests/support/in-french';
import { createCountryResolver, createPartnerResolver, type PartnerPlace, type PartnerQuery } from './resolve-partner';

const COUNTRIES = ['BF', 'ML', 'CI', 'DZ', 'LB', 'MA', 'MG', 'MR', 'SN', 'GN', 'PS', 'IL'];
let country: ReturnType<typeof createCountryResolver>;
let resolve: (query: PartnerQuery) => InFrench<PartnerPlace>;
beforeAll(async () => {
  const source = diskGazetteerSource(fileURLToPath(new URL('../../public/geo/', import.meta.url)));
  country = createCountryResolver(await source.countries());
  const places = new Map<string, CountryPlaces | null>();
  for (const iso2 of COUNTRIES) places.set(iso2, await source.places(iso2));
  const resolver = createPartnerResolver(places);
  resolve = (query) => inFrench(resolver(query));
});

const place = (iso2: string, territory: string, level: PartnerLevel | null = null) =>
  resolve({ country: country(iso2) as CountryRecord, territory, level, lon: null, lat: null });
const kmFrom = (answer: ReturnType<typeof place>, [lat, lon]: [number, number]) =>
  'value' in answer ? distance(point([answer.value.lon, answer.value.lat]), point([lon, lat]), { units: 'kilometers' }) : Infinity;

describe('admin-1 units as they are today', () => {
  it.each([
    ['BF', 'Guiriko', [11.18, -4.3]], // Bobo-Dioulasso
    ['BF', 'Kadiogo', [12.37, -1.53]], // Ouagadougou
    ['BF', 'Soum', [14.1, -1.63]], // Djibo
    ['BF', 'Tannounyan', [10.63, -4.76]], // Banfora
    ['ML', 'Kita', [13.03, -9.49]],
    ['ML', 'Région de Bougouni', [11.42, -7.48]],
    ['ML', 'Taoudéni', [22.68, -3.98]],
    ['CI', 'Gbêkê', [7.69, -5.03]], // Bouaké
    ['CI', 'Région du Poro', [9.46, -5.63]], // Korhogo
    ['DZ', 'Bordj Badji Mokhtar', [21.33, 0.95]],
    ['LB', 'Keserwan-Jbeil', [33.98, 35.62]], // Jounieh
  ] as const)('%s: %s is a région at its seat', (iso2, territory, at) => {
    const answer = place(iso2, territory, 'region');
    expect(answer).toMatchObject({ value: { precision: 'region', name: territory } });
    expect(kmFrom(answer, at as [number, number])).toBeLessThan(50);
  });

  it('counts 17 current régions in Burkina Faso and 20 units in Mali, 31 régions and 14 districts in Côte d’Ivoire, 58 wilayas', async () => {
    const source = diskGazetteerSource(fileURLToPath(new URL('../../public/geo/', import.meta.url)));
    const current = async (iso2: string) => (await source.places(iso2))!.admin1.filter((unit) => unit[5] === undefined).length;
    expect(await current('BF')).toBe(17);
    expect(await current('ML')).toBe(20);
    expect(await current('CI')).toBe(45);
    expect(await current('DZ')).toBe(58);
    expect(await current('LB')).toBe(9);
  });

  it('still finds the former régions of Burkina Faso, with a note naming what replaced them', () => {
    const answer = place('BF', 'Hauts-Bassins', 'region');
    expect(answer).toMatchObject({ value: { precision: 'region' }, warnings: [expect.stringContaining('Guiriko')] });
    expect(place('BF', 'Boucle du Mouhoun', 'region').warnings.join(' ')).toMatch(/Bankui et Sourou/);
    expect(place('BF', 'Guiriko', 'region').warnings).toEqual([]);
  });

  it('gives Tiaret and Tindouf their own names (they were swapped)', () => {
    expect(kmFrom(place('DZ', 'Tihert', 'region'), [35.37, 1.32])).toBeLessThan(50);
    expect(kmFrom(place('DZ', 'Tendouf', 'region'), [27.67, -8.15])).toBeLessThan(50);
  });
});

describe('names across languages and suffixes', () => {
  it.each([
    ['MA', 'Marrakech-Safi', [31.63, -8.0]],
    ['MG', 'Haute Matsiatra', [-21.45, 47.09]], // Fianarantsoa
    ['MG', 'Fitovinany Region', [-22.15, 48.0]], // Manakara
    ['BF', 'Région des Cascades', [10.63, -4.76]],
    ['CI', 'District des Savanes', [9.46, -5.63]],
    ['MR', 'Guidimakha', [15.16, -12.18]], // Sélibaby
    ['MR', 'Nouakchott-Ouest', [18.09, -15.98]],
  ] as const)('%s: "%s" finds its unit', (iso2, territory, at) => {
    const answer = place(iso2, territory);
    expect(answer).toMatchObject({ value: { precision: 'region' } });
    expect(kmFrom(answer, at as [number, number])).toBeLessThan(60);
  });
});

describe('borders as the README states them', () => {
  it('finds Laâyoune typed under Maroc, with a note on the status of Western Sahara', () => {
    const answer = place('MA', 'Laâyoune');
    expect(answer).toMatchObject({ value: { country: 'MA', precision: 'commune', name: 'Laâyoune' } });
    expect(kmFrom(answer, [27.15, -13.2])).toBeLessThan(20);
    expect(answer.warnings.join(' ')).toContain('Sahara occidental');
  });

  it('has no Israeli settlement of the West Bank among the places of Israel, and keeps Jerusalem', () => {
    expect(place('IL', 'Judea and Samaria Area', 'region')).toMatchObject({ value: { precision: 'pays' } });
    expect(place('IL', "Na'ale")).toMatchObject({ value: { precision: 'pays' } });
    // "Ariel" is also a biblical name of Jerusalem in GeoNames: it must not lead to the settlement.
    expect(kmFrom(place('IL', 'Ariel'), [32.105, 35.18])).toBeGreaterThan(20);
    expect(place('IL', 'Jérusalem')).toMatchObject({ value: { precision: 'commune' } });
    expect(place('IL', 'Haïfa')).toMatchObject({ value: { precision: 'commune' } });
  });
});

describe('towns that inventories name', () => {
  it.each([
    ['SN', 'Rufisque', [14.72, -17.27]],
    ['SN', 'Mbour', [14.42, -16.97]],
    ['SN', "M'bour", [14.42, -16.97]],
    ['SN', 'Podor', [16.65, -14.96]],
    ['SN', 'Bakel', [14.9, -12.46]],
    ['SN', 'Dagana', [16.52, -15.5]],
    ['SN', 'Joal-Fadiouth', [14.17, -16.83]],
    ['MA', 'Figuig', [32.11, -1.23]],
    ['MG', 'Nosy Be', [-13.4, 48.27]],
    ['MR', 'Boghé', [16.59, -14.27]],
    ['GN', "N'Zérékoré", [7.76, -8.82]],
    ['PS', 'Qalqilya', [32.19, 34.97]],
    ['PS', 'Beit Sahour', [31.7, 35.23]],
    ['PS', 'Jérusalem', [31.78, 35.23]],
  ] as const)('%s: %s is a town within 50 km of its hand-checked point', (iso2, territory, at) => {
    const answer = place(iso2, territory);
    expect(answer).toMatchObject({ value: { precision: 'commune', name: territory } });
    expect(kmFrom(answer, at as [number, number])).toBeLessThan(50);
  });

  it('reads a town with a kind word or one letter off, saying how it read it', () => {
    const bireh = place('PS', 'Al-Bireh');
    expect(bireh).toMatchObject({ value: { precision: 'commune' }, warnings: [expect.stringContaining('lu comme')] });
    expect(kmFrom(bireh, [31.91, 35.22])).toBeLessThan(10);
    expect(kmFrom(place('ML', 'Bandiagara Cercle'), [14.35, -3.61])).toBeLessThan(10);
  });

  it('keeps the typed name of a town it cannot find, at the country point, not located', () => {
    const answer = place('SN', 'Keur Samba Guèye');
    expect(answer).toMatchObject({ value: { name: 'Keur Samba Guèye', precision: 'pays', country: 'SN' } });
    expect(answer.warnings[0]).toContain('introuvable');
  });
});
