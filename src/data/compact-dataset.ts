import type { Cooperation, CooperationCollection } from '../domain/cooperation';
import { COOPERATION_FIELDS } from './cooperation-fields';

/**
 * The dataset as the app loads it: the same cooperations as cooperations.geojson, with what
 * belongs to a collectivity or to a partner place written once instead of on every row.
 * Half the gzipped size of the GeoJSON, which keeps the first view within its byte budget.
 */
export interface CompactDataset {
  format: 'coopatlas-compact';
  version: 1;
  metadata: CooperationCollection['metadata'];
  collectivityFields: string[];
  collectivities: unknown[][];
  placeFields: string[];
  places: unknown[][];
  /** For each cooperation, its row in `collectivities` and in `places`. */
  collectivity: number[];
  place: number[];
  /** The remaining fields, one array per field, one entry per cooperation. */
  columns: Record<string, unknown[]>;
}

const PROFILE_FIELDS = ['typology', 'typologySource', 'riService', 'europeService', 'aectBudgetEur', 'motivation'];
/** A collectivity's fields (ct…), its declared profile included: the same on all its rows. */
const COLLECTIVITY_FIELDS = [...COOPERATION_FIELDS.filter((field) => field.startsWith('ct')), ...PROFILE_FIELDS];
const PLACE_FIELDS = COOPERATION_FIELDS.filter((field) => field.startsWith('partner'));
const GROUPED = new Set<string>([...COLLECTIVITY_FIELDS, ...PLACE_FIELDS]);

type Row = Record<string, unknown>;

/** Distinct tuples of the given fields, and for each row the position of its tuple. */
function tabulate(rows: readonly Row[], fields: readonly string[]): { table: unknown[][]; positions: number[] } {
  const seen = new Map<string, number>();
  const table: unknown[][] = [];
  const positions = rows.map((row) => {
    const tuple = fields.map((field) => row[field] ?? null);
    const key = JSON.stringify(tuple);
    let position = seen.get(key);
    if (position === undefined) {
      position = table.length;
      seen.set(key, position);
      table.push(tuple);
    }
    return position;
  });
  return { table, positions };
}

export function compactDataset(cooperations: readonly Cooperation[], metadata?: CooperationCollection['metadata']): CompactDataset {
  const rows = cooperations as unknown as readonly Row[];
  const collectivities = tabulate(rows, COLLECTIVITY_FIELDS);
  const places = tabulate(rows, PLACE_FIELDS);
  const otherFields = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((field) => !GROUPED.has(field));
  return {
    format: 'coopatlas-compact',
    version: 1,
    metadata,
    collectivityFields: [...COLLECTIVITY_FIELDS],
    collectivities: collectivities.table,
    placeFields: [...PLACE_FIELDS],
    places: places.table,
    collectivity: collectivities.positions,
    place: places.positions,
    columns: Object.fromEntries(otherFields.map((field) => [field, rows.map((row) => row[field] ?? null)])),
  };
}

export function expandDataset(compact: CompactDataset): Cooperation[] {
  if (compact?.format !== 'coopatlas-compact' || compact.version !== 1) {
    throw new Error('format de données inconnu (coopatlas-compact version 1 attendu)');
  }
  const columns = Object.entries(compact.columns);
  return compact.collectivity.map((ctRow, i) => {
    const row: Row = {};
    compact.collectivityFields.forEach((field, f) => (row[field] = compact.collectivities[ctRow][f]));
    compact.placeFields.forEach((field, f) => (row[field] = compact.places[compact.place[i]][f]));
    for (const [field, values] of columns) row[field] = values[i];
    return row as unknown as Cooperation;
  });
}
