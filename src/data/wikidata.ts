import type { InventoryColumn } from '../domain/inventory';
import { foldName } from '../domain/text';
import type { Table } from './table';

const ENTITY_PREFIX = 'http://www.wikidata.org/entity/';
const POINT = /^Point\(\s*(\S+)\s+(\S+)\s*\)$/i;

/** The first non-empty value of a column. */
function sample(table: Table, column: number): string {
  for (const row of table.rows) {
    const value = row.cells[column]?.trim();
    if (value) return value;
  }
  return '';
}

/** A Wikidata Query Service export has columns of entity URIs ("http://www.wikidata.org/entity/Q90"). */
export function isWikidataExport(table: Table): boolean {
  return table.header.some((_, column) => sample(table, column).startsWith(ENTITY_PREFIX));
}

const isCountryVariable = (variable: string) => /pays|country|p17|etat/.test(foldName(variable));
const isIsoColumn = (header: string) => /^(iso|code ?iso|code ?pays|country ?code|iso ?3166|iso2|iso3)/.test(foldName(header));
const startsWith = (header: string, variable: string | undefined) =>
  variable !== undefined && foldName(header).startsWith(foldName(variable));

/**
 * Maps a Wikidata export to inventory columns with no configuration. The entity columns that are
 * not countries are, in order, the French collectivity and its partner (only the partner when an
 * `insee` column gives the French side and a single place entity is present); `...Label` columns
 * give the names, `Point(lon lat)` the partner's point, `insee` the French code. Twinning exports
 * (P190) carry no nature, so nature is jumelage unless a column says otherwise. Entity columns are
 * kept as `wikidata_<variable>` with their Q-ids; other columns pass through unchanged.
 */
export function wikidataToInventory(table: Table): Table {
  const { header } = table;
  const entityColumns = header.flatMap((_, column) => (sample(table, column).startsWith(ENTITY_PREFIX) ? [column] : []));
  const pointColumns = header.flatMap((_, column) => (POINT.test(sample(table, column)) ? [column] : []));
  const labelOf = (variable: string) => header.findIndex((name) => name === `${variable}Label`);
  const inseeColumn = header.findIndex((name) => foldName(name).includes('insee'));
  const isoColumn = header.findIndex(isIsoColumn);
  const countryVariable = entityColumns.map((column) => header[column]).find(isCountryVariable);
  const places = entityColumns.map((column) => header[column]).filter((variable) => !isCountryVariable(variable));
  const [frenchVariable, partnerVariable] = inseeColumn >= 0 && places.length === 1 ? [undefined, places[0]] : places;
  const partnerPoint =
    pointColumns.find((column) => startsWith(header[column], partnerVariable)) ??
    pointColumns.find((column) => !startsWith(header[column], frenchVariable));
  const hasNature = header.some((name) => foldName(name) === 'nature');

  const derived: [InventoryColumn, (cells: string[]) => string][] = [];
  const take = (target: InventoryColumn, column: number) => {
    if (column >= 0) derived.push([target, (cells) => cells[column] ?? '']);
  };
  take('collectivite_code', inseeColumn);
  if (frenchVariable) take('collectivite_nom', labelOf(frenchVariable));
  take('pays_partenaire', isoColumn >= 0 ? isoColumn : countryVariable ? labelOf(countryVariable) : -1);
  if (partnerVariable) take('territoire_partenaire', labelOf(partnerVariable));
  if (partnerPoint !== undefined) {
    derived.push(['longitude_partenaire', (cells) => POINT.exec(cells[partnerPoint] ?? '')?.[1] ?? '']);
    derived.push(['latitude_partenaire', (cells) => POINT.exec(cells[partnerPoint] ?? '')?.[2] ?? '']);
  }
  if (!hasNature) derived.push(['nature', () => 'jumelage']);

  const consumed = new Set([
    inseeColumn,
    isoColumn,
    ...(partnerPoint === undefined ? [] : [partnerPoint]),
    ...[frenchVariable, partnerVariable, isoColumn >= 0 ? undefined : countryVariable].map((variable) =>
      variable ? labelOf(variable) : -1,
    ),
  ]);
  const entities = new Set(entityColumns);
  const kept = header.flatMap((_, column) => (consumed.has(column) ? [] : [column]));
  const entityId = (value: string) => (value.startsWith(ENTITY_PREFIX) ? value.slice(ENTITY_PREFIX.length) : value);
  return {
    header: [
      ...derived.map(([target]) => target),
      ...kept.map((column) => (entities.has(column) ? `wikidata_${header[column]}` : header[column])),
    ],
    rows: table.rows.map(({ line, cells }) => ({
      line,
      cells: [
        ...derived.map(([, read]) => read(cells)),
        ...kept.map((column) => (entities.has(column) ? entityId(cells[column] ?? '') : (cells[column] ?? ''))),
      ],
    })),
    issues: table.issues,
  };
}
