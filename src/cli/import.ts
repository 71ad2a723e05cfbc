/**
 * npm run import -- <fichier> --out <dossier> [--map "Ville=collectivite_nom,..."] [--sheet NOM] [--geo public/geo]
 * Writes <dossier>/cooperations.geojson, <dossier>/import-report.json and <dossier>/rejected.csv
 * (the rejected rows and why, to fix and import again) and prints a French summary.
 * Exit status: 0 when something was imported, 1 when nothing could be, 2 on a usage error.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseColumnMapping, type ColumnMapping } from '../data/columns';
import { diskGazetteerSource } from '../data/gazetteer-source';
import { importInventory } from '../data/import';
import { toRejectedCsv } from '../data/rejected-csv';
import type { ImportReport } from '../data/report';
import { continentLookup } from '../domain/gazetteer';
import { geoJsonChunks, reportJsonChunks } from '../data/write';
import { errorMessage } from '../text/error-message';
import { typologyLookup, withTypologies } from '../model/typology';

const USAGE = `Usage : npm run import -- <fichier.csv|fichier.xlsx> --out <dossier> [options]

Lit un inventaire de coopérations (CSV ou XLSX, export Wikidata compris), place chaque
collectivité et chaque partenaire, et écrit <dossier>/cooperations.geojson,
<dossier>/import-report.json et <dossier>/rejected.csv (les lignes rejetées et leur motif,
à corriger puis réimporter).

Options :
  --out <dossier>     dossier de sortie (obligatoire)
  --map "<A=b,...>"   correspondance de colonnes, par ex. "Ville=collectivite_nom,Pays=pays_partenaire"
  --sheet <nom|n°>    feuille XLSX à lire (la première par défaut)
  --geo <dossier>     référentiels géographiques (public/geo par défaut)
  --help              affiche cette aide

Code de sortie : 0 si au moins une coopération est importée, 1 si aucune, 2 si la commande est mal formée.
Format : docs/import-format.md`;

interface CliOptions {
  file: string;
  out: string;
  geo: string;
  sheet?: string;
  columnMapping: ColumnMapping;
}

function parseCommandLine(args: string[]): CliOptions | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        map: { type: 'string' },
        sheet: { type: 'string' },
        geo: { type: 'string', default: 'public/geo' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return errorMessage(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return '';
  if (positionals.length !== 1) return 'indiquez un et un seul fichier à importer.';
  if (!values.out) return "l'option --out <dossier> est obligatoire.";
  const columnMapping = values.map === undefined ? {} : parseColumnMapping(values.map);
  if (!columnMapping) return `--map « ${values.map} » mal formée (attendu : "Colonne=colonne_canonique,...").`;
  // A sheet named "2024" is found by its name first; digits name a position only when no sheet has that name.
  return { file: positionals[0], out: values.out, geo: values.geo ?? 'public/geo', sheet: values.sheet, columnMapping };
}

const count = new Intl.NumberFormat('fr-FR');

function summary(file: string, report: ImportReport): string {
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
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path);
  const failed = once(stream, 'error').then(([error]) => Promise.reject(error));
  failed.catch(() => {});
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
  }
  stream.end();
  await Promise.race([once(stream, 'finish'), failed]);
}

async function main(args: string[]): Promise<number> {
  const options = parseCommandLine(args);
  if (typeof options === 'string') {
    if (options) console.error(`Erreur : ${options}\n`);
    console.error(USAGE);
    return options ? 2 : 0;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.file);
  } catch {
    console.error(`Erreur : fichier « ${options.file} » illisible ou introuvable.\n\n${USAGE}`);
    return 2;
  }
  try {
    const gazetteers = diskGazetteerSource(options.geo);
    const { cooperations, report, source } = await importInventory(bytes, gazetteers, options);
    // The file says which model each collectivity computes to, as the atlas would show it.
    const typed = withTypologies(cooperations, typologyLookup(cooperations, continentLookup(await gazetteers.countries())));
    await mkdir(options.out, { recursive: true });
    await writeChunks(join(options.out, 'cooperations.geojson'), geoJsonChunks(typed, { generator: 'npm run import', title: options.file }));
    await writeChunks(join(options.out, 'import-report.json'), reportJsonChunks(report));
    await writeFile(join(options.out, 'rejected.csv'), toRejectedCsv(source, report));
    console.log(summary(options.file, report));
    return report.imported > 0 ? 0 : 1;
  } catch (error) {
    console.error(`Import impossible : ${errorMessage(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
