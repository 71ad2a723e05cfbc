import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { StyleSpecification } from 'maplibre-gl';
import { formatNumber, language, nextLanguage, setLanguage, t } from '../i18n';
import { isBuiltIn, type ActiveDataset } from '../state/datasets';
import { currentSite } from '../state/site';
import type { Store } from '../state/store';
import type { ColorAttribute } from '../domain/facets';
import { createMapViewModel } from '../map/map-view-model';
import { httpGazetteerSource } from '../data/gazetteer-source';
import { CopyLinkButton } from './CopyLinkButton';
import { AttributionFooter, DatasetBanner } from './DatasetBanner';
import { EmbedButton } from './EmbedButton';
import { PublishButton } from './publish/PublishButton';
import { FilterPanel } from './FilterPanel';
import { facetValueLabel } from './facet-labels';
import { MapView } from './MapView';
import { Notices, Problems } from './Notices';
import { ResultCount } from './ResultCount';
import { SearchBox } from './SearchBox';
import { SelectionCard } from './SelectionCard';
import { countryNamer } from './country-name';
import { MapSettings } from './MapSettings';
import { ViewTabs } from './ViewTabs';
import { LazyView } from './views/LazyView';
import { LAZY_VIEWS } from './views/registry';

interface Props {
  store: Store;
  style: StyleSpecification;
  departementNames: ReadonlyMap<string, string>;
  dataset: ActiveDataset;
  problems: readonly string[];
  /** Absent in a published atlas, which imports nothing. */
  onImport?: () => void;
  /** Where the dataset on screen is chosen. */
  chooser: ComponentChildren;
}

export function App({ store, style, departementNames, dataset, problems, onImport, chooser }: Props) {
  const countryName = useMemo(() => countryNamer(store), [store]);
  const model = useMemo(() => createMapViewModel(store, countryName, { placesOf: httpGazetteerSource('./geo/').places, departementNames }), [store]);
  const state = store.state.value;
  const openView = state.view === 'carte' ? undefined : LAZY_VIEWS[state.view];

  const labelOf = (attribute: ColorAttribute, value: string) => facetValueLabel(attribute, value, countryName);
  // On a phone the filters are a drawer over the map, closed until asked for.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const showList = (event: Event) => {
    event.preventDefault();
    store.update({ view: 'tableau' });
    requestAnimationFrame(() => document.getElementById('view')?.focus());
  };

  return (
    <div class="app" lang={language.value}>
      <nav class="skip-links" aria-label={t('skip.label')}>
        <a href="#map" class="skip-link">
          {t('skip.map')}
        </a>
        <a href="#view" class="skip-link" onClick={showList}>
          {t('skip.list')}
        </a>
      </nav>
      <header class="app-header">
        <div>
          <h1>{currentSite().title ?? t('app.title')}</h1>
          <p class="tagline">{t('app.tagline')}</p>
        </div>
        <SearchBox store={store} countryName={countryName} />
        {chooser}
        <CopyLinkButton dataset={dataset} />
        <EmbedButton state={state} dataset={dataset} />
        {onImport && !isBuiltIn(dataset.id) && <PublishButton class="publish-open" load={async () => dataset} />}
        {onImport && (
          <button type="button" class="import-button" onClick={onImport} data-testid="import-open">
            {t('import.open')}
          </button>
        )}
        <button type="button" class="language" onClick={() => setLanguage(nextLanguage(language.value))}>
          {t('language.switch')}
        </button>
      </header>
      <ViewTabs current={state.view} onChange={(view) => store.update({ view })} />
      <DatasetBanner dataset={dataset} />
      <Problems problems={problems} />
      <Notices unknown={store.notices.value} onDismiss={() => (store.notices.value = [])} />
      <main class="layout">
        <button
          type="button"
          class="filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters-panel"
          onClick={() => setFiltersOpen(!filtersOpen)}
          data-testid="filters-toggle"
        >
          {t(filtersOpen ? 'filters.hide' : 'filters.show')} ({formatNumber(store.filtered.value.count)})
        </button>
        <aside id="filters-panel" class={filtersOpen ? 'panel open' : 'panel'} aria-label={t('filters.title')}>
          <ResultCount count={store.filtered.value.count} />
          <FilterPanel store={store} countryName={countryName} />
        </aside>
        <div class="map-area">
          <MapView store={store} style={style} model={model} />
          {state.view === 'carte' && <MapSettings store={store} model={model} labelOf={labelOf} />}
          <SelectionCard store={store} countryName={countryName} />
          {openView && (
            <section id="view" class="view" tabIndex={-1} data-testid={`view-${state.view}`}>
              <LazyView load={openView} store={store} countryName={countryName} />
            </section>
          )}
        </div>
      </main>
      <AttributionFooter dataset={dataset} />
    </div>
  );
}
