import type { Cooperation } from '../../../domain/cooperation';
import { formatEuros, type MessageKey } from '../../../i18n';
import { facetValueLabel } from '../../facet-labels';
import type { SortKey } from './sort';

/** The table's column ids; each has its header under `table.column.<id>`. */
type ColumnId = 'collectivite' | 'type' | 'region' | 'pays' | 'partenaire' | 'thematiques' | 'nature' | 'debut' | 'fin' | 'budget' | 'modele';

export interface TableColumn {
  id: ColumnId;
  header: MessageKey;
  /** Width in rem, fixed so that rows keep one height. */
  width: number;
  text: (cooperation: Cooperation) => string;
  /** What the column sorts by: the text shown, or the number behind it. */
  sortKey: (cooperation: Cooperation) => SortKey;
  numeric?: boolean;
}

/** The table's columns, in the interface language. */
export function tableColumns(countryName: (iso2: string) => string): TableColumn[] {
  const label = (facet: Parameters<typeof facetValueLabel>[0], value: string | null) =>
    value === null ? '' : facetValueLabel(facet, value, countryName);
  const textColumn = (id: ColumnId, width: number, text: (c: Cooperation) => string): TableColumn => ({
    id,
    header: `table.column.${id}`,
    width,
    text,
    sortKey: text,
  });
  const numberColumn = (id: ColumnId, width: number, value: (c: Cooperation) => number | null, format: (n: number) => string): TableColumn => ({
    id,
    header: `table.column.${id}`,
    width,
    text: (c) => {
      const number = value(c);
      return number === null ? '' : format(number);
    },
    sortKey: value,
    numeric: true,
  });
  return [
    textColumn('collectivite', 12, (c) => c.ctName),
    textColumn('type', 8, (c) => label('kind', c.ctKind)),
    textColumn('region', 10, (c) => label('region', c.ctRegion)),
    textColumn('pays', 8, (c) => countryName(c.partnerCountry)),
    textColumn('partenaire', 9, (c) => c.partnerName),
    textColumn('thematiques', 14, (c) => c.themes.map((theme) => label('theme', theme)).join(', ')),
    textColumn('nature', 10, (c) => label('nature', c.nature)),
    numberColumn('debut', 4.5, (c) => c.startYear, String),
    numberColumn('fin', 4.5, (c) => c.endYear, String),
    numberColumn('budget', 7, (c) => c.annualBudgetEur, formatEuros),
    textColumn('modele', 6.5, (c) => label('typology', c.typology)),
  ];
}
