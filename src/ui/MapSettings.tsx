import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { PHONE_WIDTH } from '../map/fit-view';
import type { MapViewModel } from '../map/map-view-model';
import type { FlowGrain } from '../map/flow-grain';
import type { Store } from '../state/store';
import { DISPLAY_MODES, type DisplayMode } from '../domain/app-state';
import type { ColorAttribute } from '../domain/facets';
import { Legend } from './Legend';

interface Props {
  store: Store;
  model: MapViewModel;
  labelOf: (attribute: ColorAttribute, value: string) => string;
}

const MODE_LABELS = { flows: 'view.flows', arcs: 'view.arcs' } as const;
const WIDTH_NOTES = { national: 'legend.widthNational', regional: 'legend.widthFlows', clusters: 'legend.widthClusters', places: 'legend.widthPlaces' } as const;

/** What the width of a flow counts, which follows what the flows join. */
const widthGrain = ({ origin, partner }: FlowGrain) => (partner.kind !== 'country' ? partner.kind : origin === 'national' ? 'national' : 'regional');

/** How the map draws: flows or one arc each, the colour attribute, and the legend that explains both. */
export function MapSettings({ store, model, labelOf }: Props) {
  const { mode, colorBy } = store.state.value;
  const drawsFlows = model.drawsFlows.value;
  const widthNote = drawsFlows ? WIDTH_NOTES[widthGrain(model.grain.value)] : 'legend.widthArcs';
  // Open beside the map on a screen, folded on a phone where it would cover the map.
  const [open, setOpen] = useState(() => !window.matchMedia(`(max-width: ${PHONE_WIDTH}px)`).matches);
  // With the card, the open legend would leave little of the map: it folds while the card is open, and opens again after.
  const cardOpen = (store.selection.value?.length ?? 0) > 0;
  const reopen = useRef(false);
  useEffect(() => {
    if (cardOpen) {
      reopen.current = open;
      setOpen(false);
    } else if (reopen.current) {
      reopen.current = false;
      setOpen(true);
    }
  }, [cardOpen]);
  return (
    <details class="map-settings" open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="map-settings">
      <summary>{t('legend.show')}</summary>
      <label class="field">
        {t('view.mode')}
        <select value={mode} onChange={(event) => store.update({ mode: event.currentTarget.value as DisplayMode })}>
          {DISPLAY_MODES.map((value) => (
            <option key={value} value={value}>
              {value === 'auto' ? `${t(drawsFlows ? 'view.flows' : 'view.arcs')} (auto)` : t(MODE_LABELS[value])}
            </option>
          ))}
        </select>
      </label>
      <label class="field checkbox">
        <input type="checkbox" checked={model.showSharedPlaces.value} onChange={(event) => (model.showSharedPlaces.value = event.currentTarget.checked)} />
        {t('map.sharedPlaces')}
      </label>
      <Legend colorBy={colorBy} widthNote={widthNote} merged={drawsFlows} leftOut={model.leftOutFlows.value} sharedPlaces={model.sharedPlacesShown.value} offscreenGroups={model.offscreenGroupsDrawn.value} labelOf={labelOf} onColorBy={(next) => store.update({ colorBy: next })} />
    </details>
  );
}
