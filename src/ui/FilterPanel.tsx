import { t, type MessageKey } from '../i18n';
import type { CategoryFacetId } from '../model/crossfilter';
import { lacksFacet } from '../model/dataset-gaps';
import type { Store } from '../state/store';
import { FacetGroup } from './FacetGroup';
import { facetValueLabel } from './facet-labels';
import { YearRange } from './YearRange';

/** Facets in the order a network's staff asks its questions. */
const FACETS: { facet: CategoryFacetId; title: MessageKey; searchable?: boolean; open?: boolean }[] = [
  { facet: 'theme', title: 'filters.theme', open: true },
  { facet: 'region', title: 'filters.region' },
  { facet: 'network', title: 'filters.network' },
  { facet: 'typology', title: 'filters.typology' },
  { facet: 'country', title: 'filters.country', searchable: true },
  { facet: 'continent', title: 'filters.continent' },
  { facet: 'kind', title: 'filters.kind' },
  { facet: 'population', title: 'filters.population' },
  { facet: 'nature', title: 'filters.nature' },
  { facet: 'status', title: 'filters.status' },
];

export function FilterPanel({ store, countryName }: { store: Store; countryName: (iso2: string) => string }) {
  const { filters, years } = store.state.value;
  const { facets } = store.filtered.value;
  const yearCodes = store.index.columns.year.codes;
  const bounds = yearCodes.length > 0 ? { min: Number(yearCodes[0]), max: Number(yearCodes[yearCodes.length - 1]) } : null;

  return (
    <section aria-labelledby="filters-title" class="filters">
      <div class="filters-head">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button type="button" class="clear" onClick={() => store.clearFilters()}>
          {t('filters.clear')}
        </button>
      </div>
      {FACETS.map(({ facet, title, searchable, open }) => {
        if (lacksFacet(store.gaps, facet)) {
          return (
            <p key={facet} class="facet-gap" data-testid={`facet-gap-${facet}`}>
              {t(title)} : {t('dataset.notGiven')}
            </p>
          );
        }
        const counts = facets[facet];
        const options = store.index.columns[facet].codes.map((value, i) => ({
          value,
          label: facetValueLabel(facet, value, countryName),
          count: counts[i],
          description: facet === 'typology' ? t(`typology.description.${value}` as MessageKey) : undefined,
        }));
        return (
          <FacetGroup
            key={facet}
            id={facet}
            title={t(title)}
            options={options}
            selected={filters[facet]}
            onChange={(values) => store.setFacet(facet, values)}
            searchable={searchable}
            open={open}
          />
        );
      })}
      <YearRange years={years} bounds={bounds} onChange={(next) => store.update({ years: next })} />
    </section>
  );
}
