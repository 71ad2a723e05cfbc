import type { Cooperation } from './cooperation';

/**
 * What tells collectivities apart. INSEE and SIREN codes do, except that région codes also name
 * départements (93 is Seine-Saint-Denis and Provence-Alpes-Côte d'Azur), so régions get a prefix.
 * This is the collectivity's id in the app and in the address (`?ct=region-93`).
 */
export function collectivityKey(c: Pick<Cooperation, 'ctKind' | 'ctCode'>): string {
  return c.ctKind === 'region' ? `region-${c.ctCode}` : c.ctCode;
}
