/**
 * Partner homonyms settled on a public page (src/data/twinnings/checked/homonyms-americas-asia.ts): the
 * source gives no state, and the most populous place of the name is not the one twinned.
 * The expected points are those of the pages cited there, within 25 km.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { diskGazetteerSource } from '../gazetteer-source';
import { buildTwinnings, type BuiltTwinnings } from './build';
import { kmBetween, RIGHT_WITHIN_KM } from './quality';

const HEADER = 'city1,country1,city2,country2';
const source = diskGazetteerSource('public/geo');

describe('partner homonyms checked on a page (Americas, Asia)', () => {
  let built: BuiltTwinnings;
  beforeAll(async () => {
    built = await buildTwinnings(
      [HEADER, 'Colmar,France,Princeton,United States', 'Park City,United States,Courchevel,France', 'Cergy,France,Columbia,United States'].join('\n'),
      source,
    );
  }, 60_000);

  const partnerOf = (ctName: string) => {
    const found = built.jumelages.find((j) => j.ctName === ctName);
    if (!found) throw new Error(`${ctName} absent`);
    return found;
  };

  it('places Princeton of Colmar in New Jersey, not Florida', () => {
    const princeton = partnerOf('Colmar');
    expect(kmBetween([princeton.partnerLon, princeton.partnerLat], [-74.66, 40.35])).toBeLessThan(RIGHT_WITHIN_KM);
    expect(built.report.entries.find((entry) => entry.row === 2)!.warnings.join(' ')).toMatch(/Princeton, New Jersey.*princetoninfo\.com/);
  });

  it('places Park City of Courchevel in Utah, whichever side of the line the source writes it', () => {
    const parkCity = partnerOf('Courchevel');
    expect(kmBetween([parkCity.partnerLon, parkCity.partnerLat], [-111.5, 40.66])).toBeLessThan(RIGHT_WITHIN_KM);
  });

  it('places Columbia of Cergy in Maryland, not South Carolina', () => {
    const columbia = partnerOf('Cergy');
    expect(kmBetween([columbia.partnerLon, columbia.partnerLat], [-76.86, 39.2])).toBeLessThan(RIGHT_WITHIN_KM);
  });
});
