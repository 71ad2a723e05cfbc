import { formatNumber, t, type MessageKey } from '../i18n';
import { COLOR_ATTRIBUTES, type ColorAttribute } from '../domain/facets';
import type { TypologyId } from '../domain/typology';
import { cssColor, legendGroups, lighten, UNKNOWN_COLOR } from '../map/palette';

interface Props {
  colorBy: ColorAttribute;
  widthNote: MessageKey;
  /** Whether arcs are flows merging many cooperations, which the legend then explains. */
  merged: boolean;
  /** The smallest flows left undrawn. */
  leftOut: { flows: number; cooperations: number };
  /** Whether the map marks shared places, which the legend then explains. */
  sharedPlaces: boolean;
  /** Whether flows end at groups of partners off screen, which the legend then explains. */
  offscreenGroups: boolean;
  labelOf: (attribute: ColorAttribute, value: string) => string;
  onColorBy: (attribute: ColorAttribute) => void;
}

export function Legend({ colorBy, widthNote, merged, leftOut, sharedPlaces, offscreenGroups, labelOf, onColorBy }: Props) {
  const entries = [
    ...legendGroups(colorBy).map(({ values, color }) => ({
      label: values.map((value) => labelOf(colorBy, value)).join(', '),
      // One line each for the ACTER models, which few readers know by name.
      note: colorBy === 'typology' ? t(`typology.description.${values[0] as TypologyId}`) : undefined,
      color,
    })),
    { label: t('legend.other'), note: undefined, color: UNKNOWN_COLOR },
  ];
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
        {entries.map(({ label, note, color }) => (
          <li key={label}>
            <span class="swatch" style={{ background: `linear-gradient(90deg, ${cssColor(lighten(color))}, ${cssColor(color)})` }} aria-hidden="true" />
            <span>
              {label}
              {note && <span class="legend-model">{note}</span>}
            </span>
          </li>
        ))}
      </ul>
      <p class="legend-note">{t('legend.direction')}</p>
      <p class="legend-note">{t(widthNote)}</p>
      {merged && <p class="legend-note">{t('legend.merged')}</p>}
      {leftOut.flows > 0 && (
        <p class="legend-note" data-testid="left-out-flows">
          {t('legend.leftOut', { flows: formatNumber(leftOut.flows), count: formatNumber(leftOut.cooperations) })}
        </p>
      )}
      {offscreenGroups && (
        <p class="legend-note" data-testid="offscreen-groups">
          {t('legend.offscreen')}
        </p>
      )}
      <p class="legend-note">{t('legend.discs')}</p>
      <p class="legend-note">{t('legend.dots')}</p>
      <p class="legend-note">{t('legend.labels')}</p>
      {sharedPlaces && <p class="legend-note">{t('overlaps.legend')}</p>}
    </section>
  );
}
