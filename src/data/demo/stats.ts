/** Calibration of a cooperation collection against the ACTER figures (printed by `npm run demo-data -- --stats`). */
import { COLLECTIVITY_KINDS, NATURES, type Cooperation, type CooperationCollection } from '../../domain/cooperation';
import type { ContinentId } from '../../domain/gazetteer';
import { THEME_IDS } from '../../domain/themes';
import { isTypologyId, TYPOLOGY_IDS, TYPOLOGY_LABELS, type TypologyId } from '../../domain/typology';
import { SIZE_BANDS, STUDY_TARGETS, STUDY_THEME_GROUPS, sizeBandOf } from './calibration';

interface Count {
  key: string;
  count: number;
  share: number;
}

interface Mean {
  key: string;
  collectivities: number;
  meanCooperations: number;
}

export interface CalibrationStats {
  cooperations: number;
  collectivities: number;
  countries: number;
  frenchRegions: number;
  africaShare: number;
  /** The study's 73.4 % is of decentralised cooperations. */
  africaShareOfDecentralised: number;
  europeShareOfTwinnings: number;
  /** Collectivities whose first cooperation started more than 20 years before the latest start year. */
  activeOver20YearsShare: number;
  /** Cooperations repeating another of their collectivity: same place, nature, and overlapping years. */
  duplicates: number;
  topCountries: Count[];
  topAfricanCountries: Count[];
  continents: Count[];
  perKind: Mean[];
  perSizeBand: Mean[];
  /** Collectivities with 5 cooperations or more that work on several continents. */
  severalContinentsShareOfLarge: number;
  themes: Count[];
  themeGroups: { label: string; target: number; share: number }[];
  natures: Count[];
  precisions: Count[];
  typologyOfCollectivities: Count[];
  typologyOfCooperations: Count[];
  budget: { declared: number; medianEur: number; meanEur: number; below10kShare: number; from250kTo500kShare: number };
  /** The highest declared AECT budget per inhabitant of a commune. */
  maxCommuneEurPerInhabitant: number;
  budgetByModel: { model: TypologyId; declared: number; medianEur: number; meanEur: number }[];
  solidarityMotivationShare: number;
  endedShare: number;
}

/** One collectivity and its cooperations; the profile fields are the same on all of them. */
interface CollectivityGroup {
  first: Cooperation;
  cooperations: Cooperation[];
}

export function calibrationStats(
  collection: CooperationCollection,
  continentOf: (iso2: string) => ContinentId | undefined,
): CalibrationStats {
  const cooperations = collection.features.map((feature) => feature.properties);
  const groups = groupByCollectivity(cooperations);
  const isAfrican = (cooperation: Cooperation) => continentOf(cooperation.partnerCountry) === 'afrique';
  const budgets = groups.flatMap((group) => (group.first.aectBudgetEur === null ? [] : [group.first.aectBudgetEur]));
  const large = groups.filter((group) => group.cooperations.length >= 5);
  const motivations = groups.flatMap((group) => (group.first.motivation === null ? [] : [group.first.motivation]));
  const ofNature = (nature: Cooperation['nature']) => cooperations.filter((c) => c.nature === nature);
  const latestStart = Math.max(...cooperations.map((c) => c.startYear ?? -Infinity));
  const communes = groups.filter((g) => g.first.ctKind === 'commune' && g.first.aectBudgetEur !== null && g.first.ctPopulation);

  return {
    cooperations: cooperations.length,
    collectivities: groups.length,
    countries: new Set(cooperations.map((c) => c.partnerCountry)).size,
    frenchRegions: new Set(cooperations.map((c) => c.ctRegion)).size,
    africaShare: share(cooperations, isAfrican),
    africaShareOfDecentralised: share(ofNature('cooperation-decentralisee'), isAfrican),
    europeShareOfTwinnings: share(ofNature('jumelage'), (c) => continentOf(c.partnerCountry) === 'europe'),
    activeOver20YearsShare: share(groups, (g) => Math.min(...g.cooperations.map((c) => c.startYear ?? Infinity)) < latestStart - 20),
    duplicates: groups.reduce((sum, group) => sum + duplicatesOf(group.cooperations), 0),
    topCountries: counts(cooperations.map((c) => c.partnerCountry)).slice(0, 10),
    topAfricanCountries: counts(cooperations.filter(isAfrican).map((c) => c.partnerCountry)).slice(0, 5),
    continents: counts(cooperations.map((c) => continentOf(c.partnerCountry) ?? '?')),
    perKind: COLLECTIVITY_KINDS.flatMap((kind) => means(kind, groups.filter((g) => g.first.ctKind === kind))),
    perSizeBand: SIZE_BANDS.flatMap((band) =>
      means(
        band.label,
        groups.filter((g) => g.first.ctPopulation !== null && sizeBandOf(g.first.ctPopulation) === band.id),
      ),
    ),
    severalContinentsShareOfLarge: share(
      large,
      (group) => new Set(group.cooperations.map((c) => continentOf(c.partnerCountry))).size > 1,
    ),
    themes: THEME_IDS.map((theme) => ({
      key: theme,
      count: cooperations.filter((c) => c.themes.includes(theme)).length,
      share: share(cooperations, (c) => c.themes.includes(theme)),
    })).sort((a, b) => b.count - a.count),
    themeGroups: STUDY_THEME_GROUPS.map(({ label, target, themes }) => ({
      label,
      target,
      share: share(cooperations, (c) => c.themes.some((theme) => themes.includes(theme))),
    })),
    natures: inOrder(NATURES, counts(cooperations.map((c) => c.nature ?? '?'))),
    precisions: counts(cooperations.map((c) => c.partnerPrecision)),
    typologyOfCollectivities: inOrder(TYPOLOGY_IDS, counts(groups.map((g) => g.first.typology ?? '?'))),
    typologyOfCooperations: inOrder(TYPOLOGY_IDS, counts(cooperations.map((c) => c.typology ?? '?'))),
    budget: {
      declared: budgets.length,
      medianEur: median(budgets),
      meanEur: mean(budgets),
      below10kShare: share(budgets, (budget) => budget < 10_000),
      from250kTo500kShare: share(budgets, (budget) => budget >= 250_000 && budget <= 500_000),
    },
    maxCommuneEurPerInhabitant: Math.max(0, ...communes.map((g) => g.first.aectBudgetEur! / g.first.ctPopulation!)),
    budgetByModel: TYPOLOGY_IDS.map((model) => {
      const amounts = groups.flatMap((g) =>
        g.first.typology === model && g.first.aectBudgetEur !== null ? [g.first.aectBudgetEur] : [],
      );
      return { model, declared: amounts.length, medianEur: median(amounts), meanEur: mean(amounts) };
    }),
    solidarityMotivationShare: share(motivations, (motivation) => motivation === 'solidarité internationale'),
    endedShare: share(cooperations, (c) => c.endYear !== null),
  };
}

function duplicatesOf(cooperations: readonly Cooperation[]): number {
  const overlap = (a: Cooperation, b: Cooperation) =>
    (a.startYear ?? 0) <= (b.endYear ?? Infinity) && (b.startYear ?? 0) <= (a.endYear ?? Infinity);
  return cooperations.filter((a, i) =>
    cooperations.slice(0, i).some((b) =>
      a.partnerCountry === b.partnerCountry && a.partnerName === b.partnerName && a.nature === b.nature && overlap(a, b)),
  ).length;
}

function groupByCollectivity(cooperations: readonly Cooperation[]): CollectivityGroup[] {
  const groups = new Map<string, CollectivityGroup>();
  for (const cooperation of cooperations) {
    const key = `${cooperation.ctKind}:${cooperation.ctCode}`;
    const group = groups.get(key);
    if (group) group.cooperations.push(cooperation);
    else groups.set(key, { first: cooperation, cooperations: [cooperation] });
  }
  return [...groups.values()];
}

function means(key: string, groups: readonly CollectivityGroup[]): Mean[] {
  if (groups.length === 0) return [];
  const total = groups.reduce((sum, group) => sum + group.cooperations.length, 0);
  return [{ key, collectivities: groups.length, meanCooperations: total / groups.length }];
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}

function counts(keys: readonly string[]): Count[] {
  const byKey = new Map<string, number>();
  for (const key of keys) byKey.set(key, (byKey.get(key) ?? 0) + 1);
  return [...byKey]
    .map(([key, count]) => ({ key, count, share: count / keys.length }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function inOrder(order: readonly string[], items: Count[]): Count[] {
  return [...items].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const euros = (value: number) => `${Math.round(value).toLocaleString('fr-FR')} €`;
const countList = (items: readonly Count[]) => items.map((item) => `${item.key} ${percent(item.share)}`).join(', ');

/** The statistics as a French report, each figure beside the study's where there is one. */
export function formatCalibration(stats: CalibrationStats): string {
  const target = STUDY_TARGETS;
  return [
    `Coopérations : ${stats.cooperations} ; collectivités : ${stats.collectivities} ; pays partenaires : ${stats.countries} ; régions françaises : ${stats.frenchRegions}`,
    `Part de l'Afrique : ${percent(stats.africaShare)} de toutes les coopérations, ${percent(stats.africaShareOfDecentralised)} des coopérations décentralisées (étude : ${percent(target.africaShareOfDecentralised)})`,
    `Part de l'Europe dans les jumelages : ${percent(stats.europeShareOfTwinnings)}`,
    `Collectivités actives depuis plus de 20 ans : ${percent(stats.activeOver20YearsShare)} (étude : ${percent(target.activeOver20YearsShare)})`,
    `Coopérations en double : ${stats.duplicates}`,
    `Continents : ${countList(stats.continents)}`,
    `10 premiers pays : ${countList(stats.topCountries)}`,
    `5 premiers pays africains : ${stats.topAfricanCountries.map((c) => c.key).join(', ')} (étude : ${target.topAfricanCountries.join(', ')})`,
    'Coopérations par collectivité, par type :',
    ...stats.perKind.map(formatMean),
    'Coopérations par collectivité, par taille :',
    ...stats.perSizeBand.map(formatMean),
    `  collectivités de 5 coopérations ou plus présentes sur plusieurs continents : ${percent(stats.severalContinentsShareOfLarge)}`,
    `  moyenne générale : ${(stats.cooperations / stats.collectivities).toFixed(2)} (étude : ${target.cooperationsPerCollectivity})`,
    'Thèmes (groupes de l’étude) :',
    ...stats.themeGroups.map((g) => `  ${g.label} : ${percent(g.share)} (étude : ${percent(g.target)})`),
    `Thèmes : ${countList(stats.themes)}`,
    `Natures : ${countList(stats.natures)}`,
    `Précision des partenaires : ${countList(stats.precisions)}`,
    `Coopérations terminées : ${percent(stats.endedShare)}`,
    `Typologie (collectivités) : ${formatTypology(stats.typologyOfCollectivities)}`,
    `Typologie (coopérations) : ${formatTypology(stats.typologyOfCooperations)}`,
    `Budget AECT déclaré (${stats.budget.declared} collectivités) : médiane ${euros(stats.budget.medianEur)} (étude : ${euros(target.medianAectBudgetEur)}), moyenne ${euros(stats.budget.meanEur)} (étude : ${euros(target.meanAectBudgetEur)}), moins de 10 k€ : ${percent(stats.budget.below10kShare)} (étude : ${percent(target.budgetBelow10kShare)}), de 250 à 500 k€ : ${percent(stats.budget.from250kTo500kShare)} (étude : ${percent(target.budget250kTo500kShare)})`,
    `Budget AECT par habitant le plus élevé d'une commune : ${stats.maxCommuneEurPerInhabitant.toFixed(1)} €`,
    ...stats.budgetByModel.map(
      (b) => `  ${TYPOLOGY_LABELS[b.model]} : ${b.declared} déclarés, médiane ${euros(b.medianEur)}, moyenne ${euros(b.meanEur)}`,
    ),
    `Première motivation « solidarité internationale » : ${percent(stats.solidarityMotivationShare)} (étude : ${percent(target.solidarityMotivationShare)})`,
  ].join('\n');
}

function formatMean(mean: Mean): string {
  return `  ${mean.key} : ${mean.collectivities} collectivités, ${mean.meanCooperations.toFixed(2)} coopérations en moyenne`;
}

function formatTypology(items: readonly Count[]): string {
  return items
    .map((item) => `${isTypologyId(item.key) ? TYPOLOGY_LABELS[item.key] : item.key} ${item.count} (${percent(item.share)})`)
    .join(', ');
}
