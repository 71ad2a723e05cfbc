import type { ThemeId } from '../domain/themes';
import type { Overlap, OverlapMember } from './overlaps';

/**
 * Why a group is suggested: its members share a région, or a network that is not simply their
 * région's (YCID serves one département), or they come from several régions.
 */
export type PoolingScope = 'region' | 'network' | 'regions';

/** Collectivities working at the same partner place on the same theme, who could pool their action. */
export interface PoolingSuggestion {
  scope: PoolingScope;
  /** The région code or network id the members share; null across régions. */
  group: string | null;
  place: Overlap;
  theme: ThemeId;
  members: OverlapMember[];
  /** Région codes of the members, most members first. */
  regions: string[];
}

function groupBy(members: readonly OverlapMember[], key: (member: OverlapMember) => string | null): Map<string, OverlapMember[]> {
  const groups = new Map<string, OverlapMember[]>();
  for (const member of members) {
    const k = key(member);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(member);
    else groups.set(k, [member]);
  }
  return groups;
}

const sameMembers = (a: readonly OverlapMember[], b: readonly OverlapMember[]) =>
  a.length === b.length && a.every((member) => b.includes(member));

function suggestionsAt(place: Overlap, theme: ThemeId): PoolingSuggestion[] {
  const members = place.members.filter((member) => member.themes.includes(theme));
  const suggest = (scope: PoolingScope, group: string | null, who: OverlapMember[]): PoolingSuggestion => ({
    scope,
    group,
    place,
    theme,
    members: who,
    regions: place.regions.filter((region) => who.some((member) => member.region === region)),
  });
  const byRegion = [...groupBy(members, (member) => member.region)].filter(([, group]) => group.length >= 2);
  const suggestions = byRegion.map(([region, group]) => suggest('region', region, group));
  for (const [network, group] of groupBy(members, (member) => member.network)) {
    if (group.length >= 2 && !byRegion.some(([, regionGroup]) => sameMembers(group, regionGroup))) {
      suggestions.push(suggest('network', network, group));
    }
  }
  if (!byRegion.some(([, group]) => group.length === members.length)) suggestions.push(suggest('regions', null, members));
  return suggestions;
}

const isLocal = (suggestion: PoolingSuggestion) => suggestion.scope !== 'regions';

/**
 * Pooling suggestions for the shared places (ranked as given): one per shared theme and région,
 * network, or across régions. Groups of one région or network come first, then larger groups;
 * the sort is stable, so ties keep the places' rank and their themes' order.
 */
export function poolingSuggestions(places: readonly Overlap[]): PoolingSuggestion[] {
  return places
    .flatMap((place) => place.sharedThemes.flatMap((theme) => suggestionsAt(place, theme)))
    .sort((a, b) => Number(isLocal(b)) - Number(isLocal(a)) || b.members.length - a.members.length);
}
