import { describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '../domain/app-state';
import { CATEGORY_FACET_IDS, facet, NO_FILTERS } from '../domain/facets';
import { decodeState, encodeState } from './url-codec';


const vocabulary = {
  facetValues: { country: new Set(['MA', 'SN', 'BF']) },
  collectivities: new Set(['35238', '200023414']),
  places: new Set(['SN/saint-louis']),
};

describe('URL codec', () => {
  it('reads comma-separated filters, the year range and the selection', () => {
    const { state, unknown } = decodeState(
      '?theme=sante,eau-assainissement&region=53&typology=CLIMAPART&country=ma,SN&network=resacoop&from=2000&to=2010&ct=35238',
      vocabulary,
    );
    expect(unknown).toEqual([]);
    expect(state.filters.theme).toEqual(['sante', 'eau-assainissement']);
    expect(state.filters.region).toEqual(['53']);
    expect(state.filters.typology).toEqual(['climapart']);
    expect(state.filters.country).toEqual(['MA', 'SN']);
    expect(state.filters.network).toEqual(['resacoop']);
    expect(state.years).toEqual({ from: 2000, to: 2010 });
    expect(state.ct).toBe('35238');
  });

  it('ignores unknown values and parameters, and names them', () => {
    const { state, unknown } = decodeState('?theme=sante,astrologie&country=ZZ&ct=99999&color=rainbow&from=hier&foo=1', vocabulary);
    expect(state.filters.theme).toEqual(['sante']);
    expect(state.filters.country).toEqual([]);
    expect(state.ct).toBeNull();
    expect(state.colorBy).toBe('typology');
    expect(state.years).toBeNull();
    expect(unknown).toEqual([
      { param: 'theme', value: 'astrologie' },
      { param: 'country', value: 'ZZ' },
      { param: 'from', value: 'hier' },
      { param: 'ct', value: '99999' },
      { param: 'color', value: 'rainbow' },
      { param: 'foo', value: '1' },
    ]);
  });

  it('round-trips a state and leaves defaults out', () => {
    expect(encodeState(EMPTY_STATE)).toBe('?v=1');
    const state = {
      ...EMPTY_STATE,
      filters: { ...NO_FILTERS, theme: ['sante'], country: ['MA', 'BF'] },
      years: { from: 1990, to: null },
      mode: 'arcs' as const,
    };
    const encoded = encodeState(state);
    expect(encoded).toBe('?v=1&theme=sante&country=MA,BF&from=1990&mode=arcs');
    expect(decodeState(encoded, vocabulary).state).toEqual(state);
  });

  it('reads a selected partner place', () => {
    const { state } = decodeState('?place=SN/saint-louis', vocabulary);
    expect(state.place).toBe('SN/saint-louis');
    expect(encodeState(state)).toBe('?v=1&place=SN/saint-louis');
  });

  it('reads the citizen page of a collectivity, its embedded form and its language', () => {
    const { state, unknown } = decodeState('?ct=35238&page=collectivite&embed=1&lang=en', vocabulary);
    expect(unknown).toEqual([]);
    expect(state).toMatchObject({ ct: '35238', page: 'collectivite', embed: true, lang: 'en' });
    expect(encodeState(state)).toBe('?v=1&ct=35238&page=collectivite&embed=1&lang=en');
  });

  it('reads an embed of the map view with its filters and camera, and writes it back as it was', () => {
    const search = '?v=1&data=jumelages&country=SN&embed=1&at=-14.500,14.400,5.2';
    const { state, unknown } = decodeState(search, vocabulary);
    expect(unknown).toEqual([]);
    expect(state).toMatchObject({ page: null, view: 'carte', embed: true, data: 'jumelages', camera: { lon: -14.5, lat: 14.4, zoom: 5.2 } });
    expect(state.filters.country).toEqual(['SN']);
    expect(encodeState(state)).toBe(search);
  });

  it('falls back to the atlas, in the remembered language, on an unknown page, embed or language', () => {
    const { state, unknown } = decodeState('?page=accueil&embed=oui&lang=de', vocabulary);
    expect(state).toMatchObject({ page: null, embed: false, lang: null });
    expect(unknown).toEqual([
      { param: 'page', value: 'accueil' },
      { param: 'embed', value: 'oui' },
      { param: 'lang', value: 'de' },
    ]);
  });

  it('reads and writes where the map looks, and names a malformed camera', () => {
    const { state } = decodeState('?at=2.35,46.5,4.2', vocabulary);
    expect(state.camera).toEqual({ lon: 2.35, lat: 46.5, zoom: 4.2 });
    expect(encodeState({ ...EMPTY_STATE, camera: { lon: 2.35123, lat: 46.5, zoom: 4.234 } })).toBe('?v=1&at=2.351,46.500,4.2');
    expect(decodeState('?at=ici', vocabulary).unknown).toEqual([{ param: 'at', value: 'ici' }]);
    expect(decodeState('?at=2,95,4', vocabulary).state.camera).toBeNull();
  });

  it('gives every facet of the registry its parameter', () => {
    for (const id of CATEGORY_FACET_IDS) {
      const value = facet(id).values?.[0] ?? 'SN';
      const state = { ...EMPTY_STATE, filters: { ...NO_FILTERS, [id]: [value] } };
      expect(encodeState(state)).toBe(`?v=1&${id}=${value}`);
      expect(decodeState(encodeState(state), vocabulary).state).toEqual(state);
    }
  });

  it('pads a région code that lost its leading zero', () => {
    expect(decodeState('?region=1,4', vocabulary).state.filters.region).toEqual(['01', '04']);
  });

  it('names the dataset on screen (data=) and keeps it through a round trip', () => {
    const { state, unknown } = decodeState('?data=jumelages&country=BF', vocabulary);
    expect(unknown).toEqual([]);
    expect(state.data).toBe('jumelages');
    expect(encodeState(state)).toBe('?v=1&data=jumelages&country=BF');
    expect(decodeState('?country=BF', vocabulary).state.data).toBeNull();
    expect(decodeState('?data=<script>', vocabulary).unknown).toEqual([{ param: 'data', value: '<script>' }]);
  });
});

describe('URL codec: anchor and within', () => {
  it('reads a région, network, département or collectivity anchor, and how far others count', () => {
    const read = (search: string) => {
      const { state, unknown } = decodeState(search, vocabulary);
      return [state.anchor, state.within, unknown];
    };
    expect(read('?view=chevauchements&anchor=region-53')).toEqual(['region-53', 'place', []]);
    expect(read('?anchor=network-ycid&within=50')).toEqual(['network-ycid', 50, []]);
    expect(read('?anchor=departement-2a&within=admin1')).toEqual(['departement-2A', 'admin1', []]);
    expect(read('?anchor=35238&within=country')).toEqual(['35238', 'country', []]);
  });

  it('names an unknown anchor, and a within without an anchor or out of range', () => {
    const notices = (search: string) => decodeState(search, vocabulary).unknown;
    expect(notices('?anchor=region-99&within=50')).toEqual([
      { param: 'anchor', value: 'region-99' },
      { param: 'within', value: '50' },
    ]);
    expect(notices('?anchor=99999')).toEqual([{ param: 'anchor', value: '99999' }]);
    expect(notices('?anchor=region-53&within=0')).toEqual([{ param: 'within', value: '0' }]);
    expect(notices('?anchor=region-53&within=loin')).toEqual([{ param: 'within', value: 'loin' }]);
    expect(decodeState('?anchor=network-inconnu', vocabulary).state.anchor).toBeNull();
  });

  it('round-trips an anchor, leaving the same-place reach out', () => {
    const anchored = { ...EMPTY_STATE, view: 'chevauchements' as const, anchor: 'region-53', within: 25 };
    expect(encodeState(anchored)).toBe('?v=1&anchor=region-53&within=25&view=chevauchements');
    expect(decodeState(encodeState(anchored), vocabulary).state).toEqual(anchored);
    expect(encodeState({ ...anchored, within: 'place' })).toBe('?v=1&anchor=region-53&view=chevauchements');
  });
});
