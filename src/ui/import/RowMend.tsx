import type { StyleSpecification } from 'maplibre-gl';
import { useState } from 'preact/hooks';
import { pointCells, typedCells, type FixOption, type FixTarget, type IssueFix } from '../../data/row-fix';
import { language, renderImportParam, t, type MessageKey } from '../../i18n';
import { PointPicker } from './PointPicker';

interface Props {
  line: number;
  fix: IssueFix;
  style: StyleSpecification;
  onMend: (cells: FixOption['cells']) => void;
}

const TYPE_LABEL: Record<FixTarget, MessageKey> = {
  collectivite: 'import.mendCode',
  pays: 'import.mendCountry',
  territoire: 'import.mendPlace',
};

/** The ways to mend one row: pick a candidate or a suggestion, type a value, or pick the point on a map. */
export function RowMend({ line, fix, style, onMend }: Props) {
  const [typed, setTyped] = useState('');
  const [onMap, setOnMap] = useState(false);
  const typedFix = typedCells(fix.target, typed);
  return (
    <div class="row-mend" data-testid="row-mend" role="group" aria-label={t('import.mendTitle', { line: String(line) })}>
      {fix.options.length > 0 && (
        <div class="mend-options">
          <span>{t('import.mendPick')}</span>
          {fix.options.map((option) => {
            const label = renderImportParam(option.label, language.value);
            return (
              <button key={label} type="button" data-testid="mend-option" onClick={() => onMend(option.cells)}>
                {label}
              </button>
            );
          })}
        </div>
      )}
      <form
        class="mend-typed"
        onSubmit={(event) => {
          event.preventDefault();
          if (typedFix) onMend(typedFix);
        }}
      >
        <label>
          {t(TYPE_LABEL[fix.target])}
          <input type="text" value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!typedFix}>
          {t('import.mendApply')}
        </button>
        {fix.target === 'territoire' && !onMap && (
          <button type="button" onClick={() => setOnMap(true)}>
            {t('import.mendOnMap')}
          </button>
        )}
      </form>
      {onMap && <PointPicker style={style} center={fix.near ?? null} onPick={(lon, lat) => onMend(pointCells(lon, lat))} />}
    </div>
  );
}
