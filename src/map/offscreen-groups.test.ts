import { describe, expect, it } from 'vitest';
import type { ContinentId } from '../domain/gazetteer';
import type { LonLat } from '../model/flows';
import { centreOutOfView, groupCountries, groupOffscreen } from './offscreen-groups';

// A view on Bretagne: [-6, 46] to [0, 50].
const inView = ([lon, lat]: LonLat) => lon >= -6 && lon <= 0 && lat >= 46 && lat <= 50;
const countries: Record<string, { point: LonLat; continent: ContinentId }> = {
  SN: { point: [-17.4, 14.7], continent: 'afrique' },
  ML: { point: [-8, 12.6], continent: 'afrique' },
  DE: { point: [13.4, 52.5], continent: 'europe' },
  GB: { point: [-2, 49.5], continent: 'europe' },
  FJ: { point: [178.4, -18.1], continent: 'oceanie' },
  WS: { point: [-171.8, -13.8], continent: 'oceanie' },
};
// Record i's end before grouping, and its place where it has one.
const records: { end: string | null; place?: LonLat }[] = [
  { end: 'SN', place: [-16.9, 14.8] },
  { end: 'ML' },
  { end: 'DE', place: [11.6, 48.1] },
  { end: 'GB', place: [-1.1, 50.9] },
  { end: 'near:GB/jersey' },
  { end: 'FJ' },
  { end: 'WS' },
  { end: null },
];

function grouped() {
  return groupOffscreen({
    records: records.length,
    endOf: (i) => records[i].end,
    isViewEnd: (key) => key.startsWith('near:'),
    positionOf: (i) => records[i].place,
    countryPoint: (iso2) => countries[iso2]?.point,
    continentOf: (iso2) => countries[iso2]?.continent,
    inView,
  });
}

describe('off-screen groups', () => {
  it('group partners whose country is out of view by continent, and keep ends in view and countries in view as they are', () => {
    const { partnerOf } = grouped();
    expect(records.map((_, i) => partnerOf(i))).toEqual([
      'offscreen:afrique',
      'offscreen:afrique',
      'offscreen:europe',
      // The United Kingdom's point is in view: its place out of view ends there.
      'GB',
      'near:GB/jersey',
      'offscreen:oceanie',
      'offscreen:oceanie',
      null,
    ]);
  });

  it('place each group off screen, around its partners, the Pacific’s across the antimeridian', () => {
    const { groups } = grouped();
    const africa = groups.get('offscreen:afrique')!;
    expect(africa.position[0]).toBeCloseTo((-16.9 - 8) / 2);
    expect(africa.bounds).toEqual([[-16.9, 12.6], [-8, 14.8]]);
    expect(Math.abs(groups.get('offscreen:oceanie')!.position[0])).toBeGreaterThan(170);
    expect([...groups.keys()].sort()).toEqual(['offscreen:afrique', 'offscreen:europe', 'offscreen:oceanie']);
  });

  it('take the member nearest the centre where the centre lies in view', () => {
    // West and east of the view: their mean, [-3, 48], is in Bretagne.
    expect(centreOutOfView([[-10, 48], [4, 48], [5, 48]], inView)).toEqual([4, 48]);
    expect(centreOutOfView([[10, 48], [20, 48]], inView)[0]).toBeCloseTo(15);
  });

  it('count the kept partner countries of each group', () => {
    const { partnerOf } = grouped();
    const countryOf = (i: number) => records[i].end?.slice(0, 2) ?? null;
    expect(groupCountries(partnerOf, countryOf, Uint8Array.from([1, 1, 1, 1, 1, 1, 0, 1]))).toEqual(
      new Map([
        ['offscreen:afrique', 2],
        ['offscreen:europe', 1],
        ['offscreen:oceanie', 1],
      ]),
    );
  });
});
