import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { StyleSpecification } from 'maplibre-gl';
import { DEFAULT_LANGUAGE, formatNumber, language, nextLanguage, setLanguage, t } from '../../i18n';
import { kindLabel, themeLabel } from '../../i18n/labels';
import type { EndpointNames } from '../../map/arc-data';
import { regionName } from '../../domain/regions';
import { originName } from '../../i18n/labels';
import type { ActiveDataset } from '../../state/datasets';
import type { Store } from '../../state/store';
import { countryNamer } from '../country-name';
import { CompareSection } from './CompareSection';
import { CostSection } from './CostSection';
import { formatList, formatLongDate, placeText, plural } from './labels';

import { LocalSection } from './LocalSection';
import { isBuiltIn } from '../../state/datasets';
import { currentSite } from '../../state/site';
import { attributionText } from '../attribution';
import { PublicationLine } from '../DatasetBanner';
import { absoluteUrl, atlasSearch, citizenPageSearch, embedSnippet } from './links';
import { legendThemes } from './map-legend';
import { PartnerMap } from './PartnerMap';
import { collectivityProfile, peerCost, type CollectivityProfile } from '../../model/collectivity-profile';
import { SdgSection } from './SdgSection';
import { ShareBar } from './ShareBar';
import { WhatSection } from './WhatSection';
import { WhereSection } from './WhereSection';

export interface CollectivityPageProps {
  store: Store;
  style: StyleSpecification;
  dataset: ActiveDataset;
  /** The collectivity's code; the store has records for it. */
  code: string;
}

function summary(profile: CollectivityProfile): string {
  const sentence = t('citizen.summary', {
    name: profile.collectivity.ctName,
    places: plural(profile.places.length, 'citizen.places.one', 'citizen.places.many'),
    countries: plural(profile.countries.length, 'citizen.countries.one', 'citizen.countries.many'),
  });
  return profile.since === null ? sentence : `${sentence} ${t('citizen.summarySince', { year: profile.since })}`;
}

/** The public page of one collectivity: what it does abroad, why, for how much, and what it brings home. */
export default function CollectivityPage({ store, style, dataset, code }: CollectivityPageProps) {
  const { embed } = store.state.value;
  const lang = language.value;
  const profile = useMemo(() => collectivityProfile((store.byCollectivity.get(code) ?? []).map((i) => store.index.cooperations[i])), [store, code]);
  const countryName = useMemo(() => countryNamer(store), [store]);
  const peers = useMemo(() => peerCost({ cooperations: store.index.cooperations, byCollectivity: store.byCollectivity, byPlace: store.byPlace }, code), [store, code]);
  const names = useMemo<EndpointNames>(() => ({ origin: originName, country: countryName }), [countryName]);
  const map = useRef<HTMLDivElement>(null);
  const { collectivity } = profile;
  const name = collectivity.ctName;

  useEffect(() => {
    const root = document.documentElement;
    const previous = { title: document.title, lang: root.lang };
    document.title = t('citizen.pageTitle', { name });
    root.lang = lang;
    return () => {
      document.title = previous.title;
      root.lang = previous.lang;
    };
  }, [name, lang]);

  const switchLanguage = () => {
    const next = nextLanguage(lang);
    setLanguage(next);
    store.update({ lang: next });
  };

  // Shared addresses name the language only when it is not the default one.
  const shared = { lang: lang === DEFAULT_LANGUAGE ? null : lang };
  const linkTarget = embed ? '_blank' : undefined;
  const pageUrl = absoluteUrl(citizenPageSearch(code, shared));
  const facts = [kindLabel(collectivity.ctKind), collectivity.ctPopulation !== null && t('citizen.population', { count: formatNumber(collectivity.ctPopulation) }), regionName(collectivity.ctRegion)];

  return (
    <div class={embed ? 'citizen citizen-embedded' : 'citizen'} lang={lang}>
      {!embed && (
        <header class="citizen-header">
          <a class="citizen-brand" href={atlasSearch(code)}>
            {currentSite().title ?? 'coopatlas'} · {t('citizen.atlas')}
          </a>
          <button type="button" class="language" onClick={switchLanguage} lang={nextLanguage(lang)}>
            {t('language.switch')}
          </button>
          <ShareBar
            pageUrl={pageUrl}
            embedCode={embedSnippet(absoluteUrl(citizenPageSearch(code, { ...shared, embed: true })), t('citizen.embed.title', { name }))}
            map={map}
            fileName={`${code}-coopatlas.png`}
            pngText={() => ({
              title: t('citizen.png.title', { name }),
              notice: dataset.fictitious ? t('app.fictitious') : null,
              partners: t('citizen.png.partners', { list: formatList(profile.places.map((place) => placeText(place, countryName))) }),
              legendTitle: t('citizen.map.legend'),
              legend: legendThemes(profile.cooperations).map(({ theme, color }) => ({ label: theme ? themeLabel(theme) : t('legend.other'), color })),
              note: t('legend.direction'),
              attribution: `${t('attribution.label')} — ${attributionText(dataset)}`,
            })}
          />
          {!isBuiltIn(dataset.id) && (
            <p class="citizen-local-only" role="note" data-testid="share-imported">
              {t('share.importedText', { name: dataset.name })}
            </p>
          )}
        </header>
      )}
      <main class="citizen-main">
        {dataset.fictitious && (
          <p class="citizen-fictitious" role="note" data-testid="fictitious-banner">
            {t('app.fictitious')}
          </p>
        )}
        <p class="citizen-kicker">{t('citizen.kicker')}</p>
        <h1>{name}</h1>
        <p class="citizen-lead">{facts.filter(Boolean).join(' · ')}</p>
        <p class="citizen-summary">{summary(profile)}</p>
        <PartnerMap cooperations={profile.cooperations} style={style} names={names} name={name} container={map} />
        <div class="citizen-sections">
          <WhereSection places={profile.places} countries={profile.countries} countryName={countryName} />
          <WhatSection profile={profile} />
          <LocalSection profile={profile} countryName={countryName} />
          <CostSection profile={profile} peers={peers} />
          <SdgSection profile={profile} />
          <CompareSection store={store} code={code} profile={profile} countryName={countryName} typology={store.typology(code)?.model ?? null} target={linkTarget} />
        </div>
      </main>
      <footer class="citizen-footer" data-testid="attribution">
        <p>
          <strong>{t('attribution.label')}</strong> — {attributionText(dataset)}
        </p>
        <p>{t('citizen.footer.made', { date: formatLongDate(new Date()), dataset: dataset.name })}</p>
        <PublicationLine dataset={dataset} />
        <p class="citizen-address" data-testid="page-address">
          {t('citizen.footer.address')} <a href={pageUrl}>{pageUrl}</a>
        </p>
        {embed && (
          <p>
            <a href={citizenPageSearch(code, shared)} target="_blank" rel="noopener">
              {t('citizen.footer.fullPage')}
            </a>
          </p>
        )}
      </footer>
    </div>
  );
}
