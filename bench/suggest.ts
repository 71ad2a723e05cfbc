import { placeKey } from '../src/data/place-names';
import { allowedEdits, closestEntries, editDistance } from '../src/data/suggest';
import type { Dataset } from './dataset';
import { compare, type Result } from './harness';

/** Misspelt names to suggest for: as many at every size, so the bench runs once, at the first. */
const QUERIES = 200;

/**
 * "Voulez-vous dire … ?" for misspelt French commune names (each name with a letter added), over
 * the whole French gazetteer. Baseline: the edit distance measured to every name, which the
 * bigram filter of closestEntries avoids.
 */
export async function suggestBench({ n, source }: Dataset, first: boolean): Promise<Result[]> {
  if (!first) return [];
  const french = await source.french();
  const byName = new Map<string, string[]>();
  for (const [, name] of french.communes) byName.set(placeKey(name), [name]);
  const queries = french.communes.slice(0, QUERIES).map(([, name]) => `${placeKey(name)}x`);
  const measureEvery = (key: string) => {
    const max = allowedEdits(key.length);
    let best = max + 1;
    let found: string[] = [];
    for (const name of byName.keys()) {
      const distance = editDistance(key, name, max);
      if (distance < best) [best, found] = [distance, [name]];
      else if (distance === best && distance <= max) found.push(name);
    }
    return found;
  };
  return [
    await compare(
      `suggest (${QUERIES} names)`,
      n,
      { name: 'closestEntries', run: () => queries.map((key) => closestEntries(byName, key)) },
      { name: 'every name measured', run: () => queries.map(measureEvery) },
    ),
  ];
}
