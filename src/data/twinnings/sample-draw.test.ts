import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SampleFile } from './quality';
import { drawSampleLines } from './sample-draw';

describe('drawSampleLines', () => {
  it('draws distinct lines after the header, none excluded, sorted, the same for the same seed', () => {
    const lines = drawSampleLines(50, 20, 3, [2, 10, 11]);
    expect(lines).toHaveLength(20);
    expect(new Set(lines).size).toBe(20);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    for (const line of lines) expect(line >= 2 && line <= 50 && ![2, 10, 11].includes(line)).toBe(true);
    expect(drawSampleLines(50, 20, 3, [2, 10, 11])).toEqual(lines);
    expect(drawSampleLines(50, 20, 4, [2, 10, 11])).not.toEqual(lines);
  });

  it('draws every line left when asked for all of them, and refuses more', () => {
    expect(drawSampleLines(6, 3, 1, [3, 5])).toEqual([2, 4, 6]);
    expect(() => drawSampleLines(6, 4, 1, [3, 5])).toThrow('Tirage de 4 lignes parmi 3 impossible');
  });

  it('makes again the second draw of the committed sample from its seed, the first draw left out', () => {
    const sample = JSON.parse(readFileSync('data/jumelages-sample.json', 'utf8')) as SampleFile;
    const lastLine = readFileSync('data/sources/wikipedia-twin-towns-france.csv', 'utf8').trimEnd().split('\n').length;
    const [first, second] = sample.draws;
    const rows = second.entries.map((entry) => entry.row);
    expect(rows).toEqual(drawSampleLines(lastLine, second.size, second.seed, first.entries.map((entry) => entry.row)));
  });
});
