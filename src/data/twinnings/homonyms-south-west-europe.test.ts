/**
 * Partner homonyms of south-west Europe settled on a public page: the build places the partner
 * at the homonym the French collectivity is twinned with, not at the most populous of the name.
 */
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../model/geo-grid';
import { diskGazetteerSource } from '../gazetteer-source';
import { buildTwinnings } from './build';

const build = (...lines: string[]) => buildTwinnings(['city1,country1,city2,country2', ...lines].join('\n'), diskGazetteerSource('public/geo'));

describe('partner homonyms checked on a page', () => {
  it('places Arpino in Lazio for Villeneuve-le-Roi and Dunmore in County Galway for Querrien, citing the page', async () => {
    const { jumelages, report } = await build('Villeneuve-le-Roi,France,Arpino,Italy', 'Dunmore,Republic of Ireland,Querrien,France');
    const at = (name: string) => {
      const found = jumelages.find((j) => j.partnerName === name);
      if (!found) throw new Error(`${name} absent`);
      return found;
    };
    // Arpino (Frosinone), 41°38′52″N 13°36′35″E; the most populous Arpino is a place of Campania, some 100 km away.
    const arpino = at('Arpino');
    expect(haversineKm(arpino.partnerLon, arpino.partnerLat, 13.61, 41.65)).toBeLessThan(25);
    // Dunmore (County Galway), 53°37′00″N 8°44′00″W; not Dunmore East, in County Waterford.
    const dunmore = at('Dunmore');
    expect(haversineKm(dunmore.partnerLon, dunmore.partnerLat, -8.73, 53.62)).toBeLessThan(25);
    expect(report.entries[0].warnings.join(' ')).toMatch(/placé à Arpino, Frosinone.*vérifié sur https?:\/\//);
    expect(report.entries[1].warnings.join(' ')).toMatch(/placé à Dunmore, County Galway.*vérifié sur https?:\/\//);
  }, 60_000);
});
