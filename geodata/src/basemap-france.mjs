import { compareStrings } from './text.mjs';
import { dissolve, rewoundTopology, simplifiedTopology } from './topology.mjs';

const KEEP_SHARE = 0.8;
const QUANTIZATION = 1e5;

/**
 * Départements (96 metropolitan and 5 overseas) from Natural Earth 10m admin-1, where their
 * GeoNames code is "FR.<INSEE code>", named and grouped into régions after the INSEE COG.
 */
export function buildFranceBasemap(naturalEarthAdmin1, insee) {
  const departements = new Map(insee.departements.map((d) => [d.code, d]));
  const regions = new Map(insee.regions.map((r) => [r.code, r]));
  const features = naturalEarthAdmin1
    .filter((f) => f.properties.gn_a1_code?.startsWith('FR.'))
    .map((f) => {
      const d = departements.get(f.properties.gn_a1_code.slice(3));
      return { type: 'Feature', properties: { code: d.code, name: d.nom, region: d.region }, geometry: f.geometry };
    })
    .sort((a, b) => compareStrings(a.properties.code, b.properties.code));
  const topo = simplifiedTopology({ departements: { type: 'FeatureCollection', features } },
    { keepShare: KEEP_SHARE, quantization: QUANTIZATION });
  topo.objects.regions = {
    type: 'GeometryCollection',
    geometries: dissolve(topo, 'departements', (g) => g.properties.region,
      (code) => ({ code, name: regions.get(code).nom }))
      .sort((a, b) => compareStrings(a.properties.code, b.properties.code)),
  };
  return rewoundTopology(topo, QUANTIZATION);
}
