import type { InventoryColumn } from '../domain/inventory';
import { foldName } from '../domain/text';
import { canonicalColumn } from './columns';
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

const LABEL = /^(.+)Label$/;

/**
 * A Wikidata Query Service export is known by its structure: SPARQL variables with their
 * `…Label` companions, and at least one column of entity URIs ("http://www.wikidata.org/entity/Q90").
 * An inventory with one column of Wikidata links has no such pairs and stays an inventory.
 */
export function isWikidataExport(table: Table): boolean {
  const names = new Set(table.header);
  const hasEntities = table.header.some((_, column) => sample(table, column).startsWith(ENTITY_PREFIX));
  const pairs = table.header.filter((name) => {
    const base = LABEL.exec(name)?.[1];
    return base !== undefined && (names.has(base) || isCountryVariable(base));
  });
  return hasEntities && pairs.length > 0;
}

const isCountryVariable = (variable: string) => /pays|country|p17|etat/.test(foldName(variable));
const isPartnerVariable = (variable: string) => /twin|jumel|partn|sister|soeur|jume/.test(foldName(variable));
const FRANCE = /^(france|fr|fra)$/i;
const isIsoColumn = (header: string) => /^(iso|code ?iso|code ?pays|country ?code|iso ?3166|iso2|iso3)/.test(foldName(header));
const startsWith = (header: string, variable: string | undefined) =>
  variable !== undefined && foldName(header).startsWith(foldName(variable));

/**
 * The variable giving the partner's country: an entity column or only its `…Label` column
 * (`?twinCountryLabel`); the one named after the partner first, then any whose values are not France.
 */
function partnerCountryVariable(table: Table, entityColumns: number[], partnerVariable: string | undefined): string | undefined {
  const { header } = table;
  const candidates = [
    ...new Set([
      ...entityColumns.map((column) => header[column]).filter(isCountryVariable),
      ...header.flatMap((name) => {
        const base = LABEL.exec(name)?.[1];
        return base !== undefined && isCountryVariable(base) ? [base] : [];
      }),
    ]),
  ];
  const label = (variable: string) => header.indexOf(`${variable}Label`);
  return (
    candidates.find((variable) => startsWith(variable, partnerVariable)) ??
    candidates.find((variable) => label(variable) >= 0 && !FRANCE.test(sample(table, label(variable)))) ??
    candidates[0]
  );
}

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
  const places = entityColumns.map((column) => header[column]).filter((variable) => !isCountryVariable(variable));
  // The partner is named so in most queries (?twin, ?jumelle, ?partner); otherwise the second place is.
  const named = places.find(isPartnerVariable);
  const ordered = named ? [...places.filter((variable) => variable !== named), named] : places;
  const [frenchVariable, partnerVariable] = inseeColumn >= 0 && ordered.length === 1 ? [undefined, ordered[0]] : [ordered[0], ordered[1]];
  const countryVariable = partnerCountryVariable(table, entityColumns, partnerVariable);
  const partnerPoint =
    pointColumns.find((column) => startsWith(header[column], partnerVariable)) ??
    pointColumns.find((column) => !startsWith(header[column], frenchVariable));
  const hasNature = header.some((name) => canonicalColumn(name) === 'nature');

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
