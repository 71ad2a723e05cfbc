import { t, type MessageKey } from '../../../i18n';
import { type CategoryFacetId, COLOR_ATTRIBUTES, type ColorAttribute } from '../../../domain/facets';
import type { CooperationStats } from '../../../model/stats';
import type { Breakdown } from '../../../model/stats-tally';
import { facetValueLabel } from '../../facet-labels';
import { BarChart } from './BarChart';
import { breakdownBars } from './breakdown-bars';

export interface BreakdownChartSpec {
  facet: CategoryFacetId;
  title: MessageKey;
  note?: MessageKey;
  breakdown: Breakdown;
}

/** The charts of the statistics, by facet: cooperations by country... collectivities by kind and size. */
export const chartSpecs = (stats: CooperationStats) =>
  ({
    country: { facet: 'country', title: 'stats.chart.country', breakdown: stats.byCountry },
    continent: { facet: 'continent', title: 'stats.chart.continent', breakdown: stats.byContinent },
    theme: { facet: 'theme', title: 'stats.chart.theme', note: 'stats.chart.themeNote', breakdown: stats.byTheme },
    nature: { facet: 'nature', title: 'stats.chart.nature', breakdown: stats.byNature },
    typology: { facet: 'typology', title: 'stats.chart.typology', breakdown: stats.byTypology },
    region: { facet: 'region', title: 'stats.chart.region', breakdown: stats.byRegion },
    kind: { facet: 'kind', title: 'stats.chart.kind', breakdown: stats.collectivitiesByKind },
    population: { facet: 'population', title: 'stats.chart.population', breakdown: stats.collectivitiesByPopulation },
  }) satisfies Record<string, BreakdownChartSpec>;

const isColorAttribute = (facet: CategoryFacetId): facet is ColorAttribute => (COLOR_ATTRIBUTES as readonly string[]).includes(facet);

interface Props {
  chart: BreakdownChartSpec;
  /** What the bars count: cooperations or collectivities. */
  counted: MessageKey;
  countryName: (iso2: string) => string;
  tableOpen?: boolean;
}

/** One category facet's counts as bars in the map's colours, with its table. */
export function BreakdownChart({ chart, counted, countryName, tableOpen }: Props) {
  return (
    <BarChart
      title={t(chart.title)}
      note={chart.note && t(chart.note)}
      headers={[t(`filters.${chart.facet}`), t(counted), t('stats.share')]}
      bars={breakdownBars(chart.breakdown, {
        label: (value) => facetValueLabel(chart.facet, value, countryName),
        colorBy: isColorAttribute(chart.facet) ? chart.facet : undefined,
      })}
      tableOpen={tableOpen}
    />
  );
}
