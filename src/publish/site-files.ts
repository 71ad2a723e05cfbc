/**
 * A published atlas, made from the files of a built app: the same app, with one inventory as its
 * data and only the gazetteers that data needs. Pure (paths and bytes in, paths and bytes out):
 * the command line (npm run publish) and the browser ("Publier cet atlas") both call it.
 */
import type { CompactDataset } from '../data/compact-dataset';
import { MANIFEST_FILE, SITE_FILE, type SiteDataset, type SiteDescription } from '../domain/site';
import { escapeHtml } from '../text/escape-html';

/** A site's files by their path from its root ("index.html", "geo/countries.json"). */
export type SiteFiles = Map<string, Uint8Array>;

export interface PublishOptions {
  title: string;
  /** The inventory's file name; a path is cut to its last part. */
  source: string;
  /** ISO date (YYYY-MM-DD). */
  publishedAt: string;
  /** What the import said of the inventory. */
  report: { rows: number; imported: number; rejected: number };
  /** Ids of the app's own datasets to keep beside the inventory (`jumelages`, `demo`); none by default. */
  include?: readonly string[];
}

const PLACES = /^geo\/places\/([A-Z]{2})\.(json|admin1\.topo\.json)$/;
const PLACES_INDEX = 'geo/places/index.json';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const readText = (files: SiteFiles, path: string): string => {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`${path} manque dans les fichiers de l’application`);
  return decoder.decode(bytes);
};
const readJson = <T>(files: SiteFiles, path: string): T => JSON.parse(readText(files, path)) as T;
const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value));

/** The partner countries (ISO alpha-2) of the datasets, whose gazetteers the site keeps. */
export function datasetCountries(datasets: readonly CompactDataset[]): Set<string> {
  const countries = new Set<string>();
  for (const dataset of datasets) {
    const column = dataset.placeFields.indexOf('partnerCountry');
    for (const place of dataset.places) if (typeof place[column] === 'string') countries.add(place[column]);
  }
  return countries;
}

/** The app's datasets the publication keeps, as its site.json lists them. */
export function keptDatasets(appSite: SiteDescription, include: readonly string[] = []): SiteDataset[] {
  const unknown = include.filter((id) => !appSite.datasets.some((dataset) => dataset.id === id));
  if (unknown.length) throw new Error(`jeu de données inconnu de l’application : ${unknown.join(', ')}`);
  return appSite.datasets.filter((dataset) => include.includes(dataset.id));
}

/**
 * The app's files a publication reads: everything but the datasets it leaves out, the import's
 * templates (a published atlas imports nothing), the list of files, and the places of countries
 * the data does not name. Also what it rewrites (index.html, site.json, the places index).
 */
export function keptPaths(appPaths: Iterable<string>, datasets: readonly SiteDataset[], countries: ReadonlySet<string>): string[] {
  const dataUrls = new Set(datasets.map((dataset) => dataset.url));
  return [...appPaths].filter((path) => {
    if (path === MANIFEST_FILE || path.startsWith('templates/')) return false;
    if (path.startsWith('data/')) return dataUrls.has(path);
    const places = PLACES.exec(path);
    return !places || countries.has(places[1]);
  });
}

/** An id for the address (`data=`) from the title: kebab-case, never one of the ids already taken. */
export function datasetId(title: string, taken: readonly string[]): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const id = slug || 'atlas';
  return taken.includes(id) ? `${id}-atlas` : id;
}

function titledPage(html: string, title: string): string {
  if (!/<title>[^<]*<\/title>/.test(html)) throw new Error('index.html sans <title>');
  return html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
}

/** The published site's files: the app's, less what the data does not need, with the dataset and its description. */
export function publishSite(appFiles: SiteFiles, dataset: CompactDataset, options: PublishOptions): SiteFiles {
  const appSite = readJson<SiteDescription>(appFiles, SITE_FILE);
  const others = keptDatasets(appSite, options.include);
  const countries = datasetCountries([dataset, ...others.map((other) => readJson<CompactDataset>(appFiles, other.url))]);
  const id = datasetId(options.title, others.map((other) => other.id));
  const source = options.source.split(/[\\/]/).pop() ?? options.source;
  const url = `data/${id}.compact.json`;
  const site: SiteDescription = {
    title: options.title,
    datasets: [{ id, url }, ...others],
    default: id,
    publication: { dataset: id, publishedAt: options.publishedAt, source, ...options.report },
  };

  const files: SiteFiles = new Map();
  for (const path of keptPaths(appFiles.keys(), others, countries)) files.set(path, appFiles.get(path)!);
  files.set('index.html', encoder.encode(titledPage(readText(appFiles, 'index.html'), options.title)));
  files.set(SITE_FILE, jsonBytes(site));
  files.set(url, jsonBytes({ ...dataset, metadata: { ...dataset.metadata, title: options.title, fictitious: false, source } }));
  if (appFiles.has(PLACES_INDEX)) {
    const index = readJson<{ version: number; countries: { iso2: string }[] }>(appFiles, PLACES_INDEX);
    files.set(PLACES_INDEX, jsonBytes({ ...index, countries: index.countries.filter((country) => countries.has(country.iso2)) }));
  }
  return files;
}
