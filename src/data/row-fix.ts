import type { InventoryColumn } from '../domain/inventory';
import type { ImportMessageParam } from '../i18n/import-messages';

/** The part of a row a fix mends, and so what the report lets the user type or pick. */
export type FixTarget = 'collectivite' | 'pays' | 'territoire';

/** One way to mend a row: new values for some of its cells (canonical columns). */
export interface FixOption {
  /** What the user picks, e.g. "Saint-Malo (commune, 35)", rendered in the reader's language. */
  label: ImportMessageParam;
  cells: Partial<Record<InventoryColumn, string>>;
}

/** A rejected or approximately placed row that the report can mend: candidates and suggestions first. */
export interface IssueFix {
  target: FixTarget;
  options: FixOption[];
  /** Where a map to pick the point should look first: the partner country's point. */
  near?: [number, number];
}

/** The cells that place a partner at a point, as the inventory format writes them. */
export function pointCells(lon: number, lat: number): FixOption['cells'] {
  return { latitude_partenaire: String(lat), longitude_partenaire: String(lon) };
}

const NUMBER = String.raw`[-+]?\d+(?:[.,]\d+)?`;
/** "14.69, -17.44", "14,69 ; -17,44", "14.69 -17.44": latitude then longitude, as maps give them. */
const POINT = new RegExp(String.raw`^(${NUMBER})\s*(?:[;\s]|,\s)\s*(${NUMBER})$`);

/** A point typed as "latitude, longitude", or null when the text is none or out of range. */
export function parsePoint(text: string): { lat: number; lon: number } | null {
  const match = POINT.exec(text.trim());
  if (!match) return null;
  const [lat, lon] = [match[1], match[2]].map((part) => Number(part.replace(',', '.')));
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

/**
 * The cells a typed value mends: a code (INSEE, SIREN) for a collectivity, a name or ISO code for a
 * country, a point or a place name for a partner territory. null for an empty text.
 */
export function typedCells(target: FixTarget, text: string): FixOption['cells'] | null {
  const value = text.trim();
  if (value === '') return null;
  if (target === 'collectivite') return { collectivite_code: value };
  if (target === 'pays') return { pays_partenaire: value };
  const point = parsePoint(value);
  return point ? pointCells(point.lon, point.lat) : { territoire_partenaire: value };
}
