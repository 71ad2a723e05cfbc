import { effect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { StyleSpecification } from 'maplibre-gl';
import { AtlasMap } from '../map/atlas-map';
import { cooperationLayers } from '../map/deck-layers';
import type { MapViewModel } from '../map/map-view-model';
import { tooltipFor, type TooltipNames } from '../map/tooltip';
import { t } from '../i18n';

interface Props {
  style: StyleSpecification;
  model: MapViewModel;
  names: TooltipNames;
}

/**
 * Hosts the map. `data-idle` turns "true" once the map is idle with the current arcs drawn,
 * which is what the browser tests wait for.
 */
export function MapView({ style, model, names }: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current!;
    const atlas = new AtlasMap({
      container: element,
      style,
      attribution: t('attribution.text'),
      tooltip: (info) => tooltipFor(info, names),
      onRendered: () => {
        element.dataset.idle = 'true';
      },
    });
    const stop = effect(() => {
      element.dataset.idle = 'false';
      element.dataset.arcs = String(model.arcs.value.length);
      atlas.setLayers(cooperationLayers(model.arcs.value, model.endpoints.value));
    });
    return () => {
      stop();
      atlas.destroy();
    };
  }, [style, model, names]);

  return <div ref={container} class="map" data-testid="map" role="region" aria-label={t('app.tagline')} data-idle="false" />;
}
