import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRIES_WITH_ARTICLES, frenchCountryForms } from './country-articles';

const countries: { iso2: string; nameFr: string }[] = JSON.parse(readFileSync(new URL('../../public/geo/countries.json', import.meta.url), 'utf8'));
const forms = (iso2: string) => frenchCountryForms(iso2, countries.find((c) => c.iso2 === iso2)!.nameFr);

describe('French country names with their article and preposition', () => {
  it('knows every country of the gazetteer, and no other code', () => {
    expect(countries.filter((c) => !COUNTRIES_WITH_ARTICLES.has(c.iso2)).map((c) => c.iso2)).toEqual([]);
    expect([...COUNTRIES_WITH_ARTICLES].filter((iso2) => !countries.some((c) => c.iso2 === iso2))).toEqual([]);
    expect(COUNTRIES_WITH_ARTICLES.size).toBe(countries.length);
  });

  it('writes the study’s partners as French does', () => {
    expect(forms('DZ')).toEqual({ definite: 'l’Algérie', located: 'en Algérie' });
    expect(forms('SN')).toEqual({ definite: 'le Sénégal', located: 'au Sénégal' });
    expect(forms('MG')).toEqual({ definite: 'Madagascar', located: 'à Madagascar' });
    expect(forms('KM')).toEqual({ definite: 'les Comores', located: 'aux Comores' });
    expect(forms('MA').located).toBe('au Maroc');
    expect(forms('BF').located).toBe('au Burkina Faso');
    expect(forms('ML').definite).toBe('le Mali');
    expect(forms('TN').located).toBe('en Tunisie');
    expect(forms('HT')).toEqual({ definite: 'Haïti', located: 'en Haïti' });
    expect(forms('RE').located).toBe('à la Réunion');
    expect(forms('IM')).toEqual({ definite: 'l’île de Man', located: 'à l’île de Man' });
    expect(forms('US').located).toBe('aux États-Unis d\'Amérique');
  });

  it('never puts « le » or « la » before a vowel', () => {
    const wrong = countries.map((c) => frenchCountryForms(c.iso2, c.nameFr).definite).filter((text) => /^(le|la) [AEIOUÉÈÎ]/.test(text));
    expect(wrong).toEqual([]);
  });

  it('reads an unknown code as a bare name', () => {
    expect(frenchCountryForms('ZZ', 'Utopie')).toEqual({ definite: 'l’Utopie', located: 'en Utopie' });
    expect(frenchCountryForms('ZZ', 'Zembla')).toEqual({ definite: 'Zembla', located: 'à Zembla' });
  });
});
