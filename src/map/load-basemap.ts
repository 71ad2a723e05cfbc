import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { Basemap } from './basemap-style';
import { fetchJson } from '../data/fetch-json';

function collection(topology: Topology, name: string): FeatureCollection {
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object) throw new Error(`objet TopoJSON « ${name} » absent`);
  return feature(topology, object) as FeatureCollection;
}

/** Each département's name by its code, as the basemap's shapes carry them. */
export function departementNames(basemap: Basemap): ReadonlyMap<string, string> {
  return new Map(basemap.departements.features.map((shape) => [String(shape.properties?.code), String(shape.properties?.name)]));
}

/** The basemap's shapes, from the TopoJSON files the geodata pipeline builds. */
export async function loadBasemap(geoBase: string): Promise<Basemap> {
  const [world, france] = await Promise.all([
    fetchJson<Topology>(`${geoBase}basemap/world.topo.json`),
    fetchJson<Topology>(`${geoBase}basemap/france.topo.json`),
  ]);
  return {
    countries: collection(world, 'countries'),
    departements: collection(france, 'departements'),
    regions: collection(france, 'regions'),
  };
}
