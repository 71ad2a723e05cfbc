import { render } from 'preact';
import { t } from './i18n';
import { openDatasetStore } from './data/dataset-store';
import { fetchJson } from './data/fetch-json';
import type { CountryRecord } from './domain/gazetteer';
import { loadBasemap } from './map/load-basemap';
import { basemapStyle } from './map/basemap-style';
import { loadRemembered } from './state/datasets';
import { Root } from './ui/Root';
import './ui/styles.css';

const GEO = './geo/';

async function start(root: HTMLElement): Promise<void> {
  const datasets = openDatasetStore();
  const [basemap, countries, remembered] = await Promise.all([
    loadBasemap(GEO),
    fetchJson<CountryRecord[]>(`${GEO}countries.json`),
    loadRemembered(datasets),
  ]);
  render(
    <Root style={basemapStyle(basemap)} countries={countries} datasets={datasets} initial={remembered.dataset} problem={remembered.problem} />,
    root,
  );
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
