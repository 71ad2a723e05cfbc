/**
 * npm run import -- <fichier> --out <dossier> [--map "Ville=collectivite_nom,..."] [--sheet NOM] [--geo public/geo]
 * Writes <dossier>/cooperations.geojson, <dossier>/import-report.json and <dossier>/rejected.csv
 * (the rejected rows and why, to fix and import again) and prints a French summary.
 * Exit status: 0 when something was imported, 1 when nothing could be, 2 on a usage error.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { geoJsonChunks } from '../data/write';
import { errorMessage } from '../text/error-message';
import { EXIT_CODES_HELP, INVENTORY_OPTIONS, INVENTORY_OPTIONS_HELP, inventoryOptions, printUsage, readInventory, summary, writeChunks, writeReport, type InventoryOptions } from './inventory';

const USAGE = `Usage : npm run import -- <fichier.csv|fichier.xlsx> --out <dossier> [options]

Lit un inventaire de coopérations (CSV ou XLSX, export Wikidata compris), place chaque
collectivité et chaque partenaire, et écrit <dossier>/cooperations.geojson,
<dossier>/import-report.json et <dossier>/rejected.csv (les lignes rejetées et leur motif,
à corriger puis réimporter).

Options :
  --out <dossier>     dossier de sortie (obligatoire)
${INVENTORY_OPTIONS_HELP}

${EXIT_CODES_HELP}
Format : docs/import-format.md`;

function parseCommandLine(args: string[]): InventoryOptions | string {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: INVENTORY_OPTIONS });
    return inventoryOptions(values, positionals);
  } catch (error) {
    return errorMessage(error);
  }
}

async function main(args: string[]): Promise<number> {
  const options = parseCommandLine(args);
  if (typeof options === 'string') return printUsage(options, USAGE);
  const inventory = await readInventory(options, USAGE);
  if (typeof inventory === 'number') return inventory;
  const { cooperations, report, source } = inventory;
  try {
    await writeReport(options.out, source, report);
    await writeChunks(join(options.out, 'cooperations.geojson'), geoJsonChunks(cooperations, { generator: 'npm run import', title: options.file }));
  } catch (error) {
    console.error(`Import impossible : ${errorMessage(error)}`);
    return 1;
  }
  console.log(summary(options.file, report));
  return report.imported > 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
