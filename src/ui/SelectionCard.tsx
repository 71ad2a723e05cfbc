import { collectivityKey } from '../domain/collectivity-key';
import type { Cooperation } from '../domain/cooperation';
import { networkOf } from '../domain/regions';

import { formatEuros, formatNumber, t } from '../i18n';
import { themeLabel } from '../i18n/labels';
import { regionName } from '../domain/regions';
import type { Store } from '../state/store';
import { CollectivityTypology } from './views/typology/CollectivityTypology';
import { citizenPageSearch } from './citizen/links';

interface Props {
  store: Store;
  countryName: (iso2: string) => string;
}

function years(c: Cooperation): string | null {
  if (c.startYear === null) return null;
  return c.endYear === null ? t('card.years', { start: c.startYear }) : t('card.yearsEnded', { start: c.startYear, end: c.endYear });
}

function Definition({ term, value }: { term: string; value: string | null }) {
  if (value === null || value === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

const yesNo = (value: boolean | null) => (value === null ? null : value ? t('card.yes') : t('card.no'));

function CollectivityCard({ store, rows, countryName }: Props & { rows: number[] }) {
  const { mask } = store.filtered.value;
  const records = rows.map((i) => store.index.cooperations[i]);
  const ct = records[0];
  const network = networkOf(ct.ctRegion, ct.ctDepartement);
  const typology = store.typology(collectivityKey(ct));
  return (
    <>
      <h2 id="card-title">{ct.ctName}</h2>
      <p class="card-subtitle">
        {t(`kind.${ct.ctKind}`)}
        {ct.ctPopulation !== null && ` · ${t('card.population', { count: formatNumber(ct.ctPopulation) })}`}
      </p>
      <p class="card-line">
        <a href={citizenPageSearch(collectivityKey(ct))} data-testid="citizen-page-link">
          {t('citizen.cardLink')}
        </a>
      </p>
      <p class="card-line">
        <button
          type="button"
          class="link"
          data-testid="card-anchor"
          onClick={() => store.update({ anchor: collectivityKey(ct), within: 'place', view: 'chevauchements' })}
        >
          {t('card.whoElse')}
        </button>
      </p>
      <dl class="card-facts">
        <Definition term={t('card.region')} value={regionName(ct.ctRegion)} />
        <Definition term={t('card.network')} value={network?.name ?? null} />
        {typology && <CollectivityTypology typology={typology} onDeclare={(model) => store.declareTypology(collectivityKey(ct), model)} />}
        <Definition term={t('card.riService')} value={yesNo(ct.riService)} />
        <Definition term={t('card.europeService')} value={yesNo(ct.europeService)} />
        <Definition term={t('card.aectBudget')} value={ct.aectBudgetEur === null ? null : formatEuros(ct.aectBudgetEur)} />
      </dl>
      <h3>{t('card.partnerships', { count: records.length })}</h3>
      <ul class="card-list">
        {rows.map((i) => {
          const c = store.index.cooperations[i];
          return (
            <li key={c.id} class={mask[i] ? undefined : 'outside-filters'}>
              <strong>
                {c.partnerName} ({countryName(c.partnerCountry)})
              </strong>
              {!mask[i] && <span class="tag">{t('card.filteredOut')}</span>}
              <p class="card-line">
                {[c.nature && t(`nature.${c.nature}`), years(c), c.annualBudgetEur !== null && t('card.budget', { amount: formatEuros(c.annualBudgetEur) })]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {c.themes.length > 0 && <p class="card-line">{c.themes.map(themeLabel).join(', ')}</p>}
              {c.actors.length > 0 && (
                <p class="card-line">
                  {t('card.actors')}
                  {t('punctuation.colon')}
                  {c.actors.join(', ')}
                </p>
              )}
              {c.localInterest && (
                <p class="card-line local-interest">
                  {t('card.localInterest')}
                  {t('punctuation.colon')}
                  {c.localInterest}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** A place's records by collectivity, those the filters keep first (each group in record order). */
function byCollectivity(store: Store, rows: readonly number[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of rows) {
    const key = collectivityKey(store.index.cooperations[i]);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const { mask } = store.filtered.value;
  const kept = (group: number[]) => group.some((i) => mask[i]);
  return [...groups.values()].sort((a, b) => Number(kept(b)) - Number(kept(a)));
}

function PlaceCard({ store, rows, countryName }: Props & { rows: number[] }) {
  const { mask } = store.filtered.value;
  const place = store.index.cooperations[rows[0]];
  const collectivities = byCollectivity(store, rows);
  return (
    <>
      <h2 id="card-title">{place.partnerName}</h2>
      <p class="card-subtitle">
        {countryName(place.partnerCountry)}
        {(place.partnerPrecision === 'pays' || place.partnerPrecision === 'region') && ` · ${t(`card.precision.${place.partnerPrecision}`)}`}
      </p>
      <h3>{t('card.frenchPartners', { count: collectivities.length })}</h3>
      <ul class="card-list">
        {collectivities.map((group) => {
          const records = group.map((i) => store.index.cooperations[i]);
          const c = records[0];
          const kept = group.filter((i) => mask[i]).length;
          const starts = records.map((r) => r.startYear).filter((year): year is number => year !== null);
          const themes = [...new Set(records.flatMap((r) => r.themes))];
          return (
            <li key={collectivityKey(c)} class={kept > 0 ? undefined : 'outside-filters'} data-testid="place-card-collectivity">
              <button type="button" class="link" onClick={() => store.selectCollectivity(collectivityKey(c))}>
                {c.ctName}
              </button>{' '}
              <span class="card-line">
                ({t(`kind.${c.ctKind}`)}, {regionName(c.ctRegion)})
              </span>
              <p class="card-line">
                {[
                  t('card.cooperationsHere', { count: formatNumber(records.length) }),
                  kept < records.length && t('card.keptByFilters', { count: formatNumber(kept) }),
                  starts.length > 0 && t('card.years', { start: Math.min(...starts) }),
                  themes.map(themeLabel).join(', '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The card of the selected collectivity or partner place, beside the map. */
export function SelectionCard({ store, countryName }: Props) {
  const rows = store.selection.value;
  if (rows === null || rows.length === 0) return null;
  const { ct } = store.state.value;
  return (
    <aside class="card" aria-labelledby="card-title" data-testid="selection-card">
      <button type="button" class="card-close" aria-label={t('card.close')} onClick={() => store.selectCollectivity(null)}>
        ×
      </button>
      {ct !== null ? <CollectivityCard store={store} rows={rows} countryName={countryName} /> : <PlaceCard store={store} rows={rows} countryName={countryName} />}
    </aside>
  );
}
