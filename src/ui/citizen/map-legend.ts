import type { Cooperation } from '../../domain/cooperation';
import type { ThemeId } from '../../domain/themes';
import { colorLookup, type Rgb } from '../../map/palette';

const themeColor = colorLookup('theme');

/** A cooperation's arc takes the colour of its first (main) theme. */
export const arcColor = (c: Cooperation): Rgb => themeColor(c.themes[0] ?? null);

/** The main themes drawn on the map, most frequent first, with their colours. */
export function legendThemes(cooperations: readonly Cooperation[]): { theme: ThemeId | null; color: Rgb }[] {
  const counts = new Map<ThemeId | null, number>();
  for (const c of cooperations) counts.set(c.themes[0] ?? null, (counts.get(c.themes[0] ?? null) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([theme]) => ({ theme, color: themeColor(theme) }));
}
