import type { CollectivityKind, Nature } from './cooperation';

/** Words found in inventories for the closed vocabularies, as written (folded before matching). */

export const NATURE_ALIASES: Record<Nature, readonly string[]> = {
  jumelage: ['jumelage', 'jumelages', 'twinning', 'ville jumelle', 'jumelage-coopération', 'pacte d’amitié', "pacte d'amitie"],
  'cooperation-decentralisee': [
    'coopération décentralisée',
    'coopération',
    'partenariat',
    'accord de coopération',
    'convention de coopération',
    'decentralised cooperation',
    'decentralized cooperation',
  ],
  'aide-urgence': ['aide d’urgence', "aide d'urgence", 'urgence', 'aide humanitaire', 'emergency aid'],
  mobilite: ['mobilité', 'mobilité internationale', 'échanges de jeunes', 'mobility'],
  'projet-europeen': ['projet européen', 'programme européen', 'interreg', 'erasmus', 'erasmus+', 'european project'],
  autre: ['autre', 'autres', 'other'],
};

export const COLLECTIVITY_KIND_ALIASES: Record<CollectivityKind, readonly string[]> = {
  commune: ['commune', 'ville', 'mairie', 'municipalité'],
  epci: [
    'epci',
    'intercommunalité',
    'communauté de communes',
    "communauté d'agglomération",
    'communauté urbaine',
    'métropole',
    'cc',
    'ca',
    'cu',
  ],
  departement: ['département', 'conseil départemental', 'dept'],
  region: ['région', 'conseil régional'],
  syndicat: ['syndicat', 'syndicat mixte', 'sivu', 'sivom'],
};

export type PartnerLevel = 'commune' | 'region' | 'pays';

export const PARTNER_LEVEL_ALIASES: Record<PartnerLevel, readonly string[]> = {
  commune: ['commune', 'ville', 'municipalité', 'city', 'town', 'localité', 'village'],
  region: ['région', 'province', 'état', 'wilaya', 'gouvernorat', 'préfecture', 'district', 'region', 'state'],
  pays: ['pays', 'country', 'national', 'état national'],
};

export const TRUE_WORDS = ['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x'] as const;
export const FALSE_WORDS = ['non', 'n', 'no', 'faux', 'false', '0'] as const;
