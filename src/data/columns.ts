import {
  INVENTORY_COLUMNS,
  INVENTORY_COLUMN_ALIASES,
  isInventoryColumn,
  type InventoryColumn,
} from '../domain/inventory';
import { foldName } from '../domain/text';
import { isCooperationField } from './cooperation-fields';
import { IssueList } from './report';

/** User mapping from a header of the file to a canonical column: { "Ville": "collectivite_nom" }. */
export type ColumnMapping = Record<string, string>;

/** A column kept as is: its header, and the property name it gets on each cooperation. */
export interface ExtraColumn {
  index: number;
  header: string;
  key: string;
}

export interface ColumnPlan {
  /** Index in the row of each canonical column present in the file. */
  indexes: Partial<Record<InventoryColumn, number>>;
  /** The header as written in the file, for the messages. */
  headers: Partial<Record<InventoryColumn, string>>;
  extras: ExtraColumn[];
}

const HEADER_ROW = 1;

/** Folded header → canonical column, for the canonical names and their aliases. */
const aliasIndex: ReadonlyMap<string, InventoryColumn> = new Map(
  INVENTORY_COLUMNS.flatMap((column) =>
    [column, ...INVENTORY_COLUMN_ALIASES[column]].map((name) => [foldName(name), column] as const),
  ),
);

/** "Année début", "annee_debut" and "ANNEE-DEBUT" all name the canonical column annee_debut. */
export function canonicalColumn(header: string): InventoryColumn | null {
  return aliasIndex.get(foldName(header)) ?? null;
}

/** A folded, underscore-separated name for a pass-through column ("Référent élu" → "referent_elu"). */
export function columnKey(header: string): string {
  return foldName(header).replace(/ /g, '_');
}

/**
 * Decides which column of the file feeds which canonical column. User mappings win over aliases;
 * a column that maps nowhere (or to a column already taken) is kept as a pass-through column and
 * reported once as a warning on the header line.
 */
export function planColumns(header: readonly string[], mapping: ColumnMapping, issues: IssueList): ColumnPlan {
  const userTargets = userMappingIndex(mapping, header, issues);
  const plan: ColumnPlan = { indexes: {}, headers: {}, extras: [] };
  const usedKeys = keyAllocator();
  header.forEach((written, index) => {
    const folded = foldName(written);
    const column = userTargets.get(folded) ?? aliasIndex.get(folded) ?? null;
    if (column && plan.indexes[column] === undefined) {
      plan.indexes[column] = index;
      plan.headers[column] = written;
      return;
    }
    const key = usedKeys(columnKey(written) || `colonne_${index + 1}`);
    plan.extras.push({ index, header: written, key });
    if (column) issues.warning(HEADER_ROW, written, 'column.taken', { header: written, column, other: plan.headers[column] ?? '', key });
    else issues.warning(HEADER_ROW, written, 'column.unknown', { header: written || `n° ${index + 1}`, key });
  });
  return plan;
}

function userMappingIndex(mapping: ColumnMapping, header: readonly string[], issues: IssueList): Map<string, InventoryColumn> {
  const foldedHeaders = new Set(header.map(foldName));
  const targets = new Map<string, InventoryColumn>();
  for (const [source, target] of Object.entries(mapping)) {
    const column = columnKey(target);
    if (!isInventoryColumn(column)) {
      issues.warning(HEADER_ROW, source, 'mapping.notAColumn', { source, target });
    } else if (!foldedHeaders.has(foldName(source))) {
      issues.warning(HEADER_ROW, source, 'mapping.noSuchHeader', { source, target });
    } else {
      targets.set(foldName(source), column);
    }
  }
  return targets;
}

/**
 * Gives each pass-through column a key of its own: `base`, then `base_2`, `base_3`… Each base
 * remembers its next suffix, so that 16,000 identical headers take linear time, not quadratic.
 */
function keyAllocator(): (base: string) => string {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return (base) => {
    let key = isCooperationField(base) ? `colonne_${base}` : base;
    let suffix = nextSuffix.get(base) ?? 2;
    for (; used.has(key); suffix += 1) key = `${base}_${suffix}`;
    nextSuffix.set(base, suffix);
    used.add(key);
    return key;
  };
}

/** Parses the CLI's "Ville=collectivite_nom,Pays=pays_partenaire"; null when malformed. */
export function parseColumnMapping(text: string): ColumnMapping | null {
  const mapping: ColumnMapping = {};
  for (const pair of text.split(',')) {
    const [source, target, ...rest] = pair.split('=').map((part) => part.trim());
    if (!source || !target || rest.length > 0) return null;
    mapping[source] = target;
  }
  return mapping;
}
