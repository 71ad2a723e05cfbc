import type { Cooperation } from '../domain/cooperation';
import type { CountryPlaces } from '../domain/gazetteer';
import type { InventoryColumn } from '../domain/inventory';
import { planColumns, type ColumnMapping, type ColumnPlan } from './columns';
import { checkTableShape } from './table-shape';
import { collectivityPart, partnerPart } from './cooperation-parts';
import type { GazetteerSource } from './gazetteer-source';
import { stableId } from './hash';
import { addTo } from './place-names';
import { readTable, type ReadTableOptions } from './read-table';
import { typologyLookup, withComputedTypology } from '../model/typology';
import { IssueList, type ImportInput, type ImportResult } from './report';
import { createFrenchResolver, type Collectivity, type Resolution } from './resolve-french';
import { createCountryResolver, createPartnerResolver, type PartnerQuery } from './resolve-partner';
import { isBlankRow, type Table, type TableRow } from './table';
import {
  parseBoolean,
  parseCollectivityKind,
  parseDegrees,
  parseEuros,
  parseNature,
  parsePartnerLevel,
  parseThemes,
  parseTypology,
  parseYear,
  splitList,
  type Parsed,
} from './values';
import { unneutraliseFormula } from './write';

export interface ImportOptions extends ReadTableOptions {
  /** Headers of the file mapped to canonical columns: { "Ville": "collectivite_nom" }. */
  columnMapping?: ColumnMapping;
  /** Called with the fraction done (0 to 1), about every thousand rows. */
  onProgress?: (fraction: number) => void;
}

const PROGRESS_STEP = 1000;

/** Reads a CSV or XLSX inventory and turns it into cooperations and a report. */
export async function importInventory(bytes: Uint8Array, source: GazetteerSource, options: ImportOptions = {}): Promise<ImportResult> {
  const { table, input } = await readTable(bytes, options);
  return importTable(table, input, source, options);
}

/** A row on its way to a cooperation: all but its partner place (and so its id) is known. */
interface PendingRow extends PartnerQuery {
  cooperation: Cooperation;
}

export async function importTable(
  table: Table,
  input: ImportInput,
  source: GazetteerSource,
  options: Omit<ImportOptions, keyof ReadTableOptions> = {},
): Promise<ImportResult> {
  const issues = new IssueList();
  issues.items.push(...table.issues);
  table = checkTableShape(table, issues);
  const plan = planColumns(table.header, options.columnMapping ?? {}, issues);
  const [french, countries] = await Promise.all([source.french(), source.countries()]);
  const resolveFrench = createFrenchResolver(french);
  const resolveCountry = createCountryResolver(countries);
  const rows = table.rows.filter((row) => !isBlankRow(row.cells));
  // Two passes over the rows: reading and French resolution, then partner resolution.
  const progress = (step: number) => {
    if (options.onProgress && step % PROGRESS_STEP === 0) options.onProgress(step / (2 * rows.length));
  };
  const rejectedLines = new Set(table.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.row));
  const earlierCopy = duplicateFinder();
  const check = rowChecker(plan, issues);
  const pending: PendingRow[] = [];
  rows.forEach((row, index) => {
    progress(index);
    check.line = row.line;
    const first = earlierCopy(row);
    if (first !== undefined) {
      issues.error(row.line, null, `Doublon exact de la ligne ${first} : ligne ignorée.`);
      rejectedLines.add(row.line);
      return;
    }
    const next = readRow(row, plan, check, resolveFrench, resolveCountry);
    if (next && !rejectedLines.has(row.line)) pending.push(next);
    else rejectedLines.add(row.line);
  });

  const isoCodes = [...new Set(pending.map((row) => row.country.iso2))];
  const places = await Promise.all(isoCodes.map((iso2) => source.places(iso2)));
  const resolvePartner = createPartnerResolver(new Map<string, CountryPlaces | null>(isoCodes.map((iso2, i) => [iso2, places[i]])));
  const cooperations: Cooperation[] = [];
  pending.forEach((row, index) => {
    progress(rows.length + index);
    const partner = resolvePartner(row);
    check.line = row.cooperation.sourceRow ?? 0;
    const place = check.resolution('territoire_partenaire', partner);
    if (!place) {
      rejectedLines.add(check.line);
      return;
    }
    const { cooperation } = row;
    cooperation.id = stableId([cooperation.ctCode, place.country, place.name, cooperation.sourceRow ?? 0]);
    Object.assign(cooperation, partnerPart(place));
    cooperations.push(cooperation);
  });
  options.onProgress?.(1);
  issues.items.sort((a, b) => a.row - b.row);
  const continents = new Map(countries.map((country) => [country.iso2, country.continent]));
  const continentOf = (iso2: string) => continents.get(iso2);
  return {
    // A collectivity without a declared `typologie` gets its computed ACTER model.
    cooperations: withComputedTypology(cooperations, typologyLookup(cooperations, continentOf)),
    report: { rows: rows.length, imported: cooperations.length, rejected: rows.length - cooperations.length, issues: issues.items, input },
  };
}

/** The cells that make a row: trimmed, trailing empty cells aside. */
function significantCells(cells: readonly string[]): string[] {
  const trimmed = cells.map((cell) => cell.trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
}

/**
 * Finds the line of an earlier exact copy of a row. Rows are indexed by a hash of their cells and
 * confirmed cell by cell, so that a large file does not keep a joined copy of every row in memory.
 */
function duplicateFinder(): (row: TableRow) => number | undefined {
  const rowsByHash = new Map<string, TableRow[]>();
  return (row) => {
    const cells = significantCells(row.cells);
    const hash = stableId(cells);
    const sameCells = (other: TableRow) => significantCells(other.cells).join('\u001f') === cells.join('\u001f');
    const earlier = rowsByHash.get(hash)?.find(sameCells);
    if (earlier) return earlier.line;
    addTo(rowsByHash, hash, row);
    return undefined;
  };
}

type RowChecker = ReturnType<typeof rowChecker>;

/** Reads values of the current row (`line`) into the report: warnings for altered values, errors for rejections. */
function rowChecker(plan: ColumnPlan, issues: IssueList) {
  const header = (column: InventoryColumn) => plan.headers[column] ?? column;
  return {
    line: 0,
    value<T>(column: InventoryColumn, parsed: Parsed<T>): T | null {
      if (parsed.warning) issues.warning(this.line, header(column), parsed.warning);
      return parsed.value;
    },
    resolution<T>(column: InventoryColumn, answer: Resolution<T>): T | null {
      answer.warnings.forEach((warning) => issues.warning(this.line, header(column), warning));
      if ('error' in answer) {
        issues.error(this.line, header(column), answer.error);
        return null;
      }
      return answer.value;
    },
    reject(column: InventoryColumn, message: string): null {
      issues.error(this.line, header(column), message);
      return null;
    },
    warn(column: InventoryColumn, message: string): void {
      issues.warning(this.line, header(column), message);
    },
  };
}

/** Reads every value of a row and resolves its collectivity and country; null when rejected. */
function readRow(
  row: TableRow,
  plan: ColumnPlan,
  check: RowChecker,
  resolveFrench: ReturnType<typeof createFrenchResolver>,
  resolveCountry: ReturnType<typeof createCountryResolver>,
): PendingRow | null {
  const cell = (column: InventoryColumn) => {
    const index = plan.indexes[column];
    return index === undefined ? '' : unneutraliseFormula((row.cells[index] ?? '').trim());
  };
  const kind = check.value('collectivite_type', parseCollectivityKind(cell('collectivite_type')));
  const collectivity = check.resolution(
    cell('collectivite_code') ? 'collectivite_code' : 'collectivite_nom',
    resolveFrench({ code: cell('collectivite_code'), name: cell('collectivite_nom'), kind, departement: cell('departement') }),
  );
  const countryText = cell('pays_partenaire');
  const country = countryText
    ? (resolveCountry(countryText) ??
      check.reject('pays_partenaire', `Pays « ${countryText} » inconnu (attendu : nom français ou anglais, code ISO à 2 ou 3 lettres).`))
    : check.reject('pays_partenaire', 'Pays partenaire absent.');
  const [lon, lat] = readPoint(cell, check);
  const level = check.value('niveau_partenaire', parsePartnerLevel(cell('niveau_partenaire')));
  const values = collectivity && readValues(row.line, collectivity, cell, check);
  if (!values || !country) return null;
  for (const extra of plan.extras) {
    (values as unknown as Record<string, string>)[extra.key] = unneutraliseFormula((row.cells[extra.index] ?? '').trim());
  }
  return { cooperation: values, country, territory: cell('territoire_partenaire'), level, lon, lat };
}

/** The cooperation of a row, its partner place left for the second pass. */
function readValues(line: number, ct: Collectivity, cell: (column: InventoryColumn) => string, check: RowChecker): Cooperation {
  const { themes, unknown } = parseThemes(cell('thematiques'));
  unknown.forEach((label) => check.warn('thematiques', `Thème « ${label} » non reconnu : ignoré (voir la liste des thèmes du format).`));
  const startYear = check.value('annee_debut', parseYear(cell('annee_debut')));
  let endYear = check.value('annee_fin', parseYear(cell('annee_fin')));
  if (startYear !== null && endYear !== null && endYear < startYear) {
    check.warn('annee_fin', `Année de fin ${endYear} antérieure à l'année de début ${startYear} : laissée vide.`);
    endYear = null;
  }
  const typology = check.value('typologie', parseTypology(cell('typologie')));
  const text = (column: InventoryColumn) => cell(column) || null;
  return {
    id: '',
    ...collectivityPart(ct),
    partnerCountry: '',
    partnerName: '',
    partnerPrecision: 'pays',
    partnerLon: 0,
    partnerLat: 0,
    themes,
    nature: check.value('nature', parseNature(cell('nature'))),
    startYear,
    endYear,
    annualBudgetEur: check.value('budget_annuel', parseEuros(cell('budget_annuel'))),
    fundings: splitList(cell('financements')),
    actors: splitList(cell('acteurs')),
    localInterest: text('interet_local'),
    description: text('description'),
    typology,
    typologySource: typology ? 'manual' : null,
    riService: check.value('service_ri', parseBoolean(cell('service_ri'))),
    europeService: check.value('service_europe', parseBoolean(cell('service_europe'))),
    aectBudgetEur: check.value('budget_aect', parseEuros(cell('budget_aect'))),
    motivation: text('motivation'),
    sourceRow: line,
  };
}

/** The explicit partner point, [lon, lat], or nulls when absent, partial or invalid (warned). */
function readPoint(cell: (column: InventoryColumn) => string, check: RowChecker): [number | null, number | null] {
  const lat = check.value('latitude_partenaire', parseDegrees(cell('latitude_partenaire'), 90));
  const lon = check.value('longitude_partenaire', parseDegrees(cell('longitude_partenaire'), 180));
  if ((lat === null) !== (lon === null)) {
    const [given, missing]: InventoryColumn[] =
      lat === null ? ['longitude_partenaire', 'latitude_partenaire'] : ['latitude_partenaire', 'longitude_partenaire'];
    if (cell(missing) === '') check.warn(given, `Coordonnée sans ${missing} : ignorée.`);
    return [null, null];
  }
  return [lon, lat];
}
