import type { StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createPointMap } from '../../map/point-map';
import { t } from '../../i18n';

interface Props {
  style: StyleSpecification;
  center: [number, number] | null;
  onPick: (lon: number, lat: number) => void;
}

/** A small map of the app's own basemap: a click marks the point, a button uses it. */
export function PointPicker({ style, center, onPick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [point, setPoint] = useState<[number, number] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!container.current) return;
    try {
      return createPointMap({ container: container.current, style, center, onPick: (lon, lat) => setPoint([lon, lat]) });
    } catch {
      setFailed(true);
      return undefined;
    }
  }, [style]);
  if (failed) return <p class="notice">{t('import.mendMapFailed')}</p>;
  return (
    <div class="point-picker">
      <p class="legend-note">{t('import.mendMapHint')}</p>
      <div class="point-picker-map" ref={container} data-testid="mend-map" />
      {point && (
        <button type="button" onClick={() => onPick(point[0], point[1])}>
          {t('import.mendUsePoint', { lat: String(point[1]), lon: String(point[0]) })}
        </button>
      )}
    </div>
  );
}
