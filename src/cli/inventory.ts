/**
 * What npm run import and npm run publish share: the options that say how to read an inventory,
 * its import, the French summary and the report files. Same reading, same report, same exit codes.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseColumnMapping, type ColumnMapping } from '../data/columns';
import { diskGazetteerSource } from '../data/gazetteer-source';
import { importInventory } from '../data/import';
import type { ImportSource } from '../data/import-source';
import { toRejectedCsv } from '../data/rejected-csv';
import type { ImportReport } from '../data/report';
import { reportJsonChunks } from '../data/write';
import type { Cooperation } from '../domain/cooperation';
import { continentLookup } from '../domain/gazetteer';
import { typologyLookup, withTypologies } from '../model/typology';
import { errorMessage } from '../text/error-message';

/** The parseArgs options of reading an inventory (both commands take them). */
export const INVENTORY_OPTIONS = {
  out: { type: 'string' },
  map: { type: 'string' },
  sheet: { type: 'string' },
  geo: { type: 'string', default: 'public/geo' },
  help: { type: 'boolean', default: false },
} as const;

export const INVENTORY_OPTIONS_HELP = `  --map "<A=b,...>"   correspondance de colonnes, par ex. "Ville=collectivite_nom,Pays=pays_partenaire"
  --sheet <nom|n°>    feuille XLSX à lire (la première par défaut)
  --geo <dossier>     référentiels géographiques (public/geo par défaut)
  --help              affiche cette aide`;

export const EXIT_CODES_HELP = 'Code de sortie : 0 si au moins une coopération est importée, 1 si aucune, 2 si la commande est mal formée.';

export interface InventoryOptions {
  file: string;
  out: string;
  geo: string;
  sheet?: string;
  columnMapping: ColumnMapping;
}

/** The inventory options, or what is wrong with the command line ('' for --help). */
export function inventoryOptions(values: { out?: string; map?: string; sheet?: string; geo?: string; help?: boolean }, positionals: string[]): InventoryOptions | string {
  if (values.help) return '';
  if (positionals.length !== 1) return 'indiquez un et un seul fichier à importer.';
  if (!values.out) return "l'option --out <dossier> est obligatoire.";
  const columnMapping = values.map === undefined ? {} : parseColumnMapping(values.map);
  if (!columnMapping) return `--map « ${values.map} » mal formée (attendu : "Colonne=colonne_canonique,...").`;
  // A sheet named "2024" is found by its name first; digits name a position only when no sheet has that name.
  return { file: positionals[0], out: values.out, geo: values.geo ?? 'public/geo', sheet: values.sheet, columnMapping };
}

/** Prints the usage text after what is wrong ('' for --help), and gives the exit status: 2 for a usage error, 0 for --help. */
export function printUsage(problem: string, usage: string): number {
  if (problem) console.error(`Erreur : ${problem}\n`);
  console.error(usage);
  return problem ? 2 : 0;
}

const count = new Intl.NumberFormat('fr-FR');

export function summary(file: string, report: ImportReport): string {
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = report.issues.length - errors;
  const groups = new Map<string, number>();
  for (const issue of report.issues) {
    const key = `${issue.severity === 'error' ? 'erreur' : 'avertissement'} · ${issue.column ?? 'ligne'}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const first = report.issues.slice(0, 10).map((issue) => `  ligne ${issue.row}${issue.column ? `, ${issue.column}` : ''} : ${issue.message}`);
  return [
    `${file} : ${count.format(report.rows)} lignes, ${count.format(report.imported)} importées, ${count.format(report.rejected)} rejetées.`,
    `${count.format(errors)} erreurs, ${count.format(warnings)} avertissements.`,
    ...(top.length ? ['Problèmes les plus fréquents :', ...top.map(([key, n]) => `  ${count.format(n)} × ${key}`)] : []),
    ...(first.length ? ['Premiers problèmes :', ...first] : []),
  ].join('\n');
}

/** Writes a text given in pieces, waiting when the disk lags, so that no piece waits in memory for long. */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path);
  const failed = once(stream, 'error').then(([error]) => Promise.reject(error));
  failed.catch(() => {});
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
  }
  stream.end();
  await Promise.race([once(stream, 'finish'), failed]);
}

/** The files the report is written to, in the output folder. */
export const REPORT_FILES = ['import-report.json', 'rejected.csv'];

/** Writes import-report.json and rejected.csv (the rejected rows and why, to fix and import again). */
export async function writeReport(out: string, source: ImportSource, report: ImportReport): Promise<void> {
  await mkdir(out, { recursive: true });
  await writeChunks(join(out, REPORT_FILES[0]), reportJsonChunks(report));
  await writeFile(join(out, REPORT_FILES[1]), toRejectedCsv(source, report));
}

export interface ImportedInventory {
  /** With the model each collectivity computes to, as the atlas would show it. */
  cooperations: Cooperation[];
  report: ImportReport;
  source: ImportSource;
}

/**
 * Reads and imports the inventory: the import, or the exit status with its message printed
 * (2: the file cannot be read, a usage error; 1: the import itself failed).
 */
export async function readInventory(options: InventoryOptions, usage: string): Promise<ImportedInventory | number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.file);
  } catch {
    console.error(`Erreur : fichier « ${options.file} » illisible ou introuvable.\n\n${usage}`);
    return 2;
  }
  try {
    const gazetteers = diskGazetteerSource(options.geo);
    const { cooperations, report, source } = await importInventory(bytes, gazetteers, options);
    const typed = withTypologies(cooperations, typologyLookup(cooperations, continentLookup(await gazetteers.countries())));
    return { cooperations: typed, report, source };
  } catch (error) {
    console.error(`Import impossible : ${errorMessage(error)}`);
    return 1;
  }
}
