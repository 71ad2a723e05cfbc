import { beforeAll, describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { inFrench, type InFrench } from '../../tests/support/in-french';
import { createFrenchResolver, type Collectivity, type FrenchQuery } from './resolve-french';

let resolve: (query: FrenchQuery) => InFrench<Collectivity>;
beforeAll(async () => {
  const resolver = createFrenchResolver(await miniGazetteers().french());
  resolve = (query) => inFrench(resolver(query));
});

const query = (fields: Partial<FrenchQuery>): FrenchQuery => ({ code: '', name: '', kind: null, departement: '', ...fields });

describe('French collectivities by code', () => {
  it('finds a commune by INSEE code, with its département and région', () => {
    expect(resolve(query({ code: '69123' }))).toEqual({
      value: expect.objectContaining({ code: '69123', name: 'Lyon', kind: 'commune', departement: '69', region: '84' }),
      warnings: [],
    });
    expect(resolve(query({ code: '2A004' }))).toMatchObject({ value: { name: 'Ajaccio', region: '94' } });
  });

  it('restores a leading zero lost by a spreadsheet, with a warning', () => {
    const answer = resolve(query({ code: '1053' }));
    expect(answer).toMatchObject({ value: { code: '01053', name: 'Bourg-en-Bresse' } });
    expect(answer.warnings[0]).toContain('zéro initial');
  });

  it('finds départements (2-3 characters), régions (2 digits with type region) and EPCI by SIREN', () => {
    expect(resolve(query({ code: '974' }))).toMatchObject({ value: { kind: 'departement', name: 'La Réunion', region: '04' } });
    expect(resolve(query({ code: '2a' }))).toMatchObject({ value: { kind: 'departement', name: 'Corse-du-Sud' } });
    expect(resolve(query({ code: '84', kind: 'region' }))).toMatchObject({ value: { kind: 'region', name: 'Auvergne-Rhône-Alpes', departement: null } });
    expect(resolve(query({ code: '200 046 977' }))).toMatchObject({ value: { kind: 'epci', departement: '69', region: '84' } });
  });

  it('rejects an unknown code, and falls back on the name with a warning when one is given', () => {
    expect(resolve(query({ code: '99999' }))).toEqual({ error: expect.stringContaining('99999'), warnings: [] });
    const answer = resolve(query({ code: '99999', name: 'Rennes' }));
    expect(answer).toMatchObject({ value: { code: '35238' } });
    expect(answer.warnings[0]).toContain('trouvée par son nom');
  });

  it('warns when the name or the type contradicts the code, which prevails', () => {
    const answer = resolve(query({ code: '35238', name: 'Nantes', kind: 'departement' }));
    expect(answer).toMatchObject({ value: { name: 'Rennes' } });
    expect(answer.warnings).toHaveLength(2);
    expect(resolve(query({ code: '35238', name: 'Ville de Rennes' })).warnings).toEqual([]);
  });
});

describe('French collectivities by name', () => {
  it('matches names without accents, case or hyphens, and spells out "St"', () => {
    expect(resolve(query({ name: 'BOURG EN BRESSE' }))).toMatchObject({ value: { code: '01053' } });
    expect(resolve(query({ name: 'st quentin' }))).toMatchObject({ value: { code: '02691' } });
    expect(resolve(query({ name: 'Conseil départemental de la Gironde' }))).toMatchObject({ value: { code: '33' } });
  });

  it('names every candidate when a name is ambiguous, never guessing', () => {
    const answer = resolve(query({ name: 'Saint-Denis' }));
    expect('error' in answer && answer.error).toContain('Saint-Denis (commune, 93)');
    expect('error' in answer && answer.error).toContain('Saint-Denis (commune, 974)');
  });

  it('tells homonyms apart with the département or the type', () => {
    expect(resolve(query({ name: 'Saint-Denis', departement: '974' }))).toMatchObject({ value: { code: '97411' } });
    expect(resolve(query({ name: 'Paris', kind: 'departement' }))).toMatchObject({ value: { code: '75' } });
    expect(resolve(query({ name: 'Saint-Denis', departement: '44' }))).toMatchObject({ error: expect.stringContaining('de ce nom') });
  });

  it('rejects an unknown name and a row with neither code nor name', () => {
    expect(resolve(query({ name: 'Trifouillis-les-Oies' }))).toMatchObject({ error: expect.stringContaining('introuvable') });
    expect(resolve(query({}))).toMatchObject({ error: expect.stringContaining('absente') });
  });
});

describe('syndicats', () => {
  it('places a syndicat given by SIREN and département at the département, approximately, with a warning', () => {
    const answer = resolve(query({ code: '253500378', name: "Syndicat mixte de l'eau", kind: 'syndicat', departement: '35' }));
    expect(answer).toMatchObject({
      value: { code: '253500378', name: "Syndicat mixte de l'eau", kind: 'syndicat', departement: '35', region: '53', approximate: true },
    });
    expect(answer.warnings).toHaveLength(1);
  });

  it('rejects a syndicat without SIREN or département, saying what to give', () => {
    expect(resolve(query({ name: 'SIVOM', kind: 'syndicat', departement: '35' }))).toMatchObject({ error: expect.stringContaining('SIREN') });
    expect(resolve(query({ code: '253500378', name: 'SIVOM', kind: 'syndicat' }))).toMatchObject({ error: expect.stringContaining('département') });
  });
});
