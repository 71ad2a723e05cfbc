/**
 * The seeded draw of source lines for the hand-checked sample (data/jumelages-sample.json):
 * reproducible from its seed, so that anyone can redraw the same lines and check them again.
 */
import { seededRandom } from '../seeded-random';

/**
 * Draws `size` distinct source lines among 2..lastLine (line 1 is the header), leaving out the
 * lines already drawn; sorted by line number.
 */
export function drawSampleLines(lastLine: number, size: number, seed: number, excluded: Iterable<number> = []): number[] {
  const left = new Set(excluded);
  const candidates: number[] = [];
  for (let line = 2; line <= lastLine; line += 1) if (!left.has(line)) candidates.push(line);
  if (size > candidates.length) throw new Error(`Tirage de ${size} lignes parmi ${candidates.length} impossible.`);
  const random = seededRandom(seed);
  for (let i = candidates.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  return candidates.slice(0, size).sort((a, b) => a - b);
}
