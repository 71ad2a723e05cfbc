/**
 * Partner homonyms settled on a page (checked/homonyms-*.ts): the pair whose French collectivity
 * the page names goes to the town the page names, the other pairs of that name keep the build's
 * own choice. The points expected are those the pages give, not the build's, within 25 km.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltTwinnings } from '../build';
import { buildLines, jumelageOf, partnerKmFrom } from '../build.fixtures';
import { RIGHT_WITHIN_KM } from '../quality';

describe('partner homonyms checked on a page (Americas, Asia)', () => {
  let built: BuiltTwinnings;
  beforeAll(async () => {
    built = await buildLines('Colmar,France,Princeton,United States', 'Park City,United States,Courchevel,France', 'Cergy,France,Columbia,United States');
  }, 60_000);

  it('places Princeton of Colmar in New Jersey, not Florida', () => {
    expect(partnerKmFrom(jumelageOf(built, 'Colmar'), [-74.66, 40.35])).toBeLessThan(RIGHT_WITHIN_KM);
    expect(built.report.entries.find((entry) => entry.row === 2)!.warnings.join(' ')).toMatch(/Princeton, New Jersey.*princetoninfo\.com/);
  });

  it('places Park City of Courchevel in Utah, whichever side of the line the source writes it', () => {
    expect(partnerKmFrom(jumelageOf(built, 'Courchevel'), [-111.5, 40.66])).toBeLessThan(RIGHT_WITHIN_KM);
  });

  it('places Columbia of Cergy in Maryland, not South Carolina', () => {
    expect(partnerKmFrom(jumelageOf(built, 'Cergy'), [-76.86, 39.2])).toBeLessThan(RIGHT_WITHIN_KM);
  });
});

describe('German homonyms checked on a page', () => {
  /** Halle (Westfalen) and Friedberg (Hessen), as their articles give them. */
  const HALLE_WESTFALEN: [number, number] = [8.37, 52.07];
  const FRIEDBERG_HESSEN: [number, number] = [8.76, 50.34];
  let built: BuiltTwinnings;
  beforeAll(async () => {
    built = await buildLines('Ronchin,France,Halle,Germany', 'Grenoble,France,Halle,Germany', 'Villiers-sur-Marne,France,Friedberg,Germany', 'Bressuire,France,Friedberg,Germany');
  }, 60_000);
  const kmFrom = (ctName: string, point: [number, number]) => partnerKmFrom(jumelageOf(built, ctName), point);

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

describe('partner homonyms of south-west Europe checked on a page', () => {
  it('places Arpino in Lazio for Villeneuve-le-Roi and Dunmore in County Galway for Querrien, citing the page', async () => {
    const built = await buildLines('Villeneuve-le-Roi,France,Arpino,Italy', 'Dunmore,Republic of Ireland,Querrien,France');
    // Arpino (Frosinone), 41°38′52″N 13°36′35″E; the most populous Arpino is a place of Campania, some 100 km away.
    expect(partnerKmFrom(jumelageOf(built, 'Villeneuve-le-Roi', 'Arpino'), [13.61, 41.65])).toBeLessThan(25);
    // Dunmore (County Galway), 53°37′00″N 8°44′00″W; not Dunmore East, in County Waterford.
    expect(partnerKmFrom(jumelageOf(built, 'Querrien', 'Dunmore'), [-8.73, 53.62])).toBeLessThan(25);
    expect(built.report.entries[0].warnings.join(' ')).toMatch(/placé à Arpino, Frosinone.*vérifié sur https?:\/\//);
    expect(built.report.entries[1].warnings.join(' ')).toMatch(/placé à Dunmore, County Galway.*vérifié sur https?:\/\//);
  }, 60_000);
});
