import type { CollectivityKind } from '../domain/cooperation';
import type { Translated } from '../domain/languages';

/**
 * How people write the names of French collectivities, as matching rules on folded keys
 * (see placeKey): institution prefixes, articles, EPCI legal forms, arrondissements.
 */

/** Prefixes naming the institution before its territory, and the kind of collectivity they imply. */
const INSTITUTION_PREFIXES: [RegExp, CollectivityKind | null][] = [
  [/^(conseil departemental|conseil general|departement)( de la| de l| du| des| de| d)? /, 'departement'],
  [/^(conseil regional|region)( de la| de l| du| des| de| d)? /, 'region'],
  [/^(ville|mairie|commune)( de la| de l| du| des| de| d)? /, 'commune'],
  [
    /^(communaute d agglomeration|communaute de communes|communaute urbaine|metropole|eurometropole|ca|cc|cu)( de la| de l| du| des| de| d)? /,
    'epci',
  ],
  [/^(collectivite territoriale|collectivite)( de la| de l| du| des| de| d)? /, null],
];

/** A written name as the key to look up, and the kind its prefix implies (null: none). */
export interface NameVariant {
  key: string;
  kind: CollectivityKind | null;
}

/** The key as written, then without its institution prefix ("conseil departemental de la gironde" → gironde, département). */
export function nameVariants(key: string): NameVariant[] {
  for (const [prefix, kind] of INSTITUTION_PREFIXES) {
    if (prefix.test(key)) return [{ key, kind: null }, { key: key.replace(prefix, ''), kind }];
  }
  return [{ key, kind: null }];
}

/** The key without a leading article, and for an EPCI without its legal form ("ca du grand annecy" → grand annecy). */
export function shortKey(key: string, kind: CollectivityKind | null = null): string {
  const withoutForm = kind === 'epci' ? key.replace(INSTITUTION_PREFIXES[3][0], '') : key;
  return withoutForm.replace(/^(le|la|les|l) /, '');
}

/** "Lyon 3e Arrondissement", "Lyon 3e", "Paris 15", "Marseille 1er arrondissement" → "lyon 3". */
export function arrondissementKey(key: string): string | null {
  const match = /^(paris|lyon|marseille) (\d{1,2}) ?(er|e|eme)?( arrondissement)?$/.exec(key);
  return match ? `${match[1]} ${Number(match[2])}` : null;
}

/**
 * Collectivités uniques: one institution that the COG lists both as département and as région (or
 * commune): a name matching both designates it, kept as the kind below.
 */
export const SINGLE_COLLECTIVITIES: { members: [CollectivityKind, string][]; kept: [CollectivityKind, string]; since: number }[] = [
  { members: [['commune', '75056'], ['departement', '75']], kept: ['commune', '75056'], since: 2019 },
  { members: [['departement', '972'], ['region', '02']], kept: ['region', '02'], since: 2015 },
  { members: [['departement', '973'], ['region', '03']], kept: ['region', '03'], since: 2015 },
  { members: [['departement', '976'], ['region', '06']], kept: ['departement', '976'], since: 2011 },
];

const englishName = (fr: string, en: string): Translated => ({ fr: `nom anglais de ${fr}`, en: `English name of ${en}` });

/** Names in use that are no collectivity's official name: [kind, code, what the name is]. */
export const USAGE_NAMES: Record<string, [CollectivityKind, string, Translated]> = {
  'Région Sud': [
    'region',
    '93',
    { fr: "nom d'usage de la région Provence-Alpes-Côte d'Azur depuis 2017", en: "name in use for the Provence-Alpes-Côte d'Azur region since 2017" },
  ],
  // English names of French places, as English-language lists of twinnings write them.
  Dunkirk: ['commune', '59183', englishName('Dunkerque', 'Dunkerque')],
  Marseilles: ['commune', '13055', englishName('Marseille', 'Marseille')],
  Lyons: ['commune', '69123', englishName('Lyon', 'Lyon')],
  Rheims: ['commune', '51454', englishName('Reims', 'Reims')],
  Brittany: ['region', '53', englishName('la Bretagne', 'Bretagne')],
  Normandy: ['region', '28', englishName('la Normandie', 'Normandie')],
  Corsica: ['region', '94', englishName('la Corse', 'Corse')],
};

/**
 * The Collectivité européenne d'Alsace (2021) exercises the powers of the départements 67 and 68,
 * which the COG still lists; INSEE codes it 6AE. Placed at its seat, Strasbourg (67's chef-lieu).
 */
export const ALSACE = {
  code: '6AE',
  name: "Collectivité européenne d'Alsace",
  departements: ['67', '68'],
};
