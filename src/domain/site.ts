/**
 * public/site.json, shipped with every build: the datasets this site offers and the one a bare
 * address opens. A published atlas (npm run publish, or "Publier cet atlas") also says what it is.
 */
export interface SiteDescription {
  /** The atlas's own title (a published site); the page title and header show it. */
  title?: string;
  datasets: SiteDataset[];
  /** The id of the dataset a bare address opens. */
  default: string;
  /** Only in a published site: its data is fixed, nothing is imported or remembered there. */
  publication?: Publication;
}

export interface SiteDataset {
  /** The id the address names it with (`data=`), kebab-case. */
  id: string;
  /** Relative to the site's root: a dataset in compact form. */
  url: string;
}

export interface Publication {
  /** The dataset the publication is about (one of `datasets`). */
  dataset: string;
  /** ISO date (YYYY-MM-DD). */
  publishedAt: string;
  /** The inventory's file name, never its path. */
  source: string;
  rows: number;
  imported: number;
  rejected: number;
}

/** Where the description lies, from the site's root. */
export const SITE_FILE = 'site.json';

/** The list of a build's files (written by the build, see vite.config.ts), which the page reads to fetch them back and publish them. */
export const MANIFEST_FILE = 'site-files.json';
