import { render } from 'preact';
import { t } from './i18n';
import { loadDataset } from './data/load-cooperations';
import { fetchJson } from './data/fetch-json';
import type { CountryRecord } from './domain/gazetteer';
import { loadBasemap } from './map/load-basemap';
import { basemapStyle } from './map/basemap-style';
import { createStore } from './state/store';
import { syncWithUrl } from './state/url-sync';
import { App } from './ui/App';
import './ui/styles.css';

const GEO = './geo/';
const DEMO_DATA = './data/cooperations.compact.json';

async function start(root: HTMLElement): Promise<void> {
  const [basemap, countries, dataset] = await Promise.all([
    loadBasemap(GEO),
    fetchJson<CountryRecord[]>(`${GEO}countries.json`),
    loadDataset(DEMO_DATA),
  ]);
  const store = createStore(dataset.cooperations, countries);
  syncWithUrl(store, {
    countries: new Set(countries.map((country) => country.iso2)),
    collectivities: new Set(store.byCollectivity.keys()),
    places: new Set(store.byPlace.keys()),
  });
  render(<App store={store} style={basemapStyle(basemap)} fictitious={dataset.fictitious} />, root);
}

function showFailure(root: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  render(
    <div class="failure" role="alert">
      <p>{t('app.loadFailed', { message })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>,
    root,
  );
}

const root = document.getElementById('app')!;
start(root).catch((error: unknown) => showFailure(root, error));
