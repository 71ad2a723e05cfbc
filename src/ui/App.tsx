import { useMemo } from 'preact/hooks';
import type { StyleSpecification } from 'maplibre-gl';
import { language, setLanguage, t, type MessageKey } from '../i18n';
import { THEME_IDS, THEME_LABELS_FR } from '../domain/themes';
import { TYPOLOGY_IDS, TYPOLOGY_LABELS } from '../domain/typology';
import { FRENCH_REGIONS } from '../domain/regions';
import type { Store } from '../state/store';
import type { ColorAttribute } from '../state/url-codec';
import { createMapViewModel } from '../map/map-view-model';
import type { TooltipNames } from '../map/tooltip';
import { regionName } from '../map/map-view-model';
import { ChoiceFilter } from './ChoiceFilter';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { Notices } from './Notices';
import { ResultCount } from './ResultCount';

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
  const names = useMemo<TooltipNames>(() => ({ region: regionName, country: countryName }), [store]);
  const model = useMemo(() => createMapViewModel(store, countryName), [store]);
  const state = store.state.value;

  const countryChoices = useMemo(
    () => store.index.countryCodes.map((iso2) => ({ value: iso2, label: countryName(iso2) })).sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    [store, language.value],
  );
  const labelOf = (attribute: ColorAttribute, value: string): string => {
    if (attribute === 'typology') return TYPOLOGY_LABELS[value as keyof typeof TYPOLOGY_LABELS];
    if (attribute === 'theme') return THEME_LABELS_FR[value as keyof typeof THEME_LABELS_FR];
    return t(`${attribute}.${value}` as MessageKey);
  };

  return (
    <div class="app" lang={language.value}>
      <header class="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p class="tagline">{t('app.tagline')}</p>
        </div>
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
          <section aria-labelledby="filters-title">
            <h2 id="filters-title">{t('filters.title')}</h2>
            <ChoiceFilter
              id="theme"
              legend={t('filters.theme')}
              choices={THEME_IDS.map((id) => ({ value: id, label: THEME_LABELS_FR[id] }))}
              selected={state.themes}
              onChange={(themes) => store.update({ themes: themes as typeof state.themes })}
            />
            <ChoiceFilter
              id="region"
              legend={t('filters.region')}
              choices={FRENCH_REGIONS.map((region) => ({ value: region.code, label: region.name }))}
              selected={state.regions}
              onChange={(regions) => store.update({ regions })}
            />
            <ChoiceFilter
              id="typology"
              legend={t('filters.typology')}
              choices={TYPOLOGY_IDS.map((id) => ({ value: id, label: TYPOLOGY_LABELS[id] }))}
              selected={state.typologies}
              onChange={(typologies) => store.update({ typologies: typologies as typeof state.typologies })}
            />
            <ChoiceFilter
              id="country"
              legend={t('filters.country')}
              choices={countryChoices}
              selected={state.countries}
              onChange={(countries) => store.update({ countries })}
            />
            <button type="button" class="clear" onClick={() => store.clearFilters()}>
              {t('filters.clear')}
            </button>
          </section>
          <label class="field">
            {t('view.mode')}
            <select value={state.mode} onChange={(event) => store.update({ mode: event.currentTarget.value as typeof state.mode })}>
              <option value="auto">{model.drawsFlows.value ? t('view.flows') : t('view.arcs')} (auto)</option>
              <option value="flows">{t('view.flows')}</option>
              <option value="arcs">{t('view.arcs')}</option>
            </select>
          </label>
          <Legend colorBy={state.colorBy} drawsFlows={model.drawsFlows.value} labelOf={labelOf} onColorBy={(colorBy) => store.update({ colorBy })} />
        </aside>
        <MapView style={style} model={model} names={names} />
      </main>
      <footer class="app-footer" data-testid="attribution">
        {t('attribution.label')} : {t('attribution.text')}
      </footer>
    </div>
  );
}
