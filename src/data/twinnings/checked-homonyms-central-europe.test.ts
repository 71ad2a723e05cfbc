/**
 * Partner homonyms of Germany settled on a page (checked/homonyms-central-europe.ts): the pair whose
 * French commune the page names goes to the town the page names, the other pairs of that name keep
 * the build's own choice. The points expected are those the pages give, not the build's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { haversineKm } from '../../model/geo-grid';
import { diskGazetteerSource } from '../gazetteer-source';
import { buildTwinnings, type BuiltTwinnings } from './build';

const source = diskGazetteerSource('public/geo');
/** Halle (Westfalen) and Friedberg (Hessen), as their articles give them. */
const HALLE_WESTFALEN: [number, number] = [8.37, 52.07];
const FRIEDBERG_HESSEN: [number, number] = [8.76, 50.34];

describe('German homonyms checked on a page', () => {
  let built: BuiltTwinnings;
  beforeAll(async () => {
    built = await buildTwinnings(
      [
        'city1,country1,city2,country2',
        'Ronchin,France,Halle,Germany',
        'Grenoble,France,Halle,Germany',
        'Villiers-sur-Marne,France,Friedberg,Germany',
        'Bressuire,France,Friedberg,Germany',
      ].join('\n'),
      source,
    );
  }, 60_000);

  const kmFrom = (ctName: string, point: [number, number]) => {
    const found = built.jumelages.find((j) => j.ctName === ctName);
    if (!found) throw new Error(`${ctName} absent`);
    return haversineKm(found.partnerLon, found.partnerLat, point[0], point[1]);
  };

  it('places Ronchin’s Halle in Westphalia and Villiers-sur-Marne’s Friedberg in Hesse, saying which page settled it', () => {
    expect(kmFrom('Ronchin', HALLE_WESTFALEN)).toBeLessThan(25);
    expect(kmFrom('Villiers-sur-Marne', FRIEDBERG_HESSEN)).toBeLessThan(25);
    expect(built.report.entries[0].warnings.join(' ')).toMatch(/Halle \(Westfalen\).*hallewestfalen\.de/);
    expect(built.report.entries[2].warnings.join(' ')).toMatch(/Friedberg \(Hessen\).*vérifié sur https:/);
  });

  it('leaves Grenoble’s Halle and Bressuire’s Friedberg to the most populous of the name', () => {
    expect(kmFrom('Grenoble', HALLE_WESTFALEN)).toBeGreaterThan(200);
    expect(kmFrom('Bressuire', FRIEDBERG_HESSEN)).toBeGreaterThan(200);
    expect(built.report.entries[1].warnings.join(' ')).toMatch(/la plus peuplée est retenue \(Halle \(Saale\)/);
  });
});
