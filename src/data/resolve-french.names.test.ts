/**
 * French names as inventories write them, resolved against the real public/geo gazetteer.
 * Every expected code below was checked by hand in the INSEE COG (communes.json of
 * @etalab/decoupage-administratif 6.0.0) or on the collectivity's own site.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FrenchGazetteer } from '../domain/gazetteer';
import { diskGazetteerSource } from './gazetteer-source';
import { inFrench, type InFrench } from '../../tests/support/in-french';
import { createFrenchResolver, type Collectivity, type FrenchQuery } from './resolve-french';

let gazetteer: FrenchGazetteer;
let resolve: (query: FrenchQuery) => InFrench<Collectivity>;
beforeAll(async () => {
  gazetteer = await diskGazetteerSource(fileURLToPath(new URL('../../public/geo/', import.meta.url))).french();
  const resolver = createFrenchResolver(gazetteer);
  resolve = (query) => inFrench(resolver(query));
});

const query = (fields: Partial<FrenchQuery>): FrenchQuery => ({ code: '', name: '', kind: null, departement: '', ...fields });
const found = (fields: Partial<FrenchQuery>) => {
  const answer = resolve(query(fields));
  return 'value' in answer ? { code: answer.value.code, kind: answer.value.kind, warnings: answer.warnings } : { error: answer.error };
};

describe('Paris and the collectivités uniques', () => {
  it('reads Paris and "Ville de Paris" as the one collectivity, kept as the commune 75056, saying why', () => {
    for (const name of ['Paris', 'Ville de Paris']) {
      const answer = found({ name });
      expect(answer).toMatchObject({ code: '75056', kind: 'commune' });
    }
    expect(found({ name: 'Paris' }).warnings?.[0]).toContain('2019');
    expect(found({ name: 'Paris', kind: 'departement' })).toMatchObject({ code: '75', kind: 'departement' });
  });

  it('reads Martinique and Guyane as their collectivité territoriale (région), Mayotte as its département', () => {
    expect(found({ name: 'Collectivité territoriale de Martinique' })).toMatchObject({ code: '02', kind: 'region' });
    expect(found({ name: 'Collectivité territoriale de Guyane' })).toMatchObject({ code: '03', kind: 'region' });
    expect(found({ name: 'Mayotte' })).toMatchObject({ code: '976', kind: 'departement' });
  });
});

describe('arrondissements municipaux', () => {
  it.each([
    ['75101', '75056'],
    ['69381', '69123'],
    ['13201', '13055'],
  ])('code %s goes to its commune %s, saying so', (code, commune) => {
    const answer = found({ code });
    expect(answer).toMatchObject({ code: commune });
    expect(answer.warnings?.[0]).toContain('arrondissement municipal');
  });

  it.each(['Lyon 3e Arrondissement', 'Lyon 3e', 'lyon 3'])('name "%s" goes to Lyon', (name) => {
    expect(found({ name })).toMatchObject({ code: '69123', warnings: [expect.stringContaining('Lyon 3e Arrondissement')] });
  });
});

describe('former communes and old codes', () => {
  it.each([
    ['Annecy-le-Vieux', '', '74010'],
    ['Cherbourg-Octeville', '', '50129'],
    ['Pierrefitte-sur-Seine', '', '93066'],
    ['Bagneux', '49', '49328'],
  ])('"%s" (%s) goes to the current commune %s, naming the rule', (name, departement, code) => {
    const answer = found({ name, departement });
    expect(answer).toMatchObject({ code });
    expect(answer.warnings?.join(' ')).toMatch(/commune (déléguée|associée)/);
  });

  it('reads "Évry" in the Essonne as Évry-Courcouronnes, and "Évry" alone as the commune of the Yonne', () => {
    expect(found({ name: 'Évry', departement: '91' })).toMatchObject({ code: '91228', warnings: [expect.stringContaining('en tête')] });
    expect(found({ name: 'Évry' })).toMatchObject({ code: '89162', warnings: [] });
  });

  it('follows an old INSEE code to the current commune (74093 Cran-Gevrier → Annecy; 91182 Courcouronnes → Évry-Courcouronnes)', () => {
    expect(found({ code: '74093' })).toMatchObject({ code: '74010', warnings: [expect.stringContaining('Cran-Gevrier')] });
    expect(found({ code: '91182' })).toMatchObject({ code: '91228', warnings: [expect.stringContaining('ancien code')] });
  });
});

describe('collectivities named by their institution', () => {
  it.each([
    ['Conseil départemental de la Gironde', '33', 'departement'],
    ['Région Sud', '93', 'region'],
    ['Région Réunion', '04', 'region'],
    ['Collectivité de Corse', '94', 'region'],
    ['Grand Annecy', '200066793', 'epci'],
    ["Communauté d'agglomération du Pays Basque", '200067106', 'epci'],
    ["Communauté urbaine d'Arras", '200033579', 'epci'],
    ['Abymes', '97101', 'commune'],
  ])('"%s" is %s (%s)', (name, code, kind) => {
    expect(found({ name })).toMatchObject({ code, kind });
  });

  it('names the collectivity found under a short name', () => {
    expect(found({ name: 'Grand Annecy' }).warnings).toEqual([expect.stringContaining('CA du Grand Annecy')]);
  });

  it("reads the Collectivité européenne d'Alsace as one collectivity (6AE) holding the population of 67 and 68", () => {
    const answer = resolve(query({ name: "Collectivité européenne d'Alsace" }));
    const population = (code: string) => gazetteer.departements.find((row) => row[0] === code)![3];
    expect(answer).toMatchObject({ value: { code: '6AE', kind: 'departement', region: '44', population: population('67') + population('68') } });
    expect(found({ code: '6AE' })).toMatchObject({ code: '6AE' });
  });
});

describe('codes written by spreadsheets', () => {
  it('reads "1004.0" as 01004 (Ambérieu-en-Bugey), not 10040 (Bernon), saying so', () => {
    const answer = found({ code: '1004.0' });
    expect(answer).toMatchObject({ code: '01004' });
    expect(answer.warnings).toHaveLength(2);
    expect(found({ code: '10040' })).toMatchObject({ code: '10040', warnings: [] });
  });

  it('suggests the 2A/2B code for a 20xxx Corsican code, and finds the commune by a name that goes with it', () => {
    expect(found({ code: '20004' })).toEqual({ error: expect.stringContaining('2A004 (Ajaccio)') });
    expect(found({ code: '20004', name: 'Ajaccio' })).toMatchObject({ code: '2A004', warnings: [expect.stringContaining('2A004')] });
  });

  it('says what the name designates when it disagrees with the code', () => {
    expect(found({ code: '10040', name: 'Ambérieu-en-Bugey' }).warnings).toEqual([
      expect.stringMatching(/ne correspond pas au code 10040 \(Bernon\) ; ce nom désigne Ambérieu-en-Bugey \(commune, 01\)/),
    ]);
    expect(found({ code: '74010', name: 'Annecy-le-Vieux' }).warnings).toEqual([]);
  });
});

describe('names of English-language lists', () => {
  it('reads English names of French places, and a département after a comma', () => {
    expect(found({ name: 'Dunkirk' })).toMatchObject({ code: '59183', warnings: [expect.stringContaining('Dunkerque')] });
    expect(found({ name: 'Brittany' })).toMatchObject({ code: '53', kind: 'region' });
    expect(found({ name: 'Vernouillet, Yvelines' })).toMatchObject({ code: '78643' });
    expect(found({ name: 'Vernouillet, Eure-et-Loir' })).toMatchObject({ code: '28404' });
    expect(found({ name: 'Vitré, Ille-et-Vilaine' })).toMatchObject({ code: '35360' });
  });
});

describe('homonyms, by option', () => {
  const mostPopulous = (name: string) => {
    const answer = inFrench(createFrenchResolver(gazetteer, { homonyms: 'most-populous' })(query({ name })));
    return 'value' in answer ? { code: answer.value.code, warning: answer.warnings[0] } : { error: answer.error };
  };

  it.each([
    ['Valence', '26362', 'Valence (commune, 82)'],
    ['Saint-Denis', '97411', 'Saint-Denis (commune, 93)'],
    ['Bagneux', '92007', 'Bagneux (commune, 51)'],
  ])('"%s" goes to the most populous commune %s, naming the others', (name, code, other) => {
    const answer = mostPopulous(name);
    expect(answer).toMatchObject({ code });
    expect(answer.warning).toContain(other);
    expect(found({ name })).toEqual({ error: expect.stringContaining('plusieurs collectivités') });
  });

  it('keeps a metropolitan commune first when asked, as English-language lists mean', () => {
    const answer = inFrench(createFrenchResolver(gazetteer, { homonyms: 'most-populous', metropolitanFirst: true })(query({ name: 'Saint-Denis' })));
    expect(answer).toMatchObject({ value: { code: '93066' }, warnings: [expect.stringMatching(/la plus peuplée de métropole.*Saint-Denis \(commune, 974\)/)] });
  });
});
