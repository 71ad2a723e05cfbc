import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryPlaces, CountryRecord } from '../domain/gazetteer';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { inFrench, type InFrench } from '../../tests/support/in-french';
import { createCountryResolver, createPartnerResolver, type PartnerPlace, type PartnerQuery } from './resolve-partner';

let country: ReturnType<typeof createCountryResolver>;
let resolve: (query: PartnerQuery) => InFrench<PartnerPlace>;
beforeAll(async () => {
  const source = miniGazetteers();
  country = createCountryResolver(await source.countries());
  const places = new Map<string, CountryPlaces | null>();
  for (const iso2 of ['SN', 'DE', 'MA', 'IT']) places.set(iso2, await source.places(iso2));
  const resolver = createPartnerResolver(places);
  resolve = (query) => inFrench(resolver(query));
});

const query = (iso2: string, fields: Partial<PartnerQuery>): PartnerQuery => ({
  country: country(iso2) as CountryRecord,
  territory: '',
  level: null,
  lon: null,
  lat: null,
  ...fields,
});

describe('countries', () => {
  it('are found by French or English name, alias, ISO alpha-2 or alpha-3, folded', () => {
    for (const text of ['Sénégal', 'senegal', 'SN', 'sen', 'SEN']) expect(country(text)?.iso2).toBe('SN');
    expect(country("Cote d'Ivoire")?.iso2).toBe('CI');
    expect(country('Ivory Coast')?.iso2).toBe('CI');
    expect(country('Etats-Unis')?.iso2).toBe('US');
    expect(country('Narnia')).toBeNull();
  });
});

describe('partner places', () => {
  it('take an explicit point first', () => {
    expect(resolve(query('SN', { territory: 'Ndar', lon: -16.5, lat: 16 }))).toEqual({
      value: { country: 'SN', name: 'Ndar', precision: 'coordonnees', lon: -16.5, lat: 16 },
      warnings: [],
    });
  });

  it('find a city by its name or another name, folded', () => {
    expect(resolve(query('SN', { territory: 'saint louis' }))).toMatchObject({ value: { precision: 'commune', lat: 16.01793 }, warnings: [] });
    expect(resolve(query('SN', { territory: 'Ndar' }))).toMatchObject({ value: { precision: 'commune', lat: 16.01793 } });
    expect(resolve(query('SN', { territory: 'Commune de Ziguinchor' }))).toMatchObject({ value: { precision: 'commune' } });
  });

  it('take the most populous of several cities of that name, with a warning naming the choice', () => {
    const answer = resolve(query('DE', { territory: 'Francfort' }));
    expect(answer).toMatchObject({ value: { precision: 'commune', lon: 8.68417 } });
    expect(answer.warnings[0]).toContain('Frankfurt am Main');
  });

  it('look among admin-1 units first when the level is region', () => {
    expect(resolve(query('SN', { territory: 'Dakar', level: 'region' }))).toMatchObject({ value: { precision: 'region' } });
    expect(resolve(query('SN', { territory: 'Dakar' }))).toMatchObject({ value: { precision: 'commune' } });
    expect(resolve(query('SN', { territory: 'Région de Diourbel' }))).toMatchObject({ value: { precision: 'region' } });
  });

  it('fall back on the country with a warning, and use it silently when no territory is given', () => {
    const missing = resolve(query('SN', { territory: 'Atlantide' }));
    expect(missing).toMatchObject({ value: { precision: 'pays', name: 'Atlantide', lon: -17.44406 } });
    expect(missing.warnings[0]).toContain('Atlantide');
    expect(resolve(query('IT', { territory: 'Rome' }))).toMatchObject({ value: { precision: 'pays' }, warnings: [expect.any(String)] });
    expect(resolve(query('SN', {}))).toMatchObject({ value: { precision: 'pays' }, warnings: [] });
  });
});
