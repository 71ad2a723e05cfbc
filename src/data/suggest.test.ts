import { describe, expect, it } from 'vitest';
import { miniGazetteers } from '../../tests/fixtures/paths';
import { createCountrySuggester } from './country-suggestions';
import { diskGazetteerSource } from './gazetteer-source';
import { importInventory } from './import';
import { allowedEdits, closestEntries, didYouMean, editDistance } from './suggest';
import { createPartnerResolver } from './resolve-partner';
import type { CountryPlaces, CountryRecord } from '../domain/gazetteer';
import type { Language } from '../domain/languages';
import { renderImportParam } from '../i18n/import-messages';
import type { FixOption } from './row-fix';
import { parseYearSpan } from './year-span';

const encode = (text: string) => new TextEncoder().encode(text);
const HEADER = 'collectivite_nom;pays_partenaire;territoire_partenaire;annee_debut;annee_fin';
const importCsv = (lines: string[], source = miniGazetteers()) => importInventory(encode([HEADER, ...lines].join('\n')), source);

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, and stops past the bound', () => {
    expect(editDistance('saint malot', 'saint malo', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('dakar', 'rabat', 1)).toBe(2);
    expect(editDistance('', 'abc', 5)).toBe(3);
  });
});

describe('closestEntries', () => {
  const index = new Map([
    ['rennes', ['Rennes']],
    ['renne', ['Renne']],
    ['nantes', ['Nantes']],
    ['lyon', ['Lyon']],
  ]);
  it('gives the nearest names first and none beyond the allowed edits', () => {
    expect(closestEntries(index, 'rennnes')).toEqual(['Rennes']);
    expect(new Set(closestEntries(index, 'rennex'))).toEqual(new Set(['Rennes', 'Renne']));
    expect(closestEntries(index, 'marseille')).toEqual([]);
    expect(closestEntries(index, 'lyons', 3, (name) => name !== 'Lyon')).toEqual([]);
  });
  it('finds what measuring every name finds (the bigram filter loses no close name)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const letter = () => 'abcdefghij '[Math.floor(random() * 11)];
    const word = () => Array.from({ length: 6 + Math.floor(random() * 8) }, () => letter()).join('');
    const names = new Map(Array.from({ length: 400 }, () => word()).map((name) => [name, [name]]));
    const all = [...names.keys()];
    // Queries near a name: one to three random insertions, deletions or substitutions.
    const mutate = (name: string) => {
      let text = name;
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * text.length);
        const kind = Math.floor(random() * 3);
        text = text.slice(0, at) + (kind === 1 ? '' : letter()) + text.slice(kind === 0 ? at : at + 1);
      }
      return text;
    };
    for (let q = 0; q < 300; q++) {
      const key = mutate(all[Math.floor(random() * all.length)]);
      const max = allowedEdits(key.length);
      const distances = [...names.keys()].filter((name) => name !== key).map((name) => [name, editDistance(key, name, max)] as const);
      const best = Math.min(max + 1, ...distances.map(([, d]) => d));
      const expected = distances.filter(([, d]) => d === best && d <= max).map(([name]) => name);
      expect(new Set(closestEntries(names, key, 1000))).toEqual(new Set(expected));
    }
  });

  it('words the question in each language', () => {
    const asked = (names: string[], language: Language) => renderImportParam(didYouMean(names), language);
    expect(asked(['A'], 'fr')).toBe(' Voulez-vous dire A ?');
    expect(asked(['A', 'B', 'C'], 'fr')).toBe(' Voulez-vous dire A, B ou C ?');
    expect(asked(['A', 'B', 'C'], 'en')).toBe(' Did you mean A, B or C?');
    expect(didYouMean([])).toBe('');
  });
});

describe('suggestions in the import report', () => {
  it('suggests Saint-Malo for Saint-Malot, with the fix that mends the row', async () => {
    const { report } = await importCsv(['Saint-Malot;Sénégal;Dakar;2019;'], diskGazetteerSource('public/geo'));
    const issue = report.issues.find((i) => i.severity === 'error');
    expect(issue?.message).toContain('Voulez-vous dire Saint-Malo (commune, 35) ?');
    expect(issue?.fix).toMatchObject({ target: 'collectivite', options: [{ cells: { collectivite_code: '35288', collectivite_nom: 'Saint-Malo' } }] });
  });

  it('lists homonyms as candidates to pick', async () => {
    const { report } = await importCsv(['Saint-Denis;Sénégal;Dakar;;']);
    const issue = report.issues.find((i) => i.severity === 'error');
    expect(issue?.fix?.options.map((option) => option.cells.collectivite_code)).toEqual(['11339', '93066', '97411']);
  });

  it('lists homonym towns and regions of the partner country as points to pick', () => {
    const places: CountryPlaces = {
      version: 1,
      iso2: 'XX',
      admin1: [
        ['XX.01', 'Centre', [], 1, 2],
        ['XX.02', 'Centre', [], 3, 4],
      ],
      cities: [
        [1, 'Saint-Louis', [], 'XX.01', 5000, 10, 20],
        [2, 'Saint-Louis', [], 'XX.02', 300, 11, 21],
      ],
    };
    const country = { iso2: 'XX', nameFr: 'Pays X', lon: 0, lat: 0 } as CountryRecord;
    const resolve = createPartnerResolver(new Map([['XX', places]]));
    const towns = resolve({ country, territory: 'Saint-Louis', level: null, lon: null, lat: null });
    expect(towns.suggestions?.map((option) => option.cells)).toEqual([
      { latitude_partenaire: '20', longitude_partenaire: '10' },
      { latitude_partenaire: '21', longitude_partenaire: '11' },
    ]);
    const labels = (options: FixOption[] | undefined, language: Language) => options?.map((option) => renderImportParam(option.label, language));
    expect(labels(towns.suggestions, 'fr')?.[1]).toBe('Saint-Louis, Centre, 300 hab.');
    expect(labels(towns.suggestions, 'en')?.[1]).toBe('Saint-Louis, Centre, 300 inhabitants');
    const regions = resolve({ country, territory: 'Centre', level: 'region', lon: null, lat: null });
    expect(labels(regions.suggestions, 'fr')).toEqual(['Centre (XX.01)', 'Centre (XX.02)']);
  });

  it('suggests Ziguinchor for Ziguinchorrr (two letters off: one off is read as the name, with a warning), the row placed at the country meanwhile', async () => {
    const { report, cooperations } = await importCsv(['Rennes;Sénégal;Ziguinchorrr;;']);
    expect(cooperations[0].partnerPrecision).toBe('pays');
    const issue = report.issues.find((i) => i.column === 'territoire_partenaire');
    expect(issue).toMatchObject({ severity: 'warning', fix: { target: 'territoire', options: [{ cells: { territoire_partenaire: 'Ziguinchor' } }] } });
    expect(issue?.message).toContain('Voulez-vous dire Ziguinchor');
    const [lon, lat] = issue?.fix?.near ?? [];
    expect([Math.round(lon!), Math.round(lat!)]).toEqual([-17, 15]);
  });

  it('suggests Bénin for Dahomey, a former name, and the closest country for a typo', async () => {
    const { report } = await importCsv(['Rennes;Dahomey;;;', 'Rennes;Sénéggal;;;'], diskGazetteerSource('public/geo'));
    const [dahomey, typo] = report.issues.filter((i) => i.severity === 'error');
    expect(dahomey.message).toContain('Voulez-vous dire Bénin (nom porté jusqu’en 1975 : Dahomey) ?');
    expect(dahomey.fix?.options[0].cells).toEqual({ pays_partenaire: 'BJ' });
    expect(typo.fix?.options[0].cells).toEqual({ pays_partenaire: 'SN' });
    const suggest = createCountrySuggester(await miniGazetteers().countries());
    expect(suggest('Zzzzzzzz')).toEqual([]);
  });

  it('reads "2019-2022" in a start-year cell as start 2019 and end 2022, with a warning', async () => {
    const { cooperations, report } = await importCsv(['Rennes;Sénégal;Dakar;2019-2022;', 'Rennes;Maroc;Rabat;2015 – 2018;2020']);
    expect(cooperations.map((c) => [c.startYear, c.endYear])).toEqual([
      [2019, 2022],
      [2015, 2020],
    ]);
    expect(report.issues.filter((i) => i.column === 'annee_debut').map((i) => i.message)).toEqual([
      '« 2019-2022 » lu comme une période : début 2019, fin 2022.',
      '« 2015 – 2018 » lu comme une période : début 2015, année de fin « 2020 » gardée.',
    ]);
    expect(parseYearSpan('2019')).toBeNull();
  });
});
