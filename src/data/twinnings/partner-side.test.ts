/**
 * The partner side's own rules, apart from the tables of checked points (an empty table here), on
 * the real gazetteer of Germany: what the rules cannot tell they refuse, and a checked point decides.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryPlaces, CountryRecord } from '../../domain/gazetteer';
import { diskGazetteerSource } from '../gazetteer-source';
import { createPartnerResolver } from '../resolve-partner';
import { checkedPointFinder, type CheckedPoint } from './checked-points';
import { createPartnerSide } from './partner-side';

const source = diskGazetteerSource('public/geo');

describe('partner side without checked points', () => {
  let germany: CountryRecord;
  let places: Map<string, CountryPlaces | null>;
  beforeAll(async () => {
    germany = (await source.countries()).find((country) => country.iso2 === 'DE')!;
    places = new Map([['DE', await source.places('DE')]]);
  }, 60_000);
  const sideWith = (checked: CheckedPoint[]) => createPartnerSide((iso2) => places.get(iso2) ?? null, createPartnerResolver(places), checkedPointFinder(checked));

  it('refuses a qualified name whose town has homonyms of like size (Lindenberg im Allgäu), and places it at a checked point', () => {
    const partner = { country: germany, admin1: null };
    expect(sideWith([])('Lindenberg im Allgäu', partner, 'Vallauris')).toHaveProperty('error');
    const checked = { iso2: 'DE', name: 'Lindenberg im Allgäu', place: 'Lindenberg im Allgäu, Bavaria', lon: 9.9, lat: 47.6, source: 'https://example.org/lindenberg' };
    const answer = sideWith([checked])('Lindenberg im Allgäu', partner, 'Vallauris');
    if (!('value' in answer)) throw new Error('not placed');
    expect(Math.abs(answer.value.lon - 9.9) + Math.abs(answer.value.lat - 47.6)).toBeLessThan(0.3);
    expect(answer.warnings.join(' ')).toContain('https://example.org/lindenberg');
  });
});
