import { useState } from 'preact/hooks';
import type { ColumnMapping } from '../../data/columns';
import { INVENTORY_COLUMNS } from '../../domain/inventory';
import { t } from '../../i18n';

interface Props {
  /** Headers of the file that match no column of the inventory format. */
  headers: readonly string[];
  onApply: (mapping: ColumnMapping) => void;
}

/** Lets the user say which inventory column each unrecognised header holds, then imports again. */
export function ColumnMappingForm({ headers, onApply }: Props) {
  const [mapping, setMapping] = useState<ColumnMapping>({});
  return (
    <form
      class="mapping-form"
      data-testid="column-mapping"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(mapping);
      }}
    >
      <p>{t('import.mappingIntro')}</p>
      {headers.map((header) => (
        <label key={header} class="mapping-row">
          <span>{header}</span>
          <select
            value={mapping[header] ?? ''}
            onChange={(event) => {
              const target = event.currentTarget.value;
              const next = { ...mapping };
              if (target) next[header] = target;
              else delete next[header];
              setMapping(next);
            }}
          >
            <option value="">{t('import.keepAsIs')}</option>
            {INVENTORY_COLUMNS.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" disabled={Object.keys(mapping).length === 0}>
        {t('import.reimport')}
      </button>
    </form>
  );
}
