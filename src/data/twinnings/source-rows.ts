import { parseCsv } from '../csv';

/** One side of a pair as the Wikipedia lists write it. */
export interface WrittenPlace {
  name: string;
  /** "Germany", "England, United Kingdom", "Réunion, France"... */
  country: string;
}

/** A pair of the source, oriented: the French side first. `line` counts the header as 1. */
export interface TwinningRow {
  line: number;
  french: WrittenPlace;
  partner: WrittenPlace;
}

export type SourceRow = TwinningRow | { line: number; rejected: string };

export const SOURCE_COLUMNS = ['city1', 'country1', 'city2', 'country2'];

/** "France", or a French overseas part written "Réunion, France". */
export function isFrance(country: string): boolean {
  return /(^|,\s*)France$/.test(country.trim());
}

/** Reads the scraped CSV (city1,country1,city2,country2) into pairs with France on one side. */
export function readTwinningRows(text: string): SourceRow[] {
  const table = parseCsv(text, ',');
  if (table.header.join(',') !== SOURCE_COLUMNS.join(',')) {
    throw new Error(`colonnes inattendues : ${table.header.join(',')} (attendu : ${SOURCE_COLUMNS.join(',')})`);
  }
  return table.rows.map(({ line, cells }) => {
    const [city1, country1, city2, country2] = cells.map((cell) => (cell ?? '').trim());
    const first = { name: city1, country: country1 };
    const second = { name: city2, country: country2 };
    if (!city1 || !city2 || !country1 || !country2) return { line, rejected: 'Ligne incomplète : il faut deux villes et leurs pays.' };
    if (isFrance(country1) && isFrance(country2)) {
      return {
        line,
        rejected: 'Jumelage entre deux collectivités françaises : l’atlas montre la coopération avec l’étranger.',
      };
    }
    if (isFrance(country1)) return { line, french: first, partner: second };
    if (isFrance(country2)) return { line, french: second, partner: first };
    return { line, rejected: 'Aucune des deux villes n’est en France.' };
  });
}
