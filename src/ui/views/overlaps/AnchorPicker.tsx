import { useState } from 'preact/hooks';
import { anchorId, MAX_REACH_KM, POOLING_REACHES, type Anchor, type PoolingReach } from '../../../domain/anchor';
import { FRENCH_REGIONS, REGIONAL_NETWORKS } from '../../../domain/regions';
import { compareNames, t } from '../../../i18n';
import type { OverlapCollectivity } from '../../../model/overlaps';
import type { OverlapLabels } from './labels';

interface Props {
  anchor: Anchor | null;
  within: PoolingReach;
  collectivities: readonly OverlapCollectivity[];
  labels: OverlapLabels;
  onAnchor: (anchor: string | null) => void;
  onWithin: (within: PoolingReach) => void;
}

/** "Rennes (35238)": what the collectivity field shows and reads back. */
const collectivityOption = (collectivity: OverlapCollectivity) => `${collectivity.name} (${collectivity.code})`;

/** Whose partner places the view starts from (a région, network, département or collectivity), and how far others count. */
export function AnchorPicker({ anchor, within, collectivities, labels, onAnchor, onWithin }: Props) {
  const [typed, setTyped] = useState('');
  const departements = [...new Set(collectivities.map((c) => c.departement).filter((code): code is string => code !== null))].sort();
  const chosenCollectivity = anchor?.kind === 'collectivity' ? collectivities.find((c) => c.code === anchor.code) : undefined;
  const pickCollectivity = (value: string) => {
    setTyped(value);
    const found = collectivities.find((c) => collectivityOption(c) === value);
    if (found) onAnchor(found.code);
  };
  const km = typeof within === 'number' ? within : null;
  return (
    <div class="anchor-picker" data-testid="anchor-picker">
      <label>
        <span>{t('overlaps.anchor.label')}</span>
        <select data-testid="anchor-select" value={chosenCollectivity ? 'collectivity' : anchor ? anchorId(anchor) : ''} onChange={(event) => onAnchor(event.currentTarget.value || null)}>
          <option value="">{t('overlaps.anchor.none')}</option>
          {chosenCollectivity && <option value="collectivity">{chosenCollectivity.name}</option>}
          <optgroup label={t('overlaps.anchor.regions')}>
            {[...FRENCH_REGIONS].sort((a, b) => compareNames(labels.region(a.code), labels.region(b.code))).map((region) => (
              <option key={region.code} value={`region-${region.code}`}>
                {labels.region(region.code)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('overlaps.anchor.networks')}>
            {REGIONAL_NETWORKS.map((network) => (
              <option key={network.id} value={`network-${network.id}`}>
                {network.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('overlaps.anchor.departements')}>
            {departements.map((code) => (
              <option key={code} value={`departement-${code}`}>
                {t('overlaps.anchor.departement', { code })}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        <span>{t('overlaps.anchor.collectivity')}</span>
        <input type="search" list="anchor-collectivities" value={typed} placeholder={t('overlaps.anchor.collectivityHint')} onInput={(event) => pickCollectivity(event.currentTarget.value)} />
        <datalist id="anchor-collectivities">
          {collectivities.map((c) => (
            <option key={c.code} value={collectivityOption(c)} />
          ))}
        </datalist>
      </label>
      {anchor !== null && (
        <div role="group" aria-label={t('overlaps.reach.label')} class="anchor-reach" data-testid="reach">
          {POOLING_REACHES.map((reach) => (
            <button key={reach} type="button" aria-pressed={reach === within} onClick={() => onWithin(reach)}>
              {labels.reach(reach)}
            </button>
          ))}
          <label class="anchor-km">
            <input
              type="number"
              min={1}
              max={MAX_REACH_KM}
              step={1}
              value={km ?? ''}
              aria-label={t('overlaps.reach.km')}
              onChange={(event) => {
                const value = Number(event.currentTarget.value);
                if (value > 0 && value <= MAX_REACH_KM) onWithin(value);
              }}
            />
            km
          </label>
        </div>
      )}
    </div>
  );
}
