import type { Anchor, PoolingReach } from '../../../domain/anchor';
import { formatNumber, t } from '../../../i18n';
import type { Overlap, OverlapMember } from '../../../model/overlaps';
import type { OverlapCsvLabels } from '../../../model/overlaps-csv';
import type { PoolingSuggestion } from '../../../model/overlaps-pooling';
import { facetValueLabel } from '../../facet-labels';

type CountryName = (iso2: string) => string;

/** How the parts of an overlap read, in the interface language. */
export function overlapLabels(countryName: CountryName) {
  const label = (facet: 'theme' | 'region' | 'network' | 'kind', value: string) => facetValueLabel(facet, value, countryName);
  return {
    theme: (id: string) => label('theme', id),
    region: (code: string) => label('region', code),
    network: (id: string) => label('network', id),
    kind: (kind: string) => label('kind', kind),
    country: countryName,
    since: (year: number | null) => (year === null ? t('overlaps.unknownYear') : t('overlaps.sinceYear', { year })),
    /** "Saint-Louis (Sénégal)" for a place, "Sénégal" for a country. */
    where: (overlap: Pick<Overlap, 'name' | 'country'> & { level?: Overlap['level'] }) =>
      overlap.level === 'country' ? overlap.name : `${overlap.name} (${countryName(overlap.country)})`,
    reach: (reach: PoolingReach) => (typeof reach === 'number' ? t('overlaps.reach.within', { km: formatNumber(reach) }) : t(`overlaps.reach.${reach}`)),
    distance: (km: number) => (km < 0.5 ? t('overlaps.distance.here') : t('overlaps.distance.km', { km: formatNumber(Math.round(km)) })),
    /** "Bretagne", "Résacoop", "Département 35", or the collectivity's name. */
    anchor: (anchor: Anchor, collectivityName: (code: string) => string) => {
      if (anchor.kind === 'region') return label('region', anchor.code);
      if (anchor.kind === 'network') return label('network', anchor.id);
      if (anchor.kind === 'departement') return t('overlaps.anchor.departement', { code: anchor.code });
      return collectivityName(anchor.code);
    },
  };
}

export type OverlapLabels = ReturnType<typeof overlapLabels>;

/** Why a group is suggested, as one French (or English) sentence. */
export function poolingReason(suggestion: PoolingSuggestion, labels: OverlapLabels): string {
  const values = {
    count: suggestion.members.length,
    theme: labels.theme(suggestion.theme),
    place: labels.where(suggestion.place),
    region: suggestion.scope === 'region' && suggestion.group ? labels.region(suggestion.group) : '',
    network: suggestion.scope === 'network' && suggestion.group ? labels.network(suggestion.group) : '',
    regions: suggestion.regions.length,
  };
  return t(`overlaps.pooling.${suggestion.scope}`, values);
}

export function csvLabels(labels: OverlapLabels): OverlapCsvLabels {
  return {
    header: {
      country: t('overlaps.csv.country'),
      place: t('overlaps.csv.place'),
      collectivities: t('overlaps.csv.collectivities'),
      sharedThemes: t('overlaps.csv.sharedThemes'),
      code: t('overlaps.csv.code'),
      name: t('overlaps.csv.name'),
      kind: t('overlaps.csv.kind'),
      region: t('overlaps.csv.region'),
      network: t('overlaps.csv.network'),
      since: t('overlaps.csv.since'),
      themes: t('overlaps.csv.themes'),
      cooperations: t('overlaps.csv.cooperations'),
      side: t('overlaps.csv.side'),
      memberPlace: t('overlaps.csv.memberPlace'),
      distanceKm: t('overlaps.csv.distanceKm'),
      actors: t('overlaps.csv.actors'),
    },
    side: (anchor) => t(anchor ? 'overlaps.csv.side.anchor' : 'overlaps.csv.side.other'),
    country: labels.country,
    kind: labels.kind,
    region: labels.region,
    network: labels.network,
    theme: labels.theme,
  };
}

/** What a member is and does there: kind, région, since, cooperations. */
export function memberFacts(member: OverlapMember, labels: OverlapLabels): string {
  return [
    labels.kind(member.kind),
    labels.region(member.region),
    labels.since(member.since),
    t('overlaps.cooperations', { count: formatNumber(member.cooperations) }),
  ].join(' · ');
}
