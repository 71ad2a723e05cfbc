import { t, type MessageKey } from '../i18n';
import { COLOR_ATTRIBUTES, type ColorAttribute } from '../domain/facets';
import { cssColor, lighten, paletteFor, UNKNOWN_COLOR } from '../map/palette';

interface Props {
  colorBy: ColorAttribute;
  widthNote: MessageKey;
  /** Whether the map marks shared places, which the legend then explains. */
  sharedPlaces: boolean;
  labelOf: (attribute: ColorAttribute, value: string) => string;
  onColorBy: (attribute: ColorAttribute) => void;
}

export function Legend({ colorBy, widthNote, sharedPlaces, labelOf, onColorBy }: Props) {
  const entries = [...paletteFor(colorBy).map(({ value, color }) => ({ label: labelOf(colorBy, value), color })), { label: t('legend.other'), color: UNKNOWN_COLOR }];
  return (
    <section class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <label class="field">
        {t('legend.colorBy')}
        <select value={colorBy} onChange={(event) => onColorBy(event.currentTarget.value as ColorAttribute)}>
          {COLOR_ATTRIBUTES.map((attribute) => (
            <option key={attribute} value={attribute}>
              {t(`colorBy.${attribute}`)}
            </option>
          ))}
        </select>
      </label>
      <ul class="legend-entries">
        {entries.map(({ label, color }) => (
          <li key={label}>
            <span class="swatch" style={{ background: `linear-gradient(90deg, ${cssColor(lighten(color))}, ${cssColor(color)})` }} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <p class="legend-note">{t('legend.direction')}</p>
      <p class="legend-note">{t(widthNote)}</p>
      {sharedPlaces && <p class="legend-note">{t('overlaps.legend')}</p>}
    </section>
  );
}
