import { useMemo, useState } from 'preact/hooks';
import { t } from '../i18n';
import { searchEntries, searchSuggestions, type SearchEntry } from '../model/search';
import type { Store } from '../state/store';

/** A combobox (WAI-ARIA pattern) over the data's collectivities and partner places. */
export function SearchBox({ store, countryName }: { store: Store; countryName: (iso2: string) => string }) {
  const entries = useMemo(() => searchEntries(store.index.cooperations), [store]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const suggestions = useMemo(() => searchSuggestions(entries, query), [entries, query]);

  const choose = (entry: SearchEntry) => {
    if (entry.kind === 'collectivity') store.selectCollectivity(entry.key);
    else store.selectPlace(entry.key);
    setQuery(entry.name);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + suggestions.length) % Math.max(1, suggestions.length));
    } else if (event.key === 'Enter' && open && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only; with the list closed, Escape goes on to clear the selection.
      event.stopPropagation();
      setOpen(false);
    }
  };

  const expanded = open && query.length >= 2;
  return (
    <div class="search" role="search">
      <input
        type="text"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && suggestions[active] ? `search-option-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        data-testid="search"
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {expanded && (
        <ul id="search-results" role="listbox" class="search-results">
          {suggestions.length === 0 && <li class="search-none">{t('search.none')}</li>}
          {suggestions.map((entry, i) => (
            <li
              key={`${entry.kind}:${entry.key}`}
              id={`search-option-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entry);
              }}
            >
              <span>{entry.name}</span>
              <span class="search-context">
                {entry.kind === 'collectivity' ? `${t('search.collectivity')} · ${entry.context}` : `${t('search.place')} · ${countryName(entry.context)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
