import { useState } from 'preact/hooks';
import { t } from '../../../i18n';
import type { PoolingSuggestion } from '../../../model/overlaps-pooling';
import { poolingReason, type OverlapLabels } from './labels';
import { MemberButton, type OverlapActions } from './OverlapList';
import { ShowMore } from './paging';

const PAGE = 50;

interface Props extends OverlapActions {
  suggestions: readonly PoolingSuggestion[];
  labels: OverlapLabels;
}

/** Who could pool their action, where, on which theme, and why; groups of one région or network first. */
export function PoolingList({ suggestions, labels, showCollectivity, showPlace }: Props) {
  const [shown, setShown] = useState(PAGE);
  if (suggestions.length === 0) return <p class="overlaps-empty">{t('overlaps.pooling.none')}</p>;
  return (
    <>
      <ol class="overlaps-suggestions">
        {suggestions.slice(0, shown).map((suggestion) => (
          <li key={`${suggestion.place.key}|${suggestion.theme}|${suggestion.scope}|${suggestion.group}`} class={`overlaps-suggestion overlaps-scope-${suggestion.scope}`}>
            <p class="overlaps-why">{poolingReason(suggestion, labels)}</p>
            <ul class="overlaps-who">
              {suggestion.members.map((member) => (
                <li key={member.code}>
                  <MemberButton member={member} onClick={showCollectivity} />
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="overlaps-show"
              aria-label={t('overlaps.showPlaceOnMap', { place: labels.where(suggestion.place) })}
              onClick={() => showPlace(suggestion.place.key)}
            >
              {t('overlaps.showOnMap')}
            </button>
          </li>
        ))}
      </ol>
      <ShowMore shown={Math.min(shown, suggestions.length)} total={suggestions.length} step={PAGE} onMore={() => setShown(shown + PAGE)} />
    </>
  );
}
