import type { InventoryColumn } from '../domain/inventory';

/** The part of a row a fix mends, and so what the report lets the user type or pick. */
export type FixTarget = 'collectivite' | 'pays' | 'territoire';

/** One way to mend a row: new values for some of its cells (canonical columns). */
export interface FixOption {
  /** What the user picks, e.g. "Saint-Malo (commune, 35)". */
  label: string;
  cells: Partial<Record<InventoryColumn, string>>;
}

/** A rejected or approximately placed row that the report can mend: candidates and suggestions first. */
export interface IssueFix {
  target: FixTarget;
  options: FixOption[];
}

/** The cells that place a partner at a point, as the inventory format writes them. */
export function pointCells(lon: number, lat: number): FixOption['cells'] {
  return { latitude_partenaire: String(lat), longitude_partenaire: String(lon) };
}
