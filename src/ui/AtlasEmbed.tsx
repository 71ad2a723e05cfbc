import { useMemo } from 'preact/hooks';
import type { StyleSpecification } from 'maplibre-gl';
import { language, t } from '../i18n';
import type { ColorAttribute } from '../domain/facets';
import { createMapViewModel } from '../map/map-view-model';
import type { ActiveDataset } from '../state/datasets';
import type { Store } from '../state/store';
import { unembeddedSearch } from './citizen/links';
import { countryNamer } from './country-name';
import { AttributionFooter, DatasetBanner } from './DatasetBanner';
import { facetValueLabel } from './facet-labels';
import { filterSummary } from './filter-summary';
import { MapSettings } from './MapSettings';
import { MapView } from './MapView';
import { Notices, Problems } from './Notices';
import { ResultCount } from './ResultCount';

interface Props {
  store: Store;
  style: StyleSpecification;
  dataset: ActiveDataset;
  problems: readonly string[];
}

/**
 * The atlas's map for another site's iframe (`embed=1`): the map and its legend, the count and a
 * read-only line of the address's filters, a link to the full atlas; no panels, tabs or search.
 * A click still drills down, and the address it writes keeps `embed=1`.
 */
export function AtlasEmbed({ store, style, dataset, problems }: Props) {
  const countryName = useMemo(() => countryNamer(store), [store]);
  const model = useMemo(() => createMapViewModel(store, countryName), [store]);
  const state = store.state.value;
  const labelOf = (attribute: ColorAttribute, value: string) => facetValueLabel(attribute, value, countryName);
  const recordOf = (rows: readonly number[] | undefined) => (rows && rows.length > 0 ? store.index.cooperations[rows[0]] : undefined);
  const summary = filterSummary(state, {
    facet: (facet, value) => facetValueLabel(facet, value, countryName),
    collectivity: (code) => recordOf(store.byCollectivity.get(code))?.ctName ?? code,
    place: (key) => recordOf(store.byPlace.get(key))?.partnerName ?? key,
  });
  return (
    <div class="app atlas-embed" lang={language.value}>
      <header class="embed-header">
        <ResultCount count={store.filtered.value.count} />
        {summary.length > 0 && (
          <p class="embed-filters" data-testid="embed-filters">
            {summary.join(' · ')}
          </p>
        )}
        <a class="embed-atlas-link" href={unembeddedSearch(state)} target="_blank" rel="noopener" data-testid="atlas-link">
          {t('embed.openAtlas')}
        </a>
      </header>
      <DatasetBanner dataset={dataset} />
      <Problems problems={problems} />
      <Notices unknown={store.notices.value} onDismiss={() => (store.notices.value = [])} />
      <main class="map-area">
        <MapView store={store} style={style} model={model} selectionCard={false} />
        <MapSettings store={store} model={model} labelOf={labelOf} />
      </main>
      <AttributionFooter dataset={dataset} />
    </div>
  );
}
