import { useMemo } from 'preact/hooks';
import type { StyleSpecification } from 'maplibre-gl';
import { language, setLanguage, t } from '../i18n';
import type { Store } from '../state/store';
import type { ColorAttribute } from '../state/url-codec';
import { createMapViewModel } from '../map/map-view-model';
import { FilterPanel } from './FilterPanel';
import { facetValueLabel } from './facet-labels';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { Notices } from './Notices';
import { ResultCount } from './ResultCount';
import { SearchBox } from './SearchBox';
import { SelectionCard } from './SelectionCard';

interface Props {
  store: Store;
  style: StyleSpecification;
  fictitious: boolean;
}

export function App({ store, style, fictitious }: Props) {
  const countryName = (iso2: string) => {
    const country = store.countryByIso2.get(iso2);
    if (!country) return iso2;
    return language.value === 'fr' ? country.nameFr : country.nameEn;
  };
  const model = useMemo(() => createMapViewModel(store, countryName), [store]);
  const state = store.state.value;

  const labelOf = (attribute: ColorAttribute, value: string) => facetValueLabel(attribute, value, countryName);

  return (
    <div class="app" lang={language.value}>
      <header class="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p class="tagline">{t('app.tagline')}</p>
        </div>
        <SearchBox store={store} countryName={countryName} />
        <button type="button" class="language" onClick={() => setLanguage(language.value === 'fr' ? 'en' : 'fr')}>
          {t('language.switch')}
        </button>
      </header>
      {fictitious && (
        <p class="fictitious" role="note" data-testid="fictitious-banner">
          {t('app.fictitious')}
        </p>
      )}
      <Notices unknown={store.notices.value} onDismiss={() => (store.notices.value = [])} />
      <main class="layout">
        <aside class="panel" aria-label={t('filters.title')}>
          <ResultCount count={store.filtered.value.count} />
          <FilterPanel store={store} countryName={countryName} />
          <label class="field">
            {t('view.mode')}
            <select value={state.mode} onChange={(event) => store.update({ mode: event.currentTarget.value as typeof state.mode })}>
              <option value="auto">{model.drawsFlows.value ? t('view.flows') : t('view.arcs')} (auto)</option>
              <option value="flows">{t('view.flows')}</option>
              <option value="arcs">{t('view.arcs')}</option>
            </select>
          </label>
          <Legend colorBy={state.colorBy} widthNote={!model.drawsFlows.value ? 'legend.widthArcs' : model.level.value === 'national' ? 'legend.widthNational' : 'legend.widthFlows'} labelOf={labelOf} onColorBy={(colorBy) => store.update({ colorBy })} />
        </aside>
        <div class="map-area">
          <MapView store={store} style={style} model={model} />
          <SelectionCard store={store} countryName={countryName} />
        </div>
      </main>
      <footer class="app-footer" data-testid="attribution">
        {t('attribution.label')} : {t('attribution.text')}
      </footer>
    </div>
  );
}
