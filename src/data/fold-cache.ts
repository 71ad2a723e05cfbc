import { foldName } from '../domain/text';

const MAX_ENTRIES = 50_000;
const cache = new Map<string, string>();

/**
 * foldName, remembered: the cells of an inventory repeat (countries, themes, natures, yes/no),
 * and folding (Unicode normalisation) dominates an import's time without it.
 */
export function foldCached(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    folded = foldName(text);
    cache.set(text, folded);
  }
  return folded;
}
