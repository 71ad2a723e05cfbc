/** A partner name several places share, told apart by another line of the source (real gazetteers of public/geo). */
import { describe, expect, it } from 'vitest';
import { diskGazetteerSource } from '../gazetteer-source';
import { buildTwinnings } from './build';

const build = (...lines: string[]) => buildTwinnings(['city1,country1,city2,country2', ...lines].join('\n'), diskGazetteerSource('public/geo'));

describe('a partner homonym chosen for its population', () => {
  it('gives way to the place another line of the same collectivity names without doubt, and the two lines merge', async () => {
    const built = await build('Villiers-sur-Marne,France,Friedberg,Germany', 'Bressuire,France,Friedberg,Germany', '"Friedberg, Hesse",Germany,Villiers-sur-Marne,France');
    const villiers = built.jumelages.filter((j) => j.ctName === 'Villiers-sur-Marne');
    expect(villiers).toHaveLength(1);
    expect(villiers[0].sourceRows).toEqual([2, 4]);
    expect(villiers[0].partnerLat).toBeCloseTo(50.33, 0);
    expect(built.report.entries[0].warnings.at(-1)).toContain('« Friedberg, Hesse »');
    // Another collectivity's line says nothing of Bressuire's Friedberg: it stays the most populous.
    const bressuire = built.jumelages.find((j) => j.ctName === 'Bressuire')!;
    expect(bressuire.partnerLat).toBeCloseTo(48.35, 0);
  }, 60_000);
});
