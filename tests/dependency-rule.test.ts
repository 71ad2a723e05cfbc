/**
 * The one direction of the code (README, Architecture): files -> src/data -> src/model ->
 * src/state -> src/map and src/ui, with the vocabulary in src/domain. Read from the import
 * statements of the sources (tests may cross layers to build their data).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** The top folder under src/ of every module a source file imports, by file. */
function importedFolders(folder: string): { file: string; folder: string }[] {
  const files = readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$|\.fixtures\.ts$/.test(file),
  );
  return files.flatMap((file) => {
    const path = join(SRC, folder, file);
    const specifiers = [...readFileSync(path, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)].map((match) => match[1]);
    return specifiers.map((specifier) => ({ file: relative(SRC, path), folder: relative(SRC, resolve(dirname(path), specifier)).split(/[\\/]/)[0] }));
  });
}

const forbidden = (folder: string, banned: readonly string[]) =>
  importedFolders(folder)
    .filter((edge) => banned.includes(edge.folder))
    .map(({ file, folder: target }) => `${file} imports src/${target}`);

describe('the dependency rule', () => {
  it('finds the imports it checks', () => {
    expect(importedFolders('model').some((edge) => edge.folder === 'domain')).toBe(true);
  });

  it('keeps the vocabulary free of everything else', () => {
    expect(forbidden('domain', ['data', 'model', 'state', 'map', 'ui', 'i18n', 'cli'])).toEqual([]);
  });

  it('keeps reading files, and the model, free of the store, the map and the interface', () => {
    for (const folder of ['data', 'model', 'text']) expect(forbidden(folder, ['state', 'map', 'ui', 'cli'])).toEqual([]);
  });

  it('keeps the model free of file reading', () => {
    expect(forbidden('model', ['data'])).toEqual([]);
  });

  it('keeps the making of a published site free of the store, the map, the interface and the command line', () => {
    expect(forbidden('publish', ['state', 'map', 'ui', 'cli'])).toEqual([]);
  });

  it('keeps the store free of the map and the interface', () => {
    expect(forbidden('state', ['map', 'ui'])).toEqual([]);
  });
});
