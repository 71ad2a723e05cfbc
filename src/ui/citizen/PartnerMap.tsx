import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { StyleSpecification } from 'maplibre-gl';
import type { Cooperation } from '../../domain/cooperation';
import { language, t } from '../../i18n';
import { themeLabel } from '../../i18n/labels';
import type { EndpointNames } from '../../map/arc-data';
import { cooperationArcs } from '../../map/cooperation-arcs';
import { cooperationEndpoints, indexEnds } from '../../map/cooperation-ends';
import { AtlasMap } from '../../map/atlas-map';
import { mapLayers } from '../../map/deck-layers';
import { labelCandidates, labelsInView } from '../../map/map-labels';
import type { ScreenView } from '../../map/view-box';
import { cssColor, lighten } from '../../map/palette';
import { tooltipFor } from '../../map/tooltip';
import { boundsOf } from '../../model/bounds';
import { arcColor, legendThemes } from './map-legend';

interface Props {
  cooperations: readonly Cooperation[];
  style: StyleSpecification;
  names: EndpointNames;
  name: string;
  /** The map's element, which the PNG download reads the drawn canvas from. */
  container: RefObject<HTMLDivElement | null>;
}

const ignore = () => {};

/**
 * The collectivity's arcs to each partner, on the atlas's own map. `data-idle` turns "true" once drawn.
 * The drawing buffer is kept so that the PNG download and printing get the drawn frame.
 */
export function PartnerMap({ cooperations, style, names, name, container }: Props) {
  // The attribution and the tooltips are written in the language of the moment: a switch redraws the map.
  const lang = language.value;
  useEffect(() => {
    const element = container.current!;
    const arcs = cooperationArcs(cooperations, arcColor);
    const endpoints = cooperationEndpoints(indexEnds(cooperations), new Uint8Array(cooperations.length).fill(1), names);
    // Every partner is named, as the atlas names a selection's.
    const candidates = labelCandidates({ zoom: 0, countries: [], endpoints, selectedEndpoints: endpoints });
    let atlas: AtlasMap | null = null;
    let view: ScreenView | null = null;
    const draw = () => atlas?.setLayers(mapLayers({ arcs: { kind: 'cooperations', arcs, width: 2 }, endpoints, selectedArcs: null, selectedEndpoints: null, labels: view ? labelsInView(candidates, view) : [] }));
    atlas = new AtlasMap({
      container: element,
      style,
      attribution: t('attribution.text'),
      tooltip: (info) => tooltipFor(info, names),
      onClick: ignore,
      onZoom: ignore,
      onView: (next) => {
        view = next;
        draw();
      },
      onRendered: () => {
        element.dataset.idle = 'true';
      },
      preserveDrawingBuffer: true,
    });
    draw();
    const bounds = boundsOf(cooperations);
    if (bounds) atlas.fitBounds(bounds);
    return () => atlas?.destroy();
  }, [cooperations, style, names, container, lang]);

  return (
    <figure class="citizen-map-figure">
      <div
        ref={container}
        class="citizen-map"
        data-testid="map"
        data-idle="false"
        role="region"
        aria-label={t('citizen.map.label', { name })}
        aria-describedby="citizen-map-description"
      />
      <figcaption class="citizen-map-caption">
        <p id="citizen-map-description">{t('citizen.map.description', { name })}</p>
        <p class="citizen-legend-title">{t('citizen.map.legend')}</p>
        <ul class="citizen-legend">
          {legendThemes(cooperations).map(({ theme, color }) => (
            <li key={theme ?? 'other'}>
              <span class="citizen-swatch" style={{ background: `linear-gradient(90deg, ${cssColor(lighten(color))}, ${cssColor(color)})` }} aria-hidden="true" />
              {theme ? themeLabel(theme) : t('legend.other')}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
