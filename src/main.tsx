import { errorMessage } from './text/error-message';
import { render } from 'preact';
import { t } from './i18n';
import { openDatasetStore } from './data/dataset-store';
import { fetchJson } from './data/fetch-json';
import type { CountryRecord } from './domain/gazetteer';
import { departementNames, loadBasemap } from './map/load-basemap';
import { basemapStyle, EMPTY_BASEMAP } from './map/basemap-style';
import { openDataset } from './state/datasets';
import { loadSite } from './state/site';
import { Root } from './ui/Root';
import './ui/styles.css';

const GEO = './geo/';

async function start(root: HTMLElement): Promise<void> {
  const datasets = openDatasetStore();
  await loadSite();
  const [basemap, countries, remembered] = await Promise.all([
    // Without its basemap the atlas still works: arcs over an empty sea, and a notice.
    loadBasemap(GEO).catch((error: unknown) => ({ ...EMPTY_BASEMAP, problem: t('map.basemapMissing', { message: errorMessage(error) }) })),
    fetchJson<CountryRecord[]>(`${GEO}countries.json`),
    openDataset(datasets, window.location.search),
  ]);
  const problems = ['problem' in basemap ? basemap.problem : null, remembered.problem].filter((problem): problem is string => problem !== null);
  render(<Root style={basemapStyle(basemap)} departementNames={departementNames(basemap)} countries={countries} datasets={datasets} initial={remembered.dataset} problems={problems} />, root);
}

function showFailure(root: HTMLElement, error: unknown): void {
  const message = errorMessage(error);
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
