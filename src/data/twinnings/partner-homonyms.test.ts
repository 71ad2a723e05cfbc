/** A partner name several places share, told apart by another line of the source (real gazetteers of public/geo). */
import { describe, expect, it } from 'vitest';
import { buildLines as build } from './build.fixtures';

describe('a partner homonym chosen for its population', () => {
  it('gives way to the place another line of the same collectivity names without doubt, and the two lines merge', async () => {
    const built = await build('Nevers,France,Taizhou,China', 'Besançon,France,Taizhou,China', '"Taizhou, Zhejiang",China,Nevers,France');
    const nevers = built.jumelages.filter((j) => j.ctName === 'Nevers');
    expect(nevers).toHaveLength(1);
    expect(nevers[0].sourceRows).toEqual([2, 4]);
    // Taizhou of Zhejiang (28.7° N), not the more populous Taizhou of Jiangsu (32.5° N).
    expect(nevers[0].partnerLat).toBeCloseTo(28.7, 0);
    expect(built.report.entries[0].warnings.at(-1)).toContain('« Taizhou, Zhejiang »');
    // Another collectivity's line says nothing of Besançon's Taizhou: it stays the most populous.
    expect(built.jumelages.find((j) => j.ctName === 'Besançon')!.partnerLat).toBeCloseTo(32.5, 0);
  }, 60_000);
});
