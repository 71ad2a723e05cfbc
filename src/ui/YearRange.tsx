import { t, type MessageKey } from '../i18n';

type Years = { from: number | null; to: number | null };

interface Props {
  years: Years | null;
  bounds: { min: number; max: number } | null;
  onChange: (years: Years | null) => void;
}

/** Start-year range; an empty bound is open. */
export function YearRange({ years, bounds, onChange }: Props) {
  const update = (bound: keyof Years, raw: string) => {
    const value = /^\d{4}$/.test(raw) ? Number(raw) : null;
    const next = { from: years?.from ?? null, to: years?.to ?? null, [bound]: value };
    onChange(next.from === null && next.to === null ? null : next);
  };
  const input = (bound: keyof Years, label: MessageKey, placeholder: number | undefined) => (
    <label>
      {t(label)}
      <input
        type="number"
        inputMode="numeric"
        min={bounds?.min}
        max={bounds?.max}
        placeholder={placeholder === undefined ? '' : String(placeholder)}
        value={years?.[bound] ?? ''}
        onChange={(event) => update(bound, event.currentTarget.value)}
      />
    </label>
  );
  return (
    <fieldset class="year-range" data-facet="year">
      <legend>{t('filters.year')}</legend>
      {input('from', 'filters.yearFrom', bounds?.min)}
      {input('to', 'filters.yearTo', bounds?.max)}
    </fieldset>
  );
}
