import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseCollectivityKind,
  parseDegrees,
  parseEuros,
  parseNature,
  parseThemes,
  parseTypology,
  parseYear,
  splitList,
  type Parsed,
} from './values';
import { renderImportMessage } from '../i18n/import-messages';

/** The warning as the CLI prints it. */
const inFrench = <T>({ value, warning }: Parsed<T>) => ({ value, ...(warning ? { warning: renderImportMessage(warning, 'fr') } : {}) });

describe('splitList', () => {
  it('splits on | first, else on ; or ,', () => {
    expect(splitList('AFD/FICOL | UE, FEDER | fonds propres')).toEqual(['AFD/FICOL', 'UE, FEDER', 'fonds propres']);
    expect(splitList('UE; agence de l’eau')).toEqual(['UE', 'agence de l’eau']);
    expect(splitList('comité de jumelage, associations,')).toEqual(['comité de jumelage', 'associations']);
    expect(splitList('  ')).toEqual([]);
  });
});

describe('parseThemes', () => {
  it('maps free labels to canonical ids, without accents or case', () => {
    expect(parseThemes('Eau|Assainissement|Sécurité alimentaire|jeunesse|SPORT|Patrimoine|Genre').themes).toEqual([
      'eau-assainissement',
      'agriculture-alimentation',
      'jeunesse-sport-mobilite',
      'culture-patrimoine',
      'egalite-femmes-hommes',
    ]);
  });

  it("maps a Résacoop domain to its several themes, and canonical ids and labels to themselves", () => {
    expect(parseThemes('Eau, assainissement, énergie, environnement, déchets|sante|Éducation et formation').themes).toEqual([
      'eau-assainissement',
      'energie-climat',
      'environnement-dechets',
      'sante',
      'education-formation',
    ]);
  });

  it('returns unknown labels as written', () => {
    expect(parseThemes('Santé;Astronomie')).toEqual({ themes: ['sante'], unknown: ['Astronomie'] });
  });
});

describe('parseYear', () => {
  it('reads years and dates that hold one', () => {
    expect(parseYear(' 2015 ')).toEqual({ value: 2015 });
    expect(parseYear('2015-03-01')).toEqual({ value: 2015 });
    expect(parseYear('1956-01-01T00:00:00Z')).toEqual({ value: 1956 });
    expect(parseYear('01/03/2015')).toEqual({ value: 2015 });
    expect(parseYear('')).toEqual({ value: null });
  });

  it('reads an Excel date serial as its year, with a warning', () => {
    expect(inFrench(parseYear('42005'))).toEqual({ value: 2015, warning: expect.stringContaining('Date Excel') });
  });

  it('drops years out of range or unreadable, with a warning', () => {
    expect(inFrench(parseYear('1850'))).toMatchObject({ value: null, warning: expect.stringContaining('hors de la plage') });
    expect(inFrench(parseYear('vers 2010'))).toMatchObject({ value: null, warning: expect.stringContaining('illisible') });
    expect(parseYear('15')).toMatchObject({ value: null });
  });
});

describe('parseEuros', () => {
  it.each([
    ['12 500 €', 12500],
    ['12\u202f500\u00a0€', 12500],
    ['3500,50', 3500.5],
    ['3500.50', 3500.5],
    ['1 200 000', 1200000],
    ['1.200.000,00', 1200000],
    ['1,200,000.00', 1200000],
    ['1.200', 1200],
    ['1,5', 1.5],
    ['12k€', 12000],
    ['1,5 M€', 1500000],
    ['€ 800', 800],
    ['800 euros', 800],
    ['250 EUR', 250],
  ])('%j → %d', (text, value) => expect(parseEuros(text)).toEqual({ value }));

  it.each(['abc', '-500', '12 500 $', '1.2.3', '12,5,0'])('%j is unreadable: null with a warning', (text) => {
    expect(inFrench(parseEuros(text))).toMatchObject({ value: null, warning: expect.stringContaining(text) });
  });
});

describe('closed vocabularies', () => {
  it('reads booleans in French and English', () => {
    expect(['oui', 'Yes', '1', 'x', 'VRAI'].map((text) => parseBoolean(text).value)).toEqual([true, true, true, true, true]);
    expect(['non', 'No', '0', 'faux'].map((text) => parseBoolean(text).value)).toEqual([false, false, false, false]);
    expect(inFrench(parseBoolean('peut-être'))).toMatchObject({ value: null, warning: expect.any(String) });
    expect(parseBoolean('')).toEqual({ value: null });
  });

  it('normalises natures, kinds and typology models', () => {
    expect(parseNature('Coopération décentralisée').value).toBe('cooperation-decentralisee');
    expect(parseNature('Jumelage').value).toBe('jumelage');
    expect(parseNature('Erasmus+').value).toBe('projet-europeen');
    expect(inFrench(parseNature('amitié éternelle'))).toMatchObject({ value: null, warning: expect.any(String) });
    expect(parseCollectivityKind('Communauté d’agglomération').value).toBe('epci');
    expect(parseCollectivityKind('Région').value).toBe('region');
    expect(parseTypology('CLIMAPART').value).toBe('climapart');
    expect(inFrench(parseTypology('autre'))).toMatchObject({ value: null, warning: expect.any(String) });
  });
});

describe('parseDegrees', () => {
  it('reads decimal degrees with a point or a comma and checks their range', () => {
    expect(parseDegrees('-16,48962', 180)).toEqual({ value: -16.48962 });
    expect(parseDegrees('14.69', 90)).toEqual({ value: 14.69 });
    expect(inFrench(parseDegrees('95', 90))).toMatchObject({ value: null, warning: expect.any(String) });
    expect(parseDegrees('14°N', 90)).toMatchObject({ value: null });
  });
});
