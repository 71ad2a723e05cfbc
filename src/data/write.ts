import { toFeature, type Cooperation, type CooperationCollection, type PartnerPrecision } from '../domain/cooperation';
import { INVENTORY_COLUMNS, type InventoryColumn } from '../domain/inventory';
import { extraColumns } from './cooperation-fields';

export function toGeoJson(cooperations: readonly Cooperation[], metadata?: CooperationCollection['metadata']): CooperationCollection {
  return { type: 'FeatureCollection', ...(metadata ? { metadata } : {}), features: cooperations.map(toFeature) };
}

const LEVEL_OF_PRECISION: Record<PartnerPrecision, string> = { coordonnees: '', commune: 'commune', region: 'region', pays: 'pays' };

/** Decimal comma, as French Excel reads numbers; amounts keep their cents. */
function frenchNumber(value: number | null, decimals?: number): string {
  if (value === null) return '';
  const text = decimals !== undefined && !Number.isInteger(value) ? value.toFixed(decimals) : String(value);
  return text.replace('.', ',');
}

function yesNo(value: boolean | null): string {
  return value === null ? '' : value ? 'oui' : 'non';
}

function inventoryRow(c: Cooperation): Record<InventoryColumn, string> {
  const located = c.partnerPrecision === 'coordonnees';
  return {
    collectivite_code: c.ctCode,
    collectivite_nom: c.ctName,
    collectivite_type: c.ctKind,
    departement: c.ctDepartement ?? '',
    pays_partenaire: c.partnerCountry,
    // A place found at the country level keeps its typed name (a town not found); the level says it is the country.
    territoire_partenaire: c.partnerName,
    niveau_partenaire: LEVEL_OF_PRECISION[c.partnerPrecision],
    latitude_partenaire: located ? frenchNumber(c.partnerLat) : '',
    longitude_partenaire: located ? frenchNumber(c.partnerLon) : '',
    thematiques: c.themes.join('|'),
    nature: c.nature ?? '',
    annee_debut: frenchNumber(c.startYear),
    annee_fin: frenchNumber(c.endYear),
    budget_annuel: frenchNumber(c.annualBudgetEur, 2),
    financements: c.fundings.join('|'),
    acteurs: c.actors.join('|'),
    interet_local: c.localInterest ?? '',
    description: c.description ?? '',
    service_ri: yesNo(c.riService),
    service_europe: yesNo(c.europeService),
    budget_aect: frenchNumber(c.aectBudgetEur, 2),
    motivation: c.motivation ?? '',
    // A computed model is not an input: only a manual one goes back to the inventory.
    typologie: c.typologySource === 'manual' ? (c.typology ?? '') : '',
  };
}

const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * A cell that a spreadsheet would run as a formula (starting with = + - @) gets a leading
 * apostrophe; plain numbers such as "-16,5" are left alone. The importer removes the apostrophe.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@]/.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula. */
export function unneutraliseFormula(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

function csvCell(value: string): string {
  const cell = neutraliseFormula(value);
  return /[";\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The inventory format as French Excel opens it: UTF-8 with BOM, `;` separator, CRLF,
 * canonical columns then the pass-through columns of the source files.
 */
export function toInventoryCsv(cooperations: readonly Cooperation[]): string {
  const extraKeys = [...new Set(cooperations.flatMap((c) => extraColumns(c).map(([key]) => key)))];
  const header = [...INVENTORY_COLUMNS, ...extraKeys];
  const lines = [header.join(';')];
  for (const cooperation of cooperations) {
    const row = inventoryRow(cooperation);
    const extras = cooperation as unknown as Record<string, unknown>;
    const cells = [...INVENTORY_COLUMNS.map((column) => row[column]), ...extraKeys.map((key) => String(extras[key] ?? ''))];
    lines.push(cells.map(csvCell).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
