import { useMemo } from 'preact/hooks';
import { TYPOLOGY_DIMENSIONS, TYPOLOGY_CRITERIA } from '../../domain/typology-criteria';
import { TYPOLOGY_IDS, TYPOLOGY_LABELS, type TypologyId } from '../../domain/typology';
import { formatNumber, t } from '../../i18n';
import { colorLookup, cssColor } from '../../map/palette';
import type { CollectivityTypology } from '../../model/typology';
import { compareWithDeclared } from '../../model/typology-report';
import type { Store } from '../../state/store';
import type { ViewProps } from './registry';

const modelColor = colorLookup('typology');

/** The criteria of one model, by row of the study's table, in the table's order. */
const criteriaByDimension = (model: TypologyId) =>
  TYPOLOGY_DIMENSIONS.map((dimension) => ({
    dimension,
    criteria: TYPOLOGY_CRITERIA.filter((criterion) => criterion.model === model && criterion.dimension === dimension),
  })).filter(({ criteria }) => criteria.length > 0);

function typologiesOf(store: Store): CollectivityTypology[] {
  return [...store.byCollectivity.keys()].flatMap((ctCode) => store.typology(ctCode) ?? []);
}

function ModelCard({ model, declared, computed, onShow }: { model: TypologyId; declared: number; computed: number; onShow: () => void }) {
  const label = TYPOLOGY_LABELS[model];
  return (
    <article class="typology-model" data-model={model} aria-labelledby={`typology-${model}`}>
      <h3 id={`typology-${model}`}>
        <span class="typology-dot" style={{ background: cssColor(modelColor(model)) }} aria-hidden="true" />
        {label}
      </h3>
      <p class="typology-description">{t(`typology.description.${model}`)}</p>
      <dl class="typology-counts" aria-label={t('typology.view.counts')}>
        <div>
          <dt>{t('typology.view.declared')}</dt>
          <dd data-count={declared}>{formatNumber(declared)}</dd>
        </div>
        <div>
          <dt>{t('typology.view.computed')}</dt>
          <dd data-count={computed}>{formatNumber(computed)}</dd>
        </div>
      </dl>
      <h4>{t('typology.view.criteria')}</h4>
      <dl class="typology-criteria">
        {criteriaByDimension(model).map(({ dimension, criteria }) => (
          <div key={dimension}>
            <dt>{t(`typology.dimension.${dimension}`)}</dt>
            {criteria.map((criterion) => (
              <dd key={criterion.id}>
                {criterion.wording} <span class="typology-weight">({t('typology.view.weight', { weight: criterion.weight })})</span>
              </dd>
            ))}
          </div>
        ))}
      </dl>
      <button type="button" class="typology-show" onClick={onShow}>
        {t('typology.view.showOnMap', { model: label })}
      </button>
    </article>
  );
}

/** The five ACTER models explained from the study's table, with the collectivities of the loaded data in each. */
export default function TypologyView({ store }: ViewProps) {
  // The index changes when a model is chosen in a card.
  const report = useMemo(() => compareWithDeclared(typologiesOf(store)), [store, store.index]);
  const show = (model: TypologyId) => {
    store.setFacet('typology', [model]);
    store.update({ view: 'carte' });
  };
  if (store.gaps.has('typology')) {
    return (
      <section class="typology-view" aria-labelledby="typology-title">
        <h2 id="typology-title">{t('typology.view.title')}</h2>
        <p class="dataset-gap" role="note" data-testid="dataset-gap">
          {t('dataset.lacks.typology')}
        </p>
      </section>
    );
  }
  return (
    <section class="typology-view" aria-labelledby="typology-title">
      <h2 id="typology-title">{t('typology.view.title')}</h2>
      <p class="typology-intro">{t('typology.view.intro')}</p>
      <p class="typology-unclassified" data-count={report.computed.none}>
        {t('typology.view.unclassified', { count: formatNumber(report.computed.none) })}
      </p>
      <div class="typology-models">
        {TYPOLOGY_IDS.map((model) => (
          <ModelCard key={model} model={model} declared={report.declared[model]} computed={report.computed[model]} onShow={() => show(model)} />
        ))}
      </div>
    </section>
  );
}
