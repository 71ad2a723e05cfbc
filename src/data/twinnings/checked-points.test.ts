import { describe, expect, it } from 'vitest';
import { CHECKED_COMMUNES, CHECKED_POINTS, checkedCommuneFinder, checkedPointFinder, type CheckedPoint } from './checked-points';

const point = (entry: Partial<CheckedPoint>): CheckedPoint => ({ iso2: 'US', name: 'Princeton', place: 'Princeton, New Jersey', lon: -74.66, lat: 40.35, source: 'https://example.org', ...entry });

describe('checked points', () => {
  it('finds the entry of the pair before the entry of the name, whatever the spelling of accents and case', () => {
    const find = checkedPointFinder([point({ french: 'Colmar' }), point({ place: 'Princeton, Indiana', lon: -87.57, lat: 38.36 })]);
    expect(find('US', 'princeton', 'COLMAR')?.place).toBe('Princeton, New Jersey');
    expect(find('US', 'Princeton', 'Saint-Lô')?.place).toBe('Princeton, Indiana');
    expect(find('CA', 'Princeton', 'Colmar')).toBeNull();
  });

  it('refuses two entries for one key', () => {
    expect(() => checkedPointFinder([point({}), point({ lon: 0 })])).toThrow(/double/);
  });

  it('finds a checked commune by its French name, the partner and its country', () => {
    const find = checkedCommuneFinder([{ french: 'Valence', partner: 'Ijevan', iso2: 'AM', insee: '26362', source: 'https://example.org' }]);
    expect(find('valence', 'Ijevan', 'AM')?.insee).toBe('26362');
    expect(find('Valence', 'Ijevan', 'FR')).toBeNull();
  });

  it('keeps every table entry sourced, within its country and on the globe', () => {
    for (const entry of CHECKED_POINTS) {
      expect(entry.source, entry.name).toMatch(/^https?:\/\//);
      expect(Math.abs(entry.lat), entry.name).toBeLessThanOrEqual(90);
      expect(Math.abs(entry.lon), entry.name).toBeLessThanOrEqual(180);
      expect(entry.iso2, entry.name).toMatch(/^[A-Z]{2}$/);
    }
    for (const entry of CHECKED_COMMUNES) {
      expect(entry.source, entry.french).toMatch(/^https?:\/\//);
      expect(entry.insee, entry.french).toMatch(/^(\d[\dAB]\d{3}|\d{9})$/);
    }
    expect(() => checkedPointFinder(CHECKED_POINTS)).not.toThrow();
    expect(() => checkedCommuneFinder(CHECKED_COMMUNES)).not.toThrow();
  });
});
