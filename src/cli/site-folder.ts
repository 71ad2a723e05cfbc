/** A site as files on disk: read a built app, write a published one. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { SiteFiles } from '../publish/site-files';

/** Every file under the folder, by its path from it with forward slashes. */
export async function readSiteFolder(folder: string): Promise<SiteFiles> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: SiteFiles = new Map();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path).split(sep).join('/'), new Uint8Array(await readFile(path)));
  }
  return files;
}

export async function writeSiteFolder(folder: string, files: SiteFiles): Promise<void> {
  for (const [path, bytes] of files) {
    const target = join(folder, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

/** What the folder holds besides the given names ([] when it is empty or does not exist yet). */
export async function otherEntries(folder: string, allowed: readonly string[]): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => !allowed.includes(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
