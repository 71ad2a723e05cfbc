import { describe, expect, it } from 'vitest';
import { fitPadding } from './fit-view';

describe('fitPadding', () => {
  it('leaves a margin all round without a card', () => {
    expect(fitPadding(1000, 700, false)).toEqual({ top: 48, right: 48, bottom: 48, left: 48 });
  });

  it('leaves the side card its width on a wide map, and never more than half the map', () => {
    expect(fitPadding(1000, 700, true).right).toBe(416);
    expect(fitPadding(760, 700, true).right).toBe(380);
  });

  it('leaves the open legend its width on a wide map, up to a third of it', () => {
    expect(fitPadding(1200, 700, false, 300).left).toBe(348);
    expect(fitPadding(900, 700, false, 320).left).toBe(300);
    expect(fitPadding(390, 600, false, 300).left).toBe(48);
  });

  it('leaves the bottom sheet its height and a margin above it on a phone, with smaller margins', () => {
    expect(fitPadding(390, 600, true)).toEqual({ top: 48, right: 48, bottom: 318, left: 48 });
    expect(fitPadding(200, 160, false).top).toBe(20);
  });
});
