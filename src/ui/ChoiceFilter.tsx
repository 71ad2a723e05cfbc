import { t } from '../i18n';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  id: string;
  legend: string;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** A facet as chips of the chosen values plus a list to add one more. */
export function ChoiceFilter({ id, legend, choices, selected, onChange }: Props) {
  const labelOf = (value: string) => choices.find((choice) => choice.value === value)?.label ?? value;
  const available = choices.filter((choice) => !selected.includes(choice.value));
  return (
    <fieldset class="choice-filter" data-facet={id}>
      <legend>{legend}</legend>
      {selected.length > 0 && (
        <ul class="chips">
          {selected.map((value) => (
            <li key={value}>
              <button
                type="button"
                class="chip"
                aria-label={t('filters.remove', { label: labelOf(value) })}
                onClick={() => onChange(selected.filter((v) => v !== value))}
              >
                {labelOf(value)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <select
        id={`filter-${id}`}
        aria-label={legend}
        value=""
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value) onChange([...selected, value]);
        }}
      >
        <option value="">{selected.length === 0 ? t('filters.all') : t('filters.add')}</option>
        {available.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
