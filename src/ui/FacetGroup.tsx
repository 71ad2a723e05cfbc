import { useState } from 'preact/hooks';
import { compareNames, formatNumber, t } from '../i18n';
import { foldName } from '../domain/text';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** A short explanation of the value, shown under its label and as its tooltip. */
  description?: string;
}

interface Props {
  id: string;
  title: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Long lists (countries) get a search box and show their largest values first. */
  searchable?: boolean;
  open?: boolean;
}

const SHOWN_WITHOUT_SEARCH = 12;

/**
 * One facet: a checkbox per value with the number of cooperations it would keep given the other
 * filters. `data-count` carries the plain number for tests.
 */
export function FacetGroup({ id, title, options, selected, onChange, searchable = false, open = false }: Props) {
  const [query, setQuery] = useState('');
  const folded = foldName(query);
  const matching = searchable && folded ? options.filter((option) => foldName(option.label).includes(folded)) : options;
  const ordered = searchable ? [...matching].sort((a, b) => b.count - a.count || compareNames(a.label, b.label)) : matching;
  const shown = searchable && !folded ? ordered.filter((option, i) => i < SHOWN_WITHOUT_SEARCH || selected.includes(option.value)) : ordered;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <details class="facet" data-facet={id} open={open || selected.length > 0}>
      <summary>
        <span>{title}</span>
        {selected.length > 0 && <span class="facet-badge">{t('filters.selected', { count: selected.length })}</span>}
      </summary>
      {searchable && (
        <input
          type="search"
          class="facet-search"
          placeholder={t('filters.search')}
          aria-label={`${title} : ${t('filters.search')}`}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      )}
      <ul class="facet-options">
        {shown.map((option) => {
          const checked = selected.includes(option.value);
          return (
            <li key={option.value} class={option.count === 0 && !checked ? 'empty' : undefined}>
              <label title={option.description}>
                <input
                  type="checkbox"
                  name={`facet-${id}`}
                  value={option.value}
                  checked={checked}
                  onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                />
                <span class="facet-label">{option.label}</span>
                <span class="facet-count" data-count={String(option.count)}>
                  {formatNumber(option.count)}
                </span>
              </label>
              {option.description && <p class="facet-description">{option.description}</p>}
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <button type="button" class="facet-clear" onClick={() => onChange([])}>
          {t('filters.clearFacet')}
        </button>
      )}
    </details>
  );
}
