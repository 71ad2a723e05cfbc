/**
 * "Publier cet atlas" in the browser: the published site as a zip, made of the files this page
 * was served with (fetched back from its own origin, as the build's list names them).
 */
import { zipSync } from 'fflate';
import type { CompactDataset } from '../data/compact-dataset';
import { MANIFEST_FILE, SITE_FILE, type SiteDescription } from '../domain/site';
import { errorMessage } from '../text/error-message';
import { datasetCountries, keptDatasets, keptPaths, publishSite, type PublishOptions, type SiteFiles } from './site-files';

const decoder = new TextDecoder();

async function fetchBytes(base: URL, path: string): Promise<Uint8Array> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path} : HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const fetchJson = async <T>(base: URL, path: string): Promise<T> => JSON.parse(decoder.decode(await fetchBytes(base, path))) as T;

/** The zip, and the folder inside it that holds the site (named by the dataset's id, as is the zip). */
export async function publishedZip(siteBase: URL, dataset: CompactDataset, options: PublishOptions): Promise<{ folder: string; zip: Uint8Array }> {
  const paths = await fetchJson<string[]>(siteBase, MANIFEST_FILE).catch((error: unknown) => {
    throw new Error(`${errorMessage(error)} : seul un site construit (npm run build) liste ses fichiers, pas le serveur de développement`);
  });
  const appSite = await fetchJson<SiteDescription>(siteBase, SITE_FILE);
  const others = keptDatasets(appSite, options.include);
  const otherData = await Promise.all(others.map((other) => fetchJson<CompactDataset>(siteBase, other.url)));
  const needed = keptPaths(paths, others, datasetCountries([dataset, ...otherData]));
  const appFiles: SiteFiles = new Map(await Promise.all(needed.map(async (path) => [path, await fetchBytes(siteBase, path)] as const)));
  const site = publishSite(appFiles, dataset, options);
  const folder = JSON.parse(decoder.decode(site.get(SITE_FILE)!)).default as string;
  return { folder, zip: zipSync(Object.fromEntries([...site].map(([path, bytes]) => [`${folder}/${path}`, bytes]))) };
}
