/**
 * npm run publish -- <fichier> --out <dossier> [--title "…"] [--sheet NOM] [--map "…"] [--with-demo] [--with-jumelages] [--force]
 * Imports the inventory exactly as npm run import does (same report, same exit codes), builds the
 * app, and writes into <dossier> a static site whose atlas shows that inventory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { compactDataset } from '../data/compact-dataset';
import { publishSite, type SiteFiles } from '../publish/site-files';
import { errorMessage } from '../text/error-message';
import { EXIT_CODES_HELP, INVENTORY_OPTIONS, INVENTORY_OPTIONS_HELP, inventoryOptions, printUsage, readInventory, REPORT_FILES, summary, writeReport, type InventoryOptions } from './inventory';
import { otherEntries, readSiteFolder, writeSiteFolder } from './site-folder';

const USAGE = `Usage : npm run publish -- <fichier.csv|fichier.xlsx> --out <dossier> [options]

Lit un inventaire de coopérations comme npm run import (même rapport, mêmes codes de sortie),
construit l’application et écrit dans <dossier> un site statique complet dont l’atlas montre
ces coopérations : à déposer sur n’importe quel hébergement web, sans serveur d’application.
Le rapport d’import (import-report.json, rejected.csv) est écrit dans <dossier> lui aussi.

Options :
  --out <dossier>     dossier du site (obligatoire ; vide, ou --force)
  --title "<titre>"   titre de l’atlas (le nom du fichier par défaut)
  --with-jumelages    ajoute les jumelages réels (Wikipédia) au site
  --with-demo         ajoute la démonstration fictive ACTER au site
  --force             écrit dans un dossier qui n’est pas vide (les fichiers du site y sont remplacés)
${INVENTORY_OPTIONS_HELP}

${EXIT_CODES_HELP}`;

const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface PublishCliOptions extends InventoryOptions {
  title: string;
  include: string[];
  force: boolean;
}

function parseCommandLine(args: string[]): PublishCliOptions | string {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...INVENTORY_OPTIONS,
        title: { type: 'string' },
        'with-demo': { type: 'boolean', default: false },
        'with-jumelages': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
    const options = inventoryOptions(values, positionals);
    if (typeof options === 'string') return options;
    const title = values.title?.trim() || basename(options.file, extname(options.file));
    const include = [...(values['with-jumelages'] ? ['jumelages'] : []), ...(values['with-demo'] ? ['demo'] : [])];
    return { ...options, title, include, force: values.force ?? false };
  } catch (error) {
    return errorMessage(error);
  }
}

/** The app as `npm run build` makes it, built into a temporary folder and read back. */
async function builtApp(): Promise<SiteFiles> {
  const outDir = await mkdtemp(join(tmpdir(), 'coopatlas-app-'));
  try {
    await build({ root: APP_ROOT, configFile: join(APP_ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    return await readSiteFolder(outDir);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const megabytes = (bytes: number) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} Mo`;

async function main(args: string[]): Promise<number> {
  const options = parseCommandLine(args);
  if (typeof options === 'string') return printUsage(options, USAGE);
  // A folder holding only the report of an earlier try is free: that try published nothing.
  const occupied = await otherEntries(options.out, REPORT_FILES);
  if (occupied.length && !options.force) {
    console.error(`Erreur : le dossier « ${options.out} » n’est pas vide (${occupied.slice(0, 3).join(', ')}${occupied.length > 3 ? '…' : ''}) : choisissez un dossier vide, ou --force pour y écrire quand même.`);
    return 2;
  }
  const inventory = await readInventory(options, USAGE);
  if (typeof inventory === 'number') return inventory;
  const { cooperations, report, source } = inventory;
  console.log(summary(options.file, report));
  try {
    await writeReport(options.out, source, report);
    if (report.imported === 0) {
      console.error('Aucune coopération importée : aucun site écrit.');
      return 1;
    }
    const fileName = basename(options.file);
    const dataset = compactDataset(cooperations, { title: options.title, generator: 'npm run publish', source: fileName });
    const site = publishSite(await builtApp(), dataset, {
      title: options.title,
      source: fileName,
      publishedAt: new Date().toISOString().slice(0, 10),
      report: { rows: report.rows, imported: report.imported, rejected: report.rejected },
      include: options.include,
    });
    await writeSiteFolder(options.out, site);
    const bytes = [...site.values()].reduce((sum, file) => sum + file.byteLength, 0);
    console.log(`Site « ${options.title} » écrit dans ${options.out} : ${site.size} fichiers, ${megabytes(bytes)}. Ouvrez-le à travers un serveur web (par exemple : npx vite preview --outDir ${options.out}).`);
    return 0;
  } catch (error) {
    console.error(`Publication impossible : ${errorMessage(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
