import { describe, expect, it } from 'vitest';
import { datasetToOpen, DEMO_ID, JUMELAGES_ID } from './datasets';

describe('datasetToOpen', () => {
  it('opens the dataset the address names, whatever this browser showed last', () => {
    expect(datasetToOpen('?data=demo&country=BF', 'abc123')).toBe(DEMO_ID);
    expect(datasetToOpen('?data=jumelages', null)).toBe(JUMELAGES_ID);
    expect(datasetToOpen('?data=abc123', null)).toBe('abc123');
  });

  it('opens the real jumelages on a first visit', () => {
    expect(datasetToOpen('', null)).toBe(JUMELAGES_ID);
  });

  it('opens again on a bare address the dataset this browser showed last', () => {
    expect(datasetToOpen('', DEMO_ID)).toBe(DEMO_ID);
    expect(datasetToOpen('', 'abc123')).toBe('abc123');
  });

  it('keeps the old meaning of a link without data=: the dataset imported in this browser, else the demo', () => {
    expect(datasetToOpen('?ct=35238', 'abc123')).toBe('abc123');
    expect(datasetToOpen('?ct=35238', null)).toBe(DEMO_ID);
    expect(datasetToOpen('?ct=35238', JUMELAGES_ID)).toBe(DEMO_ID);
  });
});
