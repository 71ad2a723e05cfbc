import { computed, effect } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { StyleSpecification } from 'maplibre-gl';
import type { CountryRecord } from '../domain/gazetteer';
import type { DatasetStore } from '../data/dataset-store';
import { openDataset, rememberActive, shownDatasetId, type ActiveDataset } from '../state/datasets';
import { isPublishedSite } from '../state/site';
import { language, t } from '../i18n';
import { declareTypology, readDeclaredTypologies } from '../state/declared-typologies';
import { createStore, type Store } from '../state/store';
import { syncWithUrl } from '../state/url-sync';
import { App } from './App';
import { AtlasEmbed } from './AtlasEmbed';
import { DatasetChooser } from './DatasetChooser';
import type { CollectivityPageProps } from './citizen/CollectivityPage';
import type { ImportPanelProps } from './import/ImportPanel';
import type { RegionReportProps } from './report/RegionReport';

interface Props {
  style: StyleSpecification;
  /** Names of the départements by code, from the basemap: where flows leave from, zoomed in on France. */
  departementNames: ReadonlyMap<string, string>;
  countries: readonly CountryRecord[];
  datasets: DatasetStore;
  initial: ActiveDataset;
  /** What could not be loaded as it should (the basemap, the remembered dataset). */
  problems: readonly string[];
}

const loadImportPanel = () => import('./import/ImportPanel').then((module) => module.ImportPanel);
const loadCollectivityPage = () => import('./citizen/CollectivityPage').then((module) => module.default);
const loadRegionReport = () => import('./report/RegionReport').then((module) => module.default);

/** Holds the dataset on show; a new dataset gets a new store, kept in step with the address. */
export function Root({ style, departementNames, countries, datasets, initial, problems }: Props) {
  const [dataset, setDataset] = useState(initial);
  const [importOpen, setImportOpen] = useState(false);
  const [droppedFile, setDroppedFile] = useState<File | null>(null);
  const [ImportPanel, setImportPanel] = useState<ComponentType<ImportPanelProps> | null>(null);
  const [CollectivityPage, setCollectivityPage] = useState<ComponentType<CollectivityPageProps> | null>(null);
  const [RegionReport, setRegionReport] = useState<ComponentType<RegionReportProps> | null>(null);
  // A model chosen in a card updates the store's index in place of a new store: the map stays mounted.
  const store = useMemo(
    () =>
      createStore(dataset.cooperations, countries, {
        initial: readDeclaredTypologies(dataset.id),
        declare: (current, key, model) => declareTypology(dataset.id, current, key, model),
      }),
    [dataset, countries],
  );
  // Nothing is drawn before the store has read the address, so that the atlas does not start for a page that replaces it.
  const [syncedStore, setSyncedStore] = useState<Store | null>(null);

  useEffect(() => {
    const stop = syncWithUrl(store, {
      facetValues: { country: new Set(countries.map((country) => country.iso2)) },
      collectivities: new Set(store.byCollectivity.keys()),
      places: new Set(store.byPlace.keys()),
    }, dataset.id);
    shownDatasetId.value = dataset.id;
    setSyncedStore(store);
    return stop;
  }, [store, countries]);

  // Back or forward to an address of another dataset shows that dataset.
  useEffect(() => {
    const onPopState = () => {
      if (new URLSearchParams(window.location.search).get('data') === dataset.id) return;
      openDataset(datasets, window.location.search).then(({ dataset: next }) => replaceDataset(next));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [dataset, datasets]);

  // A language named in the address wins over the remembered one, without replacing it.
  useEffect(() => {
    const lang = computed(() => store.state.value.lang);
    return effect(() => {
      if (lang.value) language.value = lang.value;
    });
  }, [store]);

  const { page, ct, embed } = store.state.value;
  const citizenCode = page === 'collectivite' ? ct : null;
  // Embedded, every page but the citizen page shows the atlas's map: the one view made for another site's frame.
  const embedsAtlas = embed && citizenCode === null;
  useEffect(() => {
    if (citizenCode !== null && !CollectivityPage) loadCollectivityPage().then((component) => setCollectivityPage(() => component));
  }, [citizenCode, CollectivityPage]);

  const reportShown = page === 'region' && !embed;
  useEffect(() => {
    if (reportShown && !RegionReport) loadRegionReport().then((component) => setRegionReport(() => component));
  }, [reportShown, RegionReport]);

  useEffect(() => {
    if (importOpen && !ImportPanel) loadImportPanel().then((panel) => setImportPanel(() => panel));
  }, [importOpen, ImportPanel]);

  // A published atlas imports nothing: its visitors came to see its data.
  const imports = !isPublishedSite();
  useEffect(() => {
    if (!imports) return;
    const over = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      setDroppedFile(file);
      setImportOpen(true);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const replaceDataset = (next: ActiveDataset) => {
    rememberActive(next.id);
    setDataset(next);
  };
  /** Another dataset, from its first screen: the filters and selection of the previous one may not exist in it. */
  const show = (next: ActiveDataset) => {
    if (next.id === dataset.id) return;
    window.history.pushState(null, '', `${window.location.pathname}?data=${encodeURIComponent(next.id)}${window.location.hash}`);
    replaceDataset(next);
  };

  if (syncedStore !== store || (citizenCode !== null && !CollectivityPage) || (reportShown && !RegionReport)) return <p class="loading">{t('app.loading')}</p>;
  if (embedsAtlas) return <AtlasEmbed key={dataset.id} store={store} style={style} dataset={dataset} problems={problems} />;
  if (reportShown && RegionReport) return <RegionReport key={dataset.id} store={store} dataset={dataset} />;
  if (citizenCode !== null && CollectivityPage) {
    return <CollectivityPage key={dataset.id} store={store} style={style} dataset={dataset} code={citizenCode} />;
  }
  return (
    <>
      <App
        key={dataset.id}
        store={store}
        style={style}
        departementNames={departementNames}
        dataset={dataset}
        problems={problems}
        onImport={imports ? () => setImportOpen(true) : undefined}
        chooser={<DatasetChooser datasets={datasets} active={dataset} onShow={show} />}
      />
      {importOpen && ImportPanel && (
        <ImportPanel
          datasets={datasets}
          active={dataset}
          file={droppedFile}
          style={style}
          onShow={(next) => {
            show(next);
            setImportOpen(false);
          }}
          onClose={() => {
            setImportOpen(false);
            setDroppedFile(null);
          }}
        />
      )}
    </>
  );
}
