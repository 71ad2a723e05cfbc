import type { CountryPlaces, CountryRecord, FrenchGazetteer, PlacesIndex } from '../domain/gazetteer';

/** Where the importer and the demo generator read the built gazetteers from (disk in Node, HTTP in the browser). */
export interface GazetteerSource {
  french(): Promise<FrenchGazetteer>;
  countries(): Promise<CountryRecord[]>;
  placesIndex(): Promise<PlacesIndex>;
  /** null when the country has no places file. */
  places(iso2: string): Promise<CountryPlaces | null>;
}

type ReadJson = (relativePath: string) => Promise<unknown>;

function sourceFrom(readJson: ReadJson): GazetteerSource {
  const cache = new Map<string, Promise<unknown>>();
  const cached = <T>(path: string): Promise<T> => {
    let hit = cache.get(path);
    if (!hit) {
      hit = readJson(path);
      cache.set(path, hit);
    }
    return hit as Promise<T>;
  };
  return {
    french: () => cached<FrenchGazetteer>('fr/collectivities.json'),
    countries: () => cached<CountryRecord[]>('countries.json'),
    placesIndex: () => cached<PlacesIndex>('places/index.json'),
    async places(iso2) {
      const index = await cached<PlacesIndex>('places/index.json');
      const code = iso2.toUpperCase();
      if (!index.countries.some((c) => c.iso2 === code)) return null;
      return cached<CountryPlaces>(`places/${code}.json`);
    },
  };
}

/** Reads public/geo (or another folder) from disk. */
export function diskGazetteerSource(geoDir: string): GazetteerSource {
  return sourceFrom(async (path) => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    return JSON.parse(await readFile(join(geoDir, path), 'utf8'));
  });
}

/** Fetches the gazetteers from the app's own origin (baseUrl such as "./geo/"). */
export function httpGazetteerSource(baseUrl: string): GazetteerSource {
  return sourceFrom(async (path) => {
    const response = await fetch(new URL(path, new URL(baseUrl, self.location.href)));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  });
}
