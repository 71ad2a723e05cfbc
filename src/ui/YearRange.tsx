import { t } from '../i18n';

interface Props {
  years: { from: number | null; to: number | null } | null;
  bounds: { min: number; max: number } | null;
  onChange: (years: { from: number | null; to: number | null } | null) => void;
}

/** Start-year range; an empty bound is open. */
export function YearRange({ years, bounds, onChange }: Props) {
  const update = (bound: 'from' | 'to', raw: string) => {
    const value = /^\d{4}$/.test(raw) ? Number(raw) : null;
    const next = { from: years?.from ?? null, to: years?.to ?? null, [bound]: value };
    onChange(next.from === null && next.to === null ? null : next);
  };
  return (
    <fieldset class="year-range" data-facet="year">
      <legend>{t('filters.year')}</legend>
      <label>
        {t('filters.yearFrom')}
        <input
          type="number"
          inputMode="numeric"
          min={bounds?.min}
          max={bounds?.max}
          placeholder={bounds ? String(bounds.min) : ''}
          value={years?.from ?? ''}
          onChange={(event) => update('from', event.currentTarget.value)}
        />
      </label>
      <label>
        {t('filters.yearTo')}
        <input
          type="number"
          inputMode="numeric"
          min={bounds?.min}
          max={bounds?.max}
          placeholder={bounds ? String(bounds.max) : ''}
          value={years?.to ?? ''}
          onChange={(event) => update('to', event.currentTarget.value)}
        />
      </label>
    </fieldset>
  );
}
