import { describe, expect, it } from 'vitest';
import { parsePoint, typedCells } from './row-fix';

describe('parsePoint', () => {
  it('reads latitude then longitude, with a decimal point or comma', () => {
    expect(parsePoint('14.69, -17.44')).toEqual({ lat: 14.69, lon: -17.44 });
    expect(parsePoint('14,69 ; -17,44')).toEqual({ lat: 14.69, lon: -17.44 });
    expect(parsePoint(' 12.5 -16.27 ')).toEqual({ lat: 12.5, lon: -16.27 });
  });
  it('refuses what is no point', () => {
    expect(parsePoint('Dakar')).toBeNull();
    expect(parsePoint('14,69')).toBeNull();
    expect(parsePoint('95, 10')).toBeNull();
    expect(parsePoint('10, 200')).toBeNull();
  });
});

describe('typedCells', () => {
  it('puts a typed value in the cells its target reads', () => {
    expect(typedCells('collectivite', ' 35288 ')).toEqual({ collectivite_code: '35288' });
    expect(typedCells('pays', 'BJ')).toEqual({ pays_partenaire: 'BJ' });
    expect(typedCells('territoire', '12.58, -16.27')).toEqual({ latitude_partenaire: '12.58', longitude_partenaire: '-16.27' });
    expect(typedCells('territoire', 'Ziguinchor')).toEqual({ territoire_partenaire: 'Ziguinchor' });
    expect(typedCells('pays', '  ')).toBeNull();
  });
});
