import { isEnded, type Cooperation, type Nature } from '../domain/cooperation';
import { sdgsOfThemes, type SdgNumber } from '../domain/sdg';
import type { ThemeId } from '../domain/themes';
import type { PopulationBandId } from '../domain/population-bands';
import { budgetStats, medianOf } from './stats-budget';
import { placeKey } from './places';
import { sameProfilePeers, type PeerData } from './peers';

/** One partner place of the collectivity, with what is done there. */
export interface PartnerSummary {
  key: string;
  name: string;
  country: string;
  /** The partner is the country as a whole, not a place in it. */
  wholeCountry: boolean;
  /** The earliest known start year of the cooperations there. */
  since: number | null;
  /** The last end year when every cooperation there has ended, else null. */
  endedIn: number | null;
  natures: Nature[];
  cooperations: Cooperation[];
}

/** What the cooperations in progress cost each year; only cooperations with a known budget count. */
export interface CostSummary {
  totalEur: number;
  /** null when the population is unknown. */
  eurPerInhabitant: number | null;
  /** Cooperations in progress with a known budget, and all those in progress. */
  known: number;
  active: number;
}

/** A text of the data and the partner place it speaks of. */
export interface PlacedText {
  text: string;
  place: string;
}

/** Everything the citizen page says about one collectivity, drawn from its cooperation records. */
export interface CollectivityProfile {
  /** A record of the collectivity, for its own fields (name, kind, population, région...). */
  collectivity: Cooperation;
  cooperations: Cooperation[];
  places: PartnerSummary[];
  countries: string[];
  since: number | null;
  /** Themes, most frequent first, with how many cooperations have them. */
  themes: { id: ThemeId; count: number }[];
  natures: { id: Nature; count: number }[];
  descriptions: PlacedText[];
  localInterests: PlacedText[];
  actors: string[];
  /** Cooperations sending or hosting young people: a mobility nature, or the youth theme. */
  youthMobility: PartnerSummary[];
  /** Cooperations about jobs or skills: the economy and employment theme, or education and training. */
  jobsAndSkills: PartnerSummary[];
  cost: CostSummary | null;
  /** Who funds the cooperations in progress, most frequent first. */
  fundings: string[];
  goals: SdgNumber[];
}

function tally<T>(values: Iterable<T>): { id: T; count: number }[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}

const distinct = <T>(values: Iterable<T>): T[] => [...new Set(values)];

const minKnown = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
};

function partnerSummaries(cooperations: readonly Cooperation[], currentYear: number): PartnerSummary[] {
  const byPlace = new Map<string, Cooperation[]>();
  for (const c of cooperations) {
    const key = placeKey(c);
    byPlace.set(key, [...(byPlace.get(key) ?? []), c]);
  }
  const places = [...byPlace].map(([key, group]): PartnerSummary => {
    const ended = group.every((c) => isEnded(c, currentYear));
    return {
      key,
      name: group[0].partnerName,
      country: group[0].partnerCountry,
      wholeCountry: group[0].partnerPrecision === 'pays',
      since: minKnown(group.map((c) => c.startYear)),
      endedIn: ended ? Math.max(...group.map((c) => c.endYear ?? 0)) : null,
      natures: distinct(group.flatMap((c) => (c.nature ? [c.nature] : []))),
      cooperations: group,
    };
  });
  return places.sort((a, b) => (a.since ?? Infinity) - (b.since ?? Infinity) || a.name.localeCompare(b.name));
}

function placedTexts(cooperations: readonly Cooperation[], text: (c: Cooperation) => string | null): PlacedText[] {
  const seen = new Set<string>();
  const texts: PlacedText[] = [];
  for (const c of cooperations) {
    const value = text(c)?.trim();
    if (!value || seen.has(value)) continue;
    seen.add(value);
    texts.push({ text: value, place: c.partnerName });
  }
  return texts;
}

function costOf(active: readonly Cooperation[]): CostSummary | null {
  const stats = budgetStats(active, active.map((_, i) => i));
  if (stats.known === 0) return null;
  return { totalEur: stats.totalEur, eurPerInhabitant: stats.perInhabitant?.eurPerInhabitant ?? null, known: stats.known, active: active.length };
}

/** What collectivities of the same kind and size pay per inhabitant, to set beside one collectivity's cost. */
export interface PeerCost {
  kind: Cooperation['ctKind'];
  band: PopulationBandId;
  /** The others of that kind and band whose cost per inhabitant is known... */
  collectivities: number;
  /** ...and the median of their costs; null when none is known. */
  medianEurPerInhabitant: number | null;
}

/** null when the collectivity's population, hence its size band, is unknown. `code`: its key in the store. */
export function peerCost(data: PeerData, code: string, currentYear = new Date().getFullYear()): PeerCost | null {
  const group = sameProfilePeers(data, code);
  if (group === null) return null;
  const costs = group.peers.flatMap((peer) => {
    const active = data.byCollectivity.get(peer.code)!.map((row) => data.cooperations[row]).filter((c) => !isEnded(c, currentYear));
    const perInhabitant = costOf(active)?.eurPerInhabitant ?? null;
    return perInhabitant === null ? [] : [perInhabitant];
  });
  return { kind: group.kind, band: group.band, collectivities: costs.length, medianEurPerInhabitant: medianOf(costs) };
}

/** `cooperations`: every record of one collectivity. */
export function collectivityProfile(cooperations: readonly Cooperation[], currentYear = new Date().getFullYear()): CollectivityProfile {
  const places = partnerSummaries(cooperations, currentYear);
  const placesWith = (test: (c: Cooperation) => boolean) => places.filter((p) => p.cooperations.some(test));
  const themes = tally(cooperations.flatMap((c) => c.themes));
  const active = cooperations.filter((c) => !isEnded(c, currentYear));
  return {
    collectivity: cooperations[0],
    cooperations: [...cooperations],
    places,
    countries: distinct(places.map((p) => p.country)),
    since: minKnown(cooperations.map((c) => c.startYear)),
    themes,
    natures: tally(cooperations.flatMap((c) => (c.nature ? [c.nature] : []))),
    descriptions: placedTexts(cooperations, (c) => c.description),
    localInterests: placedTexts(cooperations, (c) => c.localInterest),
    actors: tally(cooperations.flatMap((c) => c.actors)).map((a) => a.id),
    youthMobility: placesWith((c) => c.nature === 'mobilite' || c.themes.includes('jeunesse-sport-mobilite')),
    jobsAndSkills: placesWith((c) => c.themes.includes('economie-tourisme') || c.themes.includes('education-formation')),
    cost: costOf(active),
    fundings: tally(active.flatMap((c) => c.fundings)).map((f) => f.id),
    goals: sdgsOfThemes(themes.map((t) => t.id)),
  };
}
