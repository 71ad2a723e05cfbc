/** Partner names one letter off a place of the gazetteer, against the real gazetteers of public/geo. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltTwinnings } from './build';
import { buildLines } from './build.fixtures';

describe('a partner name one letter off another place', () => {
  let built: BuiltTwinnings;
  beforeAll(async () => {
    built = await buildLines(
      'Bilbrook,England,Saint-Pryvé-Saint-Mesmin,France',
      'Havering,England,Hesdin,France',
      'Gennevilliers,France,Al-Bireh,Palestine',
      'Issy-les-Moulineaux,France,Ichikawa,Japan',
    );
  }, 60_000);
  const entry = (row: number) => built.report.entries.find((e) => e.row === row)!;
  const partnerOf = (row: number) => built.jumelages.find((j) => j.sourceRows.includes(row))!;

  it('is not read as that place in a country whose names are not transliterated (Bilbrook is not Binbrook)', () => {
    expect(entry(2)).toMatchObject({ status: 'rejected', reason: expect.stringContaining('introuvable') });
  });

  it('keeps looking elsewhere: Havering is the London borough, not Haverigg in Cumbria', () => {
    const havering = partnerOf(3);
    expect(havering.partnerLat).toBeGreaterThan(51.4);
    expect(havering.partnerLat).toBeLessThan(51.7);
    expect(havering.partnerLon).toBeGreaterThan(0);
  });

  it('still reads a transliterated town one letter off (Al-Bireh, Al Bīrah), never a region (Ichikawa is not Ishikawa)', () => {
    expect(entry(4).status).toBe('imported');
    expect(partnerOf(4).partnerLat).toBeCloseTo(31.9, 0);
    const ichikawa = partnerOf(5);
    expect(Math.abs(ichikawa.partnerLon - 139.93)).toBeLessThan(0.3);
    expect(Math.abs(ichikawa.partnerLat - 35.72)).toBeLessThan(0.3);
  });
});
