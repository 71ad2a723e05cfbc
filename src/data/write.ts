import { toFeature, type Cooperation, type CooperationCollection, type PartnerPrecision } from '../domain/cooperation';
import { INVENTORY_COLUMNS, type InventoryColumn } from '../domain/inventory';
import { excelCsv } from '../text/excel-csv';
import { extraColumns } from './cooperation-fields';
import type { ImportReport } from './report';

export function toGeoJson(cooperations: readonly Cooperation[], metadata?: CooperationCollection['metadata']): CooperationCollection {
  return { type: 'FeatureCollection', ...(metadata ? { metadata } : {}), features: cooperations.map(toFeature) };
}

const BATCH = 1000;

/**
 * The JSON text of toGeoJson in pieces of a thousand features, for a writer to stream: a million
 * cooperations make a text longer than a JavaScript string can be.
 */
export function* geoJsonChunks(cooperations: readonly Cooperation[], metadata?: CooperationCollection['metadata']): Generator<string> {
  const head = JSON.stringify({ type: 'FeatureCollection', ...(metadata ? { metadata } : {}) });
  yield `${head.slice(0, -1)},"features":[`;
  for (let start = 0; start < cooperations.length; start += BATCH) {
    const features = cooperations.slice(start, start + BATCH).map((cooperation) => JSON.stringify(toFeature(cooperation)));
    yield `${start > 0 ? ',' : ''}${features.join(',')}`;
  }
  yield ']}';
}

/** An import report as indented JSON, its issues one a line and in pieces, like geoJsonChunks. */
export function* reportJsonChunks(report: ImportReport): Generator<string> {
  const { issues, ...summary } = report;
  yield `${JSON.stringify(summary, null, 2).slice(0, -2)},\n  "issues": [`;
  for (let start = 0; start < issues.length; start += BATCH) {
    const lines = issues.slice(start, start + BATCH).map((issue) => `\n    ${JSON.stringify(issue)}`);
    yield `${start > 0 ? ',' : ''}${lines.join(',')}`;
  }
  yield `${issues.length > 0 ? '\n  ' : ''}]\n}\n`;
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

/**
 * The inventory format as French Excel opens it: UTF-8 with BOM, `;` separator, CRLF,
 * canonical columns then the pass-through columns of the source files.
 */
export function toInventoryCsv(cooperations: readonly Cooperation[]): string {
  const extraKeys = [...new Set(cooperations.flatMap((c) => extraColumns(c).map(([key]) => key)))];
  const header = [...INVENTORY_COLUMNS, ...extraKeys];
  const rows = cooperations.map((cooperation) => {
    const row = inventoryRow(cooperation);
    const extras = cooperation as unknown as Record<string, unknown>;
    return [...INVENTORY_COLUMNS.map((column) => row[column]), ...extraKeys.map((key) => String(extras[key] ?? ''))];
  });
  return excelCsv([header, ...rows]);
}
