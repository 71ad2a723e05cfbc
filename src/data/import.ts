import type { Cooperation } from '../domain/cooperation';
import type { CountryPlaces, CountryRecord } from '../domain/gazetteer';
import type { InventoryColumn } from '../domain/inventory';
import { canonicalColumn, planColumns, type ColumnMapping, type ColumnPlan } from './columns';
import { correctionFinder, describeCorrection, type RowCorrection } from './corrections';
import { countryOption, countrySuggestionName, createCountrySuggester } from './country-suggestions';
import type { ImportOutput } from './import-source';
import { checkTableShape } from './table-shape';
import { collectivityPart, partnerPart } from './cooperation-parts';
import type { GazetteerSource } from './gazetteer-source';
import { stableId } from './hash';
import { addTo } from './place-names';
import { readTable, type ReadTableOptions } from './read-table';
import { didYouMean } from './suggest';
import type { ImportMessageId, ImportMessageParams } from '../i18n/import-messages';
import { IssueList, type ImportInput } from './report';
import type { IssueFix } from './row-fix';
import { createFrenchResolver, type Collectivity, type Resolution } from './resolve-french';
import { createCountryResolver, createPartnerResolver, type PartnerQuery } from './resolve-partner';
import { isBlankRow, significantCells, type Table, type TableRow } from './table';
import {
  parseBoolean,
  parseCollectivityKind,
  amountOf,
  degreesOf,
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
import { unneutraliseFormula } from '../text/excel-csv';
import { parseYearSpan } from './year-span';

export interface ImportOptions extends ReadTableOptions {
  /** Headers of the file mapped to canonical columns: { "Ville": "collectivite_nom" }. */
  columnMapping?: ColumnMapping;
  /** Called with the fraction done (0 to 1), about every thousand rows. */
  onProgress?: (fraction: number) => void;
  /** Mends made in an earlier report of the same file, applied before the rows are read. */
  corrections?: readonly RowCorrection[];
}

const PROGRESS_STEP = 1000;

/** Reads a CSV or XLSX inventory and turns it into cooperations and a report. */
export async function importInventory(bytes: Uint8Array, source: GazetteerSource, options: ImportOptions = {}): Promise<ImportOutput> {
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
): Promise<ImportOutput> {
  const issues = new IssueList();
  issues.items.push(...table.issues);
  table = checkTableShape(table, issues);
  const plan = planColumns(table.header, options.columnMapping ?? {}, issues);
  const [french, countries] = await Promise.all([source.french(), source.countries()]);
  const resolveFrench = createFrenchResolver(french);
  const resolveCountry = createCountryResolver(countries);
  const suggestCountries = createCountrySuggester(countries);
  const correctionOf = correctionFinder(options.corrections ?? []);
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
      issues.error(row.line, null, 'row.duplicate', { first });
      rejectedLines.add(row.line);
      return;
    }
    const correction = correctionOf(row);
    if (correction) check.warn(null, 'row.corrected', { text: describeCorrection(correction) });
    const next = readRow(row, plan, check, { resolveFrench, resolveCountry, suggestCountries }, correction?.cells ?? {});
    if (next && !rejectedLines.has(row.line)) pending.push(next);
    else rejectedLines.add(row.line);
  });

  const isoCodes = [...new Set(pending.map((row) => row.country.iso2))];
  const places = await Promise.all(isoCodes.map((iso2) => source.places(iso2)));
  const resolvePartner = createPartnerResolver(new Map<string, CountryPlaces | null>(isoCodes.map((iso2, i) => [iso2, places[i]])));
  const cooperations: Cooperation[] = [];
  const sameCooperation = cooperationDuplicateFinder();
  pending.forEach((row, index) => {
    progress(rows.length + index);
    const partner = resolvePartner(row);
    check.line = row.cooperation.sourceRow ?? 0;
    const place = check.resolution('territoire_partenaire', partner, { target: 'territoire', near: [row.country.lon, row.country.lat] });
    if (!place) {
      rejectedLines.add(check.line);
      return;
    }
    const { cooperation } = row;
    cooperation.id = stableId([cooperation.ctCode, place.country, place.name, cooperation.sourceRow ?? 0]);
    Object.assign(cooperation, partnerPart(place));
    const first = sameCooperation(cooperation);
    if (first !== undefined) {
      issues.error(check.line, null, 'row.sameCooperation', { first });
      rejectedLines.add(check.line);
      return;
    }
    cooperations.push(cooperation);
  });
  options.onProgress?.(1);
  issues.items.sort((a, b) => a.row - b.row);
  const toMend = new Set([...rejectedLines, ...issues.items.filter((issue) => issue.fix).map((issue) => issue.row)]);
  return {
    // Rows without a declared `typologie` get their computed model where the data is shown (model/typology.ts).
    cooperations,
    report: { rows: rows.length, imported: cooperations.length, rejected: rows.length - cooperations.length, issues: issues.items, input },
    source: {
      header: table.header,
      columnMapping: options.columnMapping ?? {},
      unmappedHeaders: plan.extras.map((extra) => extra.header).filter((header) => canonicalColumn(header) === null),
      rows: rows.filter((row) => toMend.has(row.line)),
      corrections: [...(options.corrections ?? [])],
    },
  };
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

/** What a cooperation says, its id and source line aside. */
const cooperationKey = (cooperation: Cooperation) => JSON.stringify({ ...cooperation, id: '', sourceRow: null });

/**
 * Finds the line of an earlier row that reads into the same cooperation ("Sénégal" and "SN",
 * "1 000 €" and "1000"): its export would hold two identical rows, which a re-import rejects as
 * exact copies, so the first import rejects the second one already.
 */
function cooperationDuplicateFinder(): (cooperation: Cooperation) => number | undefined {
  const byHash = new Map<string, Cooperation[]>();
  return (cooperation) => {
    const key = cooperationKey(cooperation);
    const hash = stableId([key]);
    const earlier = byHash.get(hash)?.find((other) => cooperationKey(other) === key);
    if (earlier) return earlier.sourceRow ?? undefined;
    addTo(byHash, hash, cooperation);
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
      if (parsed.warning) issues.warning(this.line, header(column), parsed.warning.code, parsed.warning.params);
      return parsed.value;
    },
    /** With `mend`, a rejection or a warning that comes with suggestions can be mended in the report. */
    resolution<T>(column: InventoryColumn, answer: Resolution<T>, mend?: Omit<IssueFix, 'options'>): T | null {
      const fix = mend && { ...mend, options: answer.suggestions ?? [] };
      const failed = 'error' in answer;
      answer.warnings.forEach(({ code, params }, i) =>
        issues.warning(this.line, header(column), code, params, !failed && i === 0 && answer.suggestions ? fix : undefined),
      );
      if ('error' in answer) {
        issues.error(this.line, header(column), answer.error.code, answer.error.params, fix);
        return null;
      }
      return answer.value;
    },
    reject(column: InventoryColumn, code: ImportMessageId, params?: ImportMessageParams, fix?: IssueFix): null {
      issues.error(this.line, header(column), code, params, fix);
      return null;
    },
    /** A warning on a column, or on the whole row (null). */
    warn(column: InventoryColumn | null, code: ImportMessageId, params?: ImportMessageParams): void {
      issues.warning(this.line, column && header(column), code, params);
    },
  };
}

// Free text keeps whatever it starts with; codes, numbers and names do not start with an apostrophe.
const FREE_TEXT = new Set<InventoryColumn>(['description', 'interet_local', 'motivation', 'acteurs', 'financements']);
// 's-Hertogenbosch, 't Zandt: a Dutch article, not an apostrophe forcing text.
const DUTCH_ARTICLE = /^'[st][\s-]/i;

type CellOf = (column: InventoryColumn) => string;
type NumberOf = (column: InventoryColumn) => number | undefined;
/** Cells mended in the report, which replace those of the file. */
type Corrected = Partial<Record<InventoryColumn, string>>;

/**
 * The trimmed text of a row's canonical cells. A formula neutralised by our own export (`'=…`)
 * loses its apostrophe silently; in a code, number or name any other leading apostrophe is one a
 * user typed to force text, removed with a warning (once per cell).
 */
function cellReader(row: TableRow, plan: ColumnPlan, check: RowChecker, corrected: Corrected): CellOf {
  const read = new Map<InventoryColumn, string>();
  return (column) => {
    const known = read.get(column);
    if (known !== undefined) return known;
    const index = plan.indexes[column];
    const written = (corrected[column] ?? (index === undefined ? '' : (row.cells[index] ?? ''))).trim();
    let value = unneutraliseFormula(written);
    if (value === written && value.length > 1 && value[0] === "'" && !FREE_TEXT.has(column) && !DUTCH_ARTICLE.test(value)) {
      value = value.slice(1).trim();
      check.warn(column, 'cell.apostrophe', { text: written, value });
    }
    read.set(column, value);
    return value;
  };
}

interface RowResolvers {
  resolveFrench: ReturnType<typeof createFrenchResolver>;
  resolveCountry: ReturnType<typeof createCountryResolver>;
  suggestCountries: ReturnType<typeof createCountrySuggester>;
}

/**
 * Reads every value of a row and resolves its collectivity and country; null when rejected.
 * `corrected` cells, mended in the report, replace those of the file.
 */
function readRow(
  row: TableRow,
  plan: ColumnPlan,
  check: RowChecker,
  { resolveFrench, resolveCountry, suggestCountries }: RowResolvers,
  corrected: Corrected,
): PendingRow | null {
  const cell = cellReader(row, plan, check, corrected);
  // A mended cell is text: the number the spreadsheet stored for the old one no longer holds.
  const number = (column: InventoryColumn) => (corrected[column] === undefined ? row.numbers?.[plan.indexes[column] ?? -1] : undefined);
  const kind = check.value('collectivite_type', parseCollectivityKind(cell('collectivite_type')));
  const collectivity = check.resolution(
    cell('collectivite_code') ? 'collectivite_code' : 'collectivite_nom',
    resolveFrench({ code: cell('collectivite_code'), name: cell('collectivite_nom'), kind, departement: cell('departement') }),
    { target: 'collectivite' },
  );
  const country = readCountry(cell('pays_partenaire'), check, resolveCountry, suggestCountries);
  const [lon, lat] = readPoint(cell, number, check);
  const level = check.value('niveau_partenaire', parsePartnerLevel(cell('niveau_partenaire')));
  const values = collectivity && readValues(row.line, collectivity, cell, number, check);
  if (!values || !country) return null;
  for (const extra of plan.extras) {
    // Empty pass-through cells are left out: a stray cell far to the right must not give every row thousands of empty properties.
    const value = unneutraliseFormula((row.cells[extra.index] ?? '').trim());
    if (value !== '') (values as unknown as Record<string, string>)[extra.key] = value;
  }
  return { cooperation: values, country, territory: cell('territoire_partenaire'), level, lon, lat };
}

function readCountry(
  text: string,
  check: RowChecker,
  resolveCountry: RowResolvers['resolveCountry'],
  suggestCountries: RowResolvers['suggestCountries'],
): CountryRecord | null {
  if (!text) return check.reject('pays_partenaire', 'country.missing', {}, { target: 'pays', options: [] });
  const country = resolveCountry(text);
  if (country) return country;
  const suggestions = suggestCountries(text);
  const fix: IssueFix = { target: 'pays', options: suggestions.map(countryOption) };
  return check.reject('pays_partenaire', 'country.unknown', { text, didYouMean: didYouMean(suggestions.map(countrySuggestionName)) }, fix);
}

/** The cooperation of a row, its partner place left for the second pass. */
function readValues(line: number, ct: Collectivity, cell: CellOf, number: NumberOf, check: RowChecker): Cooperation {
  const euros = (column: InventoryColumn) => {
    const stored = number(column);
    return check.value(column, stored === undefined ? parseEuros(cell(column)) : amountOf(stored, cell(column)));
  };
  const { themes, unknown } = parseThemes(cell('thematiques'));
  unknown.forEach((label) => check.warn('thematiques', 'theme.unknown', { label }));
  const span = parseYearSpan(cell('annee_debut'));
  if (span) {
    const text = cell('annee_debut');
    if (cell('annee_fin')) check.warn('annee_debut', 'year.spanEndKept', { text, start: span.start, end: cell('annee_fin') });
    else check.warn('annee_debut', 'year.span', { text, start: span.start, end: span.end });
  }
  const startYear = check.value('annee_debut', parseYear(span?.start ?? cell('annee_debut')));
  let endYear = check.value('annee_fin', parseYear(cell('annee_fin') || (span?.end ?? '')));
  if (startYear !== null && endYear !== null && endYear < startYear) {
    check.warn('annee_fin', 'year.endBeforeStart', { end: endYear, start: startYear });
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
    annualBudgetEur: euros('budget_annuel'),
    fundings: splitList(cell('financements')),
    actors: splitList(cell('acteurs')),
    localInterest: text('interet_local'),
    description: text('description'),
    typology,
    typologySource: typology ? 'manual' : null,
    riService: check.value('service_ri', parseBoolean(cell('service_ri'))),
    europeService: check.value('service_europe', parseBoolean(cell('service_europe'))),
    aectBudgetEur: euros('budget_aect'),
    motivation: text('motivation'),
    sourceRow: line,
  };
}

/** The explicit partner point, [lon, lat], or nulls when absent, partial or invalid (warned). */
function readPoint(cell: CellOf, number: NumberOf, check: RowChecker): [number | null, number | null] {
  const degrees = (column: InventoryColumn, limit: 90 | 180) => {
    const stored = number(column);
    return check.value(column, stored === undefined ? parseDegrees(cell(column), limit) : degreesOf(stored, cell(column), limit));
  };
  const lat = degrees('latitude_partenaire', 90);
  const lon = degrees('longitude_partenaire', 180);
  if ((lat === null) !== (lon === null)) {
    const [given, missing]: InventoryColumn[] =
      lat === null ? ['longitude_partenaire', 'latitude_partenaire'] : ['latitude_partenaire', 'longitude_partenaire'];
    if (cell(missing) === '') check.warn(given, 'point.half', { missing });
    return [null, null];
  }
  return [lon, lat];
}
