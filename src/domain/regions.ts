/** The 18 French régions (INSEE codes) and the regional multi-actor network (RRMA) serving each. */
export interface FrenchRegion {
  code: string;
  name: string;
}

export const FRENCH_REGIONS: readonly FrenchRegion[] = [
  { code: '01', name: 'Guadeloupe' },
  { code: '02', name: 'Martinique' },
  { code: '03', name: 'Guyane' },
  { code: '04', name: 'La Réunion' },
  { code: '06', name: 'Mayotte' },
  { code: '11', name: 'Île-de-France' },
  { code: '24', name: 'Centre-Val de Loire' },
  { code: '27', name: 'Bourgogne-Franche-Comté' },
  { code: '28', name: 'Normandie' },
  { code: '32', name: 'Hauts-de-France' },
  { code: '44', name: 'Grand Est' },
  { code: '52', name: 'Pays de la Loire' },
  { code: '53', name: 'Bretagne' },
  { code: '75', name: 'Nouvelle-Aquitaine' },
  { code: '76', name: 'Occitanie' },
  { code: '84', name: 'Auvergne-Rhône-Alpes' },
  { code: '93', name: 'Provence-Alpes-Côte d’Azur' },
  { code: '94', name: 'Corse' },
];

const REGION_BY_CODE = new Map(FRENCH_REGIONS.map((region) => [region.code, region]));

export function regionByCode(code: string): FrenchRegion | undefined {
  return REGION_BY_CODE.get(code);
}

/** A région's name, or its code when it is not one. */
export function regionName(code: string): string {
  return regionByCode(code)?.name ?? code;
}

export interface RegionalNetwork {
  id: string;
  name: string;
  /** Régions the network covers, or a single département for YCID. */
  regions: string[];
  departements: string[];
}

/** ACTER's eight networks, the three PREDICT 2030 adds, and BFC International (shared/domain.md). */
export const REGIONAL_NETWORKS: readonly RegionalNetwork[] = [
  { id: 'centraider', name: 'Centraider', regions: ['24'], departements: [] },
  { id: 'lianes-cooperation', name: 'Lianes Coopération', regions: ['32'], departements: [] },
  { id: 'plci', name: 'Pays de la Loire Coopération Internationale', regions: ['52'], departements: [] },
  { id: 'resacoop', name: 'Résacoop', regions: ['84'], departements: [] },
  { id: 'reseau-bretagne-solidaire', name: 'Réseau Bretagne Solidaire', regions: ['53'], departements: [] },
  { id: 'so-cooperation', name: 'So Coopération', regions: ['75'], departements: [] },
  { id: 'territoires-solidaires', name: 'Territoires Solidaires', regions: ['93'], departements: [] },
  { id: 'ycid', name: 'Yvelines Coopération Internationale et Développement', regions: [], departements: ['78'] },
  { id: 'gescod', name: 'Gescod', regions: ['44'], departements: [] },
  { id: 'horizons-solidaires', name: 'Horizons Solidaires', regions: ['28'], departements: [] },
  { id: 'occitanie-cooperation', name: 'Occitanie Coopération', regions: ['76'], departements: [] },
  { id: 'bfc-international', name: 'BFC International', regions: ['27'], departements: [] },
];

/** The network serving a collectivity: YCID for the Yvelines, else its région's network, if any. */
export function networkOf(regionCode: string, departementCode: string | null): RegionalNetwork | undefined {
  return (
    REGIONAL_NETWORKS.find((network) => departementCode !== null && network.departements.includes(departementCode)) ??
    REGIONAL_NETWORKS.find((network) => network.regions.includes(regionCode))
  );
}
