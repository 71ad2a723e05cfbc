import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, EMPTY_STATE } from './url-codec';

const vocabulary = {
  countries: new Set(['MA', 'SN', 'BF']),
  collectivities: new Set(['35238', '200023414']),
};

describe('URL codec', () => {
  it('reads comma-separated filters and the selection', () => {
    const { state, unknown } = decodeState(
      '?theme=sante,eau-assainissement&region=53&typology=CLIMAPART&country=ma,SN&ct=35238',
      vocabulary,
    );
    expect(unknown).toEqual([]);
    expect(state.themes).toEqual(['sante', 'eau-assainissement']);
    expect(state.regions).toEqual(['53']);
    expect(state.typologies).toEqual(['climapart']);
    expect(state.countries).toEqual(['MA', 'SN']);
    expect(state.ct).toBe('35238');
  });

  it('ignores unknown values and parameters, and names them', () => {
    const { state, unknown } = decodeState('?theme=sante,astrologie&country=ZZ&ct=99999&color=rainbow&foo=1', vocabulary);
    expect(state.themes).toEqual(['sante']);
    expect(state.countries).toEqual([]);
    expect(state.ct).toBeNull();
    expect(state.colorBy).toBe('typology');
    expect(unknown).toEqual([
      { param: 'theme', value: 'astrologie' },
      { param: 'country', value: 'ZZ' },
      { param: 'color', value: 'rainbow' },
      { param: 'ct', value: '99999' },
      { param: 'foo', value: '1' },
    ]);
  });

  it('round-trips a state and leaves defaults out', () => {
    expect(encodeState(EMPTY_STATE)).toBe('?v=1');
    const state = { ...EMPTY_STATE, themes: ['sante' as const], countries: ['MA', 'BF'], mode: 'arcs' as const };
    const encoded = encodeState(state);
    expect(encoded).toBe('?v=1&theme=sante&country=MA,BF&mode=arcs');
    expect(decodeState(encoded, vocabulary).state).toEqual(state);
  });

  it('pads a région code that lost its leading zero', () => {
    expect(decodeState('?region=1,4', vocabulary).state.regions).toEqual(['01', '04']);
  });
});
