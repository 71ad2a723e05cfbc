import type { Cooperation } from '../domain/cooperation';
import type { CountryPlaces, CountryRecord } from '../domain/gazetteer';
import type { InventoryColumn } from '../domain/inventory';
import { canonicalColumn, planColumns, type ColumnMapping, type ColumnPlan } from './columns';
import { correctionFinder, describeCorrection, type RowCorrection } from './corrections';
import { countryOption, createCountrySuggester } from './country-suggestions';
import type { ImportOutput } from './import-source';
import { checkTableShape } from './table-shape';
import type { GazetteerSource } from './gazetteer-source';
import { stableId } from './hash';
import { addTo } from './place-names';
import { readTable, type ReadTableOptions } from './read-table';
import { typologyLookup, withComputedTypology } from '../model/typology';
import { IssueList, type ImportInput } from './report';
import type { IssueFix } from './row-fix';
import { createFrenchResolver, type Collectivity, type Resolution } from './resolve-french';
import { createCountryResolver, createPartnerResolver, type PartnerQuery } from './resolve-partner';
import { didYouMean } from './suggest';
import { isBlankRow, significantCells, type Table, type TableRow } from './table';
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
      issues.error(row.line, null, `Doublon exact de la ligne ${first} : ligne ignorée.`);
      rejectedLines.add(row.line);
      return;
    }
    const correction = correctionOf(row);
    if (correction) check.warn(null, `Ligne corrigée dans le rapport d’import : ${describeCorrection(correction)}.`);
    const next = readRow(row, plan, check, { resolveFrench, resolveCountry, suggestCountries }, correction?.cells ?? {});
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
    const place = check.resolution('territoire_partenaire', partner, { target: 'territoire', near: [row.country.lon, row.country.lat] });
    if (!place) {
      rejectedLines.add(check.line);
      return;
    }
    const { cooperation } = row;
    cooperation.id = stableId([cooperation.ctCode, place.country, place.name, cooperation.sourceRow ?? 0]);
    cooperation.partnerCountry = place.country;
    cooperation.partnerName = place.name;
    cooperation.partnerPrecision = place.precision;
    cooperation.partnerLon = place.lon;
    cooperation.partnerLat = place.lat;
    cooperations.push(cooperation);
  });
  options.onProgress?.(1);
  issues.items.sort((a, b) => a.row - b.row);
  const toMend = new Set([...rejectedLines, ...issues.items.filter((issue) => issue.fix).map((issue) => issue.row)]);
  return {
    cooperations: withTypology(cooperations, countries),
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

/** A collectivity without a declared `typologie` gets its computed ACTER model, from all its cooperations. */
export function withTypology(cooperations: readonly Cooperation[], countries: readonly CountryRecord[]): Cooperation[] {
  const continents = new Map(countries.map((country) => [country.iso2, country.continent]));
  return withComputedTypology(cooperations, typologyLookup(cooperations, (iso2) => continents.get(iso2)));
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
    /** With `mend`, a rejection or a warning that comes with suggestions can be mended in the report. */
    resolution<T>(column: InventoryColumn, answer: Resolution<T>, mend?: Omit<IssueFix, 'options'>): T | null {
      const fix = mend && { ...mend, options: answer.suggestions ?? [] };
      const failed = 'error' in answer;
      answer.warnings.forEach((warning, i) =>
        issues.warning(this.line, header(column), warning, !failed && i === 0 && answer.suggestions ? fix : undefined),
      );
      if ('error' in answer) {
        issues.error(this.line, header(column), answer.error, fix);
        return null;
      }
      return answer.value;
    },
    reject(column: InventoryColumn, message: string, fix?: IssueFix): null {
      issues.error(this.line, header(column), message, fix);
      return null;
    },
    /** A warning on a column, or on the whole row (null). */
    warn(column: InventoryColumn | null, message: string): void {
      issues.warning(this.line, column && header(column), message);
    },
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
  corrected: Partial<Record<InventoryColumn, string>>,
): PendingRow | null {
  const cell = (column: InventoryColumn) => {
    const index = plan.indexes[column];
    const written = corrected[column] ?? (index === undefined ? '' : (row.cells[index] ?? ''));
    return unneutraliseFormula(written.trim());
  };
  const kind = check.value('collectivite_type', parseCollectivityKind(cell('collectivite_type')));
  const collectivity = check.resolution(
    cell('collectivite_code') ? 'collectivite_code' : 'collectivite_nom',
    resolveFrench({ code: cell('collectivite_code'), name: cell('collectivite_nom'), kind, departement: cell('departement') }),
    { target: 'collectivite' },
  );
  const country = readCountry(cell('pays_partenaire'), check, resolveCountry, suggestCountries);
  const [lon, lat] = readPoint(cell, check);
  const level = check.value('niveau_partenaire', parsePartnerLevel(cell('niveau_partenaire')));
  const values = collectivity && readValues(row.line, collectivity, cell, check);
  if (!values || !country) return null;
  for (const extra of plan.extras) {
    (values as unknown as Record<string, string>)[extra.key] = unneutraliseFormula((row.cells[extra.index] ?? '').trim());
  }
  return { cooperation: values, country, territory: cell('territoire_partenaire'), level, lon, lat };
}

function readCountry(
  text: string,
  check: RowChecker,
  resolveCountry: RowResolvers['resolveCountry'],
  suggestCountries: RowResolvers['suggestCountries'],
): CountryRecord | null {
  if (!text) return check.reject('pays_partenaire', 'Pays partenaire absent.', { target: 'pays', options: [] });
  const country = resolveCountry(text);
  if (country) return country;
  const suggestions = suggestCountries(text);
  const options = suggestions.map(countryOption);
  return check.reject(
    'pays_partenaire',
    `Pays « ${text} » inconnu (attendu : nom français ou anglais, code ISO à 2 ou 3 lettres).${didYouMean(options.map((option) => option.label))}`,
    { target: 'pays', options },
  );
}

/** The cooperation of a row, its partner place left for the second pass. */
function readValues(line: number, ct: Collectivity, cell: (column: InventoryColumn) => string, check: RowChecker): Cooperation {
  const { themes, unknown } = parseThemes(cell('thematiques'));
  unknown.forEach((label) => check.warn('thematiques', `Thème « ${label} » non reconnu : ignoré (voir la liste des thèmes du format).`));
  const span = parseYearSpan(cell('annee_debut'));
  if (span) {
    const kept = cell('annee_fin') ? `année de fin « ${cell('annee_fin')} » gardée` : `fin ${span.end}`;
    check.warn('annee_debut', `« ${cell('annee_debut')} » lu comme une période : début ${span.start}, ${kept}.`);
  }
  const startYear = check.value('annee_debut', parseYear(span?.start ?? cell('annee_debut')));
  let endYear = check.value('annee_fin', parseYear(cell('annee_fin') || (span?.end ?? '')));
  if (startYear !== null && endYear !== null && endYear < startYear) {
    check.warn('annee_fin', `Année de fin ${endYear} antérieure à l'année de début ${startYear} : laissée vide.`);
    endYear = null;
  }
  const typology = check.value('typologie', parseTypology(cell('typologie')));
  const text = (column: InventoryColumn) => cell(column) || null;
  return {
    id: '',
    ctCode: ct.code,
    ctName: ct.name,
    ctKind: ct.kind,
    ctRegion: ct.region,
    ctDepartement: ct.departement,
    ctPopulation: ct.population,
    ctLon: ct.lon,
    ctLat: ct.lat,
    ctApproximate: ct.approximate,
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
