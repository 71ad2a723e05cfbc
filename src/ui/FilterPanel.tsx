import { t } from '../i18n';
import { CATEGORY_FACET_IDS, facet } from '../domain/facets';
import { lacksFacet } from '../model/dataset-gaps';
import type { Store } from '../state/store';
import { FacetGroup } from './FacetGroup';
import { facetValueDescription, facetValueLabel } from './facet-labels';
import { YearRange } from './YearRange';

/** Every facet of the registry, in its order (the order a network's staff asks its questions); the first one open. */
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
      {CATEGORY_FACET_IDS.map((id, position) => {
        if (lacksFacet(store.gaps, id)) {
          return (
            <p key={id} class="facet-gap" data-testid={`facet-gap-${id}`}>
              {t(`filters.${id}`)} : {t('dataset.notGiven')}
            </p>
          );
        }
        const counts = facets[id];
        const options = store.index.columns[id].codes.map((value, i) => ({
          value,
          label: facetValueLabel(id, value, countryName),
          count: counts[i],
          description: facetValueDescription(id, value),
        }));
        return (
          <FacetGroup
            key={id}
            id={id}
            title={t(`filters.${id}`)}
            options={options}
            selected={filters[id]}
            onChange={(values) => store.setFacet(id, values)}
            searchable={facet(id).searchable}
            open={position === 0}
          />
        );
      })}
      <YearRange years={years} bounds={bounds} onChange={(next) => store.update({ years: next })} />
    </section>
  );
}
