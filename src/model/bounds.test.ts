import { describe, expect, it } from 'vitest';
import { boundsOf } from './bounds';
import { makeCooperation } from '../../tests/support/make-cooperation';

describe('boundsOf', () => {
  it('spans both ends of every cooperation', () => {
    const bounds = boundsOf([
      makeCooperation({ id: 'a', ctLon: -1.68, ctLat: 48.11, partnerLon: -16.49, partnerLat: 16.03 }),
      makeCooperation({ id: 'b', ctLon: -1.68, ctLat: 48.11, partnerLon: 47.5, partnerLat: -18.9 }),
    ]);
    expect(bounds).toEqual([
      [-16.49, -18.9],
      [47.5, 48.11],
    ]);
    expect(boundsOf([])).toBeNull();
  });
});
