/**
 * Partner places GeoNames cities500 lacks, placed from the table of points checked on public pages:
 * without the table these lines are rejected; with it, each lies at the town the page describes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltTwinnings } from '../build';
import { buildLines, jumelageOf, partnerKmFrom } from '../build.fixtures';
import { placeKey } from '../../place-names';
import { CHECKED_ELSEWHERE } from './missing-elsewhere';

describe('partner places checked on a page', () => {
  let built: BuiltTwinnings;
  beforeAll(async () => {
    built = await buildLines(
      'Coulaines,France,Weyhe,Germany',
      'Hérouville-Saint-Clair,France,Agnam-Goly,Senegal',
      'Nogent-sur-Oise,France,Aida Camp,Palestine',
      'Strasbourg,France,Aida Camp,Palestine',
    );
  }, 60_000);

  const kmFrom = (ctName: string, partnerName: string, point: [number, number]) => partnerKmFrom(jumelageOf(built, ctName, partnerName), point);

  it('places a Gemeinde, a Senegalese village and a refugee camp where their pages put them', () => {
    // Weyhe: 52° 59′ N, 8° 50′ E; Agnam-Goly: 16° 00′ 24″ N, 13° 41′ 25″ W; Aida: 31° 43′ 10″ N, 35° 11′ 56″ E.
    expect(kmFrom('Coulaines', 'Weyhe', [8.83, 52.98])).toBeLessThan(25);
    expect(kmFrom('Hérouville-Saint-Clair', 'Agnam-Goly', [-13.69, 16.01])).toBeLessThan(25);
    expect(kmFrom('Nogent-sur-Oise', 'Aida Camp', [35.2, 31.72])).toBeLessThan(25);
    expect(kmFrom('Strasbourg', 'Aida Camp', [35.2, 31.72])).toBeLessThan(25);
  });

  it('names the page in the warning of each line it places', () => {
    const line = built.report.entries.find((entry) => entry.status === 'imported' && entry.warnings.some((w) => w.includes('Weyhe')));
    expect(line?.warnings.join(' ')).toContain('https://denl.abcdef.wiki/wiki/Weyhe');
  });
});

describe('the table of places checked elsewhere', () => {
  it('holds one entry per country and spelling, by country then name, each for any French twin and to 0.01°', () => {
    const keys = CHECKED_ELSEWHERE.map((entry) => `${entry.iso2}|${placeKey(entry.name)}`);
    expect(new Set(keys).size).toBe(keys.length);
    const order = CHECKED_ELSEWHERE.map((entry) => [entry.iso2, entry.name.toLowerCase()].join('|'));
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b)));
    for (const entry of CHECKED_ELSEWHERE) {
      expect(entry.french, entry.name).toBeUndefined();
      expect(Math.round(entry.lon * 100) / 100, entry.name).toBe(entry.lon);
      expect(Math.round(entry.lat * 100) / 100, entry.name).toBe(entry.lat);
    }
  });
});
