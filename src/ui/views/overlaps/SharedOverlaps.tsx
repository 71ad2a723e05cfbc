import { useMemo, useState } from 'preact/hooks';
import { formatNumber, language, t } from '../../../i18n';
import { findOverlaps, overlapSummary, type OverlapIndex, type OverlapLevel } from '../../../model/overlaps';
import { overlapsCsv } from '../../../model/overlaps-csv';
import { poolingSuggestions } from '../../../model/overlaps-pooling';
import { downloadText } from '../../download';
import { csvLabels, type OverlapLabels } from './labels';
import { OverlapList, type OverlapActions } from './OverlapList';
import { PoolingList } from './PoolingList';
import { SummaryFigures } from './SummaryFigures';

const LEVELS: readonly OverlapLevel[] = ['place', 'country'];

interface Props {
  index: OverlapIndex;
  mask: Uint8Array;
  labels: OverlapLabels;
  countryName: (iso2: string) => string;
  actions: OverlapActions;
}

/** Without an anchor: every partner place and country where several French collectivities work, with pooling suggestions. */
export function SharedOverlaps({ index, mask, labels, countryName, actions }: Props) {
  const [level, setLevel] = useState<OverlapLevel>('place');
  const summary = useMemo(() => overlapSummary(index, mask), [index, mask]);
  const places = useMemo(() => findOverlaps(index, 'place', mask), [index, mask]);
  const countries = useMemo(
    () => (level === 'country' ? findOverlaps(index, 'country', mask, countryName) : []),
    [index, mask, level, countryName, language.value],
  );
  const suggestions = useMemo(() => poolingSuggestions(places), [places]);
  const shown = level === 'place' ? places : countries;
  const exportCsv = () => downloadText(t(`overlaps.file.${level}`), overlapsCsv(shown, csvLabels(labels)), 'text/csv;charset=utf-8');

  return (
    <>
      <p class="overlaps-intro">{t('overlaps.intro')}</p>
      <SummaryFigures
        count={summary.places}
        figures={[
          { label: t('overlaps.summary.places'), value: summary.places },
          { label: t('overlaps.summary.countries'), value: summary.countries },
          { label: t('overlaps.summary.collectivities'), value: summary.collectivities },
        ]}
      />
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
    </>
  );
}
