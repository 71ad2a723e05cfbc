import { batch } from '@preact/signals';
import { useMemo, useState } from 'preact/hooks';
import { formatNumber, language, t } from '../../i18n';
import { findOverlaps, indexOverlaps, overlapSummary, type OverlapLevel } from '../../model/overlaps';
import { overlapsCsv } from '../../model/overlaps-csv';
import { poolingSuggestions } from '../../model/overlaps-pooling';
import { downloadText } from '../download';
import { csvLabels, overlapLabels } from './overlaps/labels';
import { OverlapList } from './overlaps/OverlapList';
import { PoolingList } from './overlaps/PoolingList';
import type { ViewProps } from './registry';

const LEVELS: readonly OverlapLevel[] = ['place', 'country'];

/**
 * Partner places and countries where several French collectivities work, under the current
 * filters, with pooling suggestions and a CSV export.
 */
export default function OverlapsView({ store, countryName }: ViewProps) {
  const index = useMemo(() => indexOverlaps(store.index), [store]);
  const { mask } = store.filtered.value;
  const [level, setLevel] = useState<OverlapLevel>('place');
  const labels = useMemo(() => overlapLabels(countryName), [countryName, language.value]);

  const summary = useMemo(() => overlapSummary(index, mask), [index, mask]);
  const places = useMemo(() => findOverlaps(index, 'place', mask), [index, mask]);
  const countries = useMemo(
    () => (level === 'country' ? findOverlaps(index, 'country', mask, countryName) : []),
    [index, mask, level, countryName, language.value],
  );
  const suggestions = useMemo(() => poolingSuggestions(places), [places]);
  const shown = level === 'place' ? places : countries;

  const actions = {
    showCollectivity: (code: string) =>
      batch(() => {
        store.selectCollectivity(code);
        store.update({ view: 'carte' });
      }),
    showPlace: (key: string) =>
      batch(() => {
        store.selectPlace(key);
        store.update({ view: 'carte' });
      }),
  };
  const exportCsv = () => downloadText(t(`overlaps.file.${level}`), overlapsCsv(shown, csvLabels(labels)), 'text/csv;charset=utf-8');
  const figures = [
    { label: t('overlaps.summary.places'), value: summary.places },
    { label: t('overlaps.summary.countries'), value: summary.countries },
    { label: t('overlaps.summary.collectivities'), value: summary.collectivities },
  ];

  return (
    <div class="overlaps-view">
      <h2>{t('overlaps.title')}</h2>
      <p class="overlaps-intro">{t('overlaps.intro')}</p>
      <dl class="overlaps-summary" data-testid="overlap-count" data-count={summary.places}>
        {figures.map(({ label, value }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="overlaps-ranking">
        <div class="overlaps-toolbar">
          <h3 id="overlaps-ranking">{t(`overlaps.ranking.${level}`)}</h3>
          <div role="group" aria-label={t('overlaps.level')} class="overlaps-levels">
            {LEVELS.map((option) => (
              <button key={option} type="button" aria-pressed={option === level} onClick={() => setLevel(option)}>
                {t(`overlaps.level.${option}`)} ({formatNumber(option === 'place' ? summary.places : summary.countries)})
              </button>
            ))}
          </div>
          <button type="button" class="overlaps-export" onClick={exportCsv} disabled={shown.length === 0}>
            {t('overlaps.export')}
          </button>
        </div>
        {shown.length === 0 ? (
          <p class="overlaps-empty">{t(`overlaps.none.${level}`)}</p>
        ) : (
          <OverlapList key={level} overlaps={shown} labels={labels} {...actions} />
        )}
      </section>

      <section aria-labelledby="overlaps-pooling">
        <h3 id="overlaps-pooling">{t('overlaps.pooling.title')}</h3>
        <p class="overlaps-intro">{t('overlaps.pooling.intro')}</p>
        <PoolingList suggestions={suggestions} labels={labels} {...actions} />
      </section>
    </div>
  );
}
