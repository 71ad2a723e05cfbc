import { batch } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { parseAnchor } from '../../domain/anchor';
import { language, t } from '../../i18n';
import { indexOverlaps } from '../../model/overlaps';
import { AnchoredOverlaps } from './overlaps/AnchoredOverlaps';
import { AnchorPicker } from './overlaps/AnchorPicker';
import { overlapLabels } from './overlaps/labels';
import { SharedOverlaps } from './overlaps/SharedOverlaps';
import type { ViewProps } from './registry';

/**
 * Partner places where several French collectivities work, under the current filters: all of
 * them, or anchored on a région, network, département or collectivity (`anchor=`), with those of
 * others at the same place or within reach (`within=`).
 */
export default function OverlapsView({ store, countryName }: ViewProps) {
  const index = useMemo(() => indexOverlaps(store.index), [store]);
  const { mask } = store.filtered.value;
  const { anchor: anchorValue, within } = store.state.value;
  const labels = useMemo(() => overlapLabels(countryName), [countryName, language.value]);
  const anchor = anchorValue === null ? null : parseAnchor(anchorValue, (code) => store.byCollectivity.has(code));

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
  const anchorOn = (next: string | null) => store.update({ anchor: next, within: next === null ? 'place' : within });

  return (
    <div class="overlaps-view">
      <h2>{t('overlaps.title')}</h2>
      <AnchorPicker
        anchor={anchor}
        within={within}
        collectivities={index.collectivities}
        labels={labels}
        onAnchor={anchorOn}
        onWithin={(next) => store.update({ within: next })}
      />
      {anchor ? (
        <AnchoredOverlaps index={index} mask={mask} anchor={anchor} within={within} labels={labels} actions={actions} onAnchor={anchorOn} />
      ) : (
        <SharedOverlaps index={index} mask={mask} labels={labels} countryName={countryName} actions={actions} />
      )}
    </div>
  );
}
