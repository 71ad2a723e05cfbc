import { describe, expect, it } from 'vitest';
import type { PickingInfo } from '@deck.gl/core';
import { makeCooperation } from '../../tests/support/make-cooperation';
import { COPIED_UP_TO, cooperationArcs, drawnArcs, KEPT, pickAt, withFilter } from './cooperation-arcs';
import { mapLayers } from './deck-layers';
import { lighten, type Rgb } from './palette';

const lyon = { ctName: 'Lyon', ctLon: 4.83, ctLat: 45.76 };
const cooperations = [
  makeCooperation({ id: 'a' }),
  makeCooperation({ id: 'b', ...lyon, partnerName: 'Fès', partnerCountry: 'MA', partnerLon: -5, partnerLat: 34.03 }),
  makeCooperation({ id: 'c', ...lyon, partnerName: 'Bobo-Dioulasso', partnerCountry: 'BF', partnerLon: -4.3, partnerLat: 11.18 }),
];
const RED: Rgb = [200, 30, 40];
const BLUE: Rgb = [0, 114, 178];
const arcs = cooperationArcs(cooperations, (c) => (c.partnerCountry === 'MA' ? RED : BLUE));

/** The `size` values of attribute `name` at row i, read as deck.gl reads them (stride and offset in bytes). */
function at(name: keyof typeof arcs.attributes, i: number, from = arcs): number[] {
  const { value, size, stride = value.BYTES_PER_ELEMENT * size, offset = 0 } = from.attributes[name];
  const start = (i * stride + offset) / value.BYTES_PER_ELEMENT;
  return [...value.subarray(start, start + size)];
}

describe('cooperationArcs', () => {
  it('gives each arc its collectivity and partner as source and target, in the cooperations’ order', () => {
    expect(arcs.length).toBe(3);
    expect(at('getSourcePosition', 1)).toEqual([Math.fround(4.83), Math.fround(45.76)]);
    expect(at('getTargetPosition', 1)).toEqual([Math.fround(-5), Math.fround(34.03)]);
    expect(at('getSourcePosition', 0)).toEqual([Math.fround(-1.68), Math.fround(48.11)]);
    expect(at('getTargetPosition', 2)).toEqual([Math.fround(-4.3), Math.fround(11.18)]);
  });

  it('shades each arc from its pale colour at the French end to its strong colour at the partner’s', () => {
    expect(at('getSourceColor', 1)).toEqual([...lighten(RED), 220]);
    expect(at('getTargetColor', 1)).toEqual([...RED, 220]);
    expect(at('getTargetColor', 2)).toEqual([...BLUE, 220]);
    expect(arcs.attributes.getTargetColor.normalized).toBe(true);
  });

  it('keeps every arc until filtered; a filter changes the filter attribute only', () => {
    expect(at('getFilterValue', 0)).toEqual([KEPT]);
    const filtered = withFilter(arcs, Uint8Array.from([1, 0, 1]));
    expect([...filtered.attributes.getFilterValue.value]).toEqual([KEPT, 0, KEPT]);
    // deck.gl uploads an attribute again only when its object changes.
    for (const name of ['getSourcePosition', 'getTargetPosition', 'getSourceColor', 'getTargetColor'] as const) {
      expect(filtered.attributes[name]).toBe(arcs.attributes[name]);
    }
    expect(filtered.attributes.getFilterValue).not.toBe(arcs.attributes.getFilterValue);
    expect([...arcs.attributes.getFilterValue.value]).toEqual([KEPT, KEPT, KEPT]);
  });

  it('turns a picked arc back into its cooperation, on the map’s layer too', () => {
    expect(pickAt(arcs, 2)).toEqual({ kind: 'cooperation', cooperation: cooperations[2] });
    expect(pickAt(arcs, 3)).toBeUndefined();
    const layers = mapLayers({ arcs: { kind: 'cooperations', arcs: withFilter(arcs, Uint8Array.from([0, 1, 1])) }, endpoints: [], selectedArcs: null, selectedEndpoints: null });
    const layer = layers.find((l) => l.id === 'cooperation-arcs')!;
    const info = layer.getPickingInfo({ info: { index: 1 } as PickingInfo, mode: 'hover', sourceLayer: layer });
    expect(info.object).toEqual({ kind: 'cooperation', cooperation: cooperations[1] });
  });

  it('copies a few kept arcs into arrays of their own, and filters more on the GPU', () => {
    const few = drawnArcs(arcs, Uint8Array.from([0, 1, 1]), 2);
    expect(few.length).toBe(2);
    expect(at('getTargetPosition', 0, few)).toEqual(at('getTargetPosition', 1));
    expect(at('getSourceColor', 1, few)).toEqual(at('getSourceColor', 2));
    expect(at('getTargetColor', 1, few)).toEqual(at('getTargetColor', 2));
    expect([...few.attributes.getFilterValue.value]).toEqual([KEPT, KEPT]);
    expect(pickAt(few, 0)?.cooperation).toBe(cooperations[1]);

    const many = cooperationArcs(Array.from({ length: COPIED_UP_TO + 2 }, (_, i) => makeCooperation({ id: String(i) })), () => BLUE);
    const mask = new Uint8Array(many.length).fill(1);
    mask[0] = 0;
    const filtered = drawnArcs(many, mask, COPIED_UP_TO + 1);
    expect(filtered.length).toBe(COPIED_UP_TO + 2);
    expect(filtered.attributes.getSourcePosition).toBe(many.attributes.getSourcePosition);
    expect(filtered.attributes.getFilterValue.value[0]).toBe(0);
  });
});
