/**
 * The ACTER study's figures (shared/domain.md, "Key figures of the study") as data, and the
 * choices that turn them into a national-scale sample. Per-model figures (the typology table)
 * are in ./models.ts.
 */
import type { CollectivityKind, Nature, PartnerPrecision } from '../../domain/cooperation';
import type { ContinentId } from '../../domain/gazetteer';
import { STUDY_THEME_GROUPS as STUDY_GROUPS, type StudyThemeGroupId } from '../../domain/study-figures';
import type { ThemeId } from '../../domain/themes';

export const DEFAULT_SEED = 734;
/** The year the demo data is "as of": no clock is read, so the output never changes. */
export const AS_OF_YEAR = 2024;

/** What the statistics are checked against (domain.md). */
export const STUDY_TARGETS = {
  /** "decentralised cooperations with African authorities: 73.4 %": of decentralised cooperations only. */
  africaShareOfDecentralised: 0.734,
  /** "more than 20 years of cooperation: 46 %" of the collectivities */
  activeOver20YearsShare: 0.46,
  /** "budgets between 250 k and 500 k EUR: 18 %" */
  budget250kTo500kShare: 0.18,
  /** "top 5 African partner countries: Morocco, Senegal, Burkina Faso, Madagascar, Mali" */
  topAfricanCountries: ['MA', 'SN', 'BF', 'MG', 'ML'],
  /** "average number of cooperations per CT: 3 (grows with size)" */
  cooperationsPerCollectivity: 3,
  /** "average declared AECT amount / median AECT budget" */
  meanAectBudgetEur: 239_376,
  medianAectBudgetEur: 50_000,
  /** "budgets below 10 k EUR: 20 %" */
  budgetBelow10kShare: 0.2,
  /** "first motivation = international solidarity: 58 %" */
  solidarityMotivationShare: 0.58,
} as const;

const GROUP_LABELS: Record<StudyThemeGroupId, string> = {
  'aide-developpement': 'aide au développement',
  culture: 'culture',
  'aide-urgence': "aide d'urgence",
};

/** "cooperations about development aid / culture / emergency aid: 68 % / 60 % / 42 %", on our theme ids. */
export const STUDY_THEME_GROUPS: { label: string; target: number; themes: readonly ThemeId[] }[] = STUDY_GROUPS.map((group) => ({
  label: GROUP_LABELS[group.id],
  target: group.share,
  themes: group.themes,
}));

/** Themes of aid to the South (development and emergency), rare with partners of the North. */
export const AID_THEMES: ThemeId[] = STUDY_GROUPS.filter((group) => group.id !== 'culture').flatMap((group) => group.themes);

export const SIZE_BANDS = [
  { id: 'lt2k', label: '< 2 000 hab.', below: 2_000 },
  { id: '2k-10k', label: '2 000 - 10 000 hab.', below: 10_000 },
  { id: '10k-50k', label: '10 000 - 50 000 hab.', below: 50_000 },
  { id: '50k-100k', label: '50 000 - 100 000 hab.', below: 100_000 },
  { id: '100k-500k', label: '100 000 - 500 000 hab.', below: 500_000 },
  { id: 'ge500k', label: '≥ 500 000 hab.', below: Infinity },
] as const;
export type SizeBandId = (typeof SIZE_BANDS)[number]['id'];

export function sizeBandOf(population: number): SizeBandId {
  return SIZE_BANDS.find((band) => population < band.below)!.id;
}

/**
 * Share of the gazetteer's collectivities of each kind and size band that the sample draws.
 * The ministry's Atlas counts about 4,800 active CTs; the study's respondents lean to larger ones
 * ("30 % of 10,000-50,000 inhabitants"), and the chance to act abroad grows with size.
 */
export const SAMPLING_RATES: Record<Exclude<CollectivityKind, 'syndicat'>, Record<SizeBandId, number>> = {
  commune: { lt2k: 0.04, '2k-10k': 0.22, '10k-50k': 0.72, '50k-100k': 0.92, '100k-500k': 0.97, ge500k: 1 },
  epci: { lt2k: 0, '2k-10k': 0.12, '10k-50k': 0.25, '50k-100k': 0.55, '100k-500k': 0.8, ge500k: 1 },
  // "many of the 101" départements and "most of the 18" régions.
  departement: { lt2k: 0, '2k-10k': 0, '10k-50k': 0, '50k-100k': 0.6, '100k-500k': 0.8, ge500k: 0.9 },
  region: { lt2k: 0, '2k-10k': 0, '10k-50k': 0, '50k-100k': 0, '100k-500k': 0.6, ge500k: 0.95 },
};

/** Régions of the eight RRMA that ran ACTER are a bit more present (their inventories fed the study). */
export const ACTER_REGION_CODES = ['24', '32', '52', '84', '53', '75', '93'];
/** YCID, the eighth network, is a département's (Yvelines). */
export const ACTER_DEPARTEMENT_CODES = ['78'];
export const ACTER_NETWORK_WEIGHT = 1.35;

/** Mean number of cooperations of a collectivity by size band: about 3 overall, growing with size. */
export const COOPERATIONS_PER_BAND: Record<SizeBandId, number> = {
  lt2k: 1.4,
  '2k-10k': 2,
  '10k-50k': 3.4,
  '50k-100k': 6,
  '100k-500k': 9,
  ge500k: 15,
};

/**
 * Partner countries: ISO2, weight within its continent, and the French article of its name
 * (for texts: "au Maroc", "en Tunisie", "à Madagascar", "aux Comores").
 * African weights put the study's top five first, in its order, then the francophone partners
 * the domain brief lists; about 140 countries, as in the ministry's Atlas (about 145).
 */
export type CountryArticle = 'le' | 'la' | "l'" | 'les' | '';
export const PARTNER_COUNTRIES: [iso2: string, weight: number, article: CountryArticle][] = [
  // Africa
  ['MA', 20, 'le'], ['SN', 14, 'le'], ['BF', 12.5, 'le'], ['MG', 8.5, ''], ['ML', 8, 'le'],
  ['TN', 5, 'la'], ['BJ', 5, 'le'], ['CM', 4.5, 'le'], ['NE', 4, 'le'], ['MR', 3.5, 'la'],
  ['TG', 3.5, 'le'], ['CI', 3.5, 'la'], ['DZ', 2.8, "l'"], ['GN', 2, 'la'], ['KM', 1.5, 'les'],
  ['CD', 1.2, 'la'], ['CG', 1, 'la'], ['GA', 0.8, 'le'], ['TD', 0.8, 'le'], ['CF', 0.5, 'la'],
  ['CV', 0.8, 'le'], ['DJ', 0.4, ''], ['RW', 0.6, 'le'], ['BI', 0.6, 'le'], ['GH', 0.6, 'le'],
  ['NG', 0.4, 'le'], ['ET', 0.5, "l'"], ['KE', 0.4, 'le'], ['TZ', 0.4, 'la'], ['EG', 0.6, "l'"],
  ['ZA', 0.6, "l'"], ['MZ', 0.4, 'le'], ['GM', 0.5, 'la'], ['GW', 0.4, 'la'], ['SL', 0.2, 'la'],
  ['LR', 0.2, 'le'], ['UG', 0.3, "l'"], ['ZM', 0.2, 'la'], ['ZW', 0.2, 'le'], ['NA', 0.2, 'la'],
  ['BW', 0.1, 'le'], ['AO', 0.2, "l'"], ['MU', 0.3, ''], ['SC', 0.1, 'les'], ['SD', 0.1, 'le'],
  ['LY', 0.1, 'la'], ['ST', 0.2, ''], ['MW', 0.2, 'le'], ['LS', 0.1, 'le'], ['GQ', 0.1, 'la'],
  ['SZ', 0.05, "l'"], ['ER', 0.05, "l'"], ['SO', 0.05, 'la'], ['SS', 0.05, 'le'],
  // Europe (with the Caucasus and Turkey, as the gazetteer places them): twinnings with Germany
  // first, then Italy, the United Kingdom, Spain, Poland, Portugal
  ['DE', 30, "l'"], ['IT', 14, "l'"], ['GB', 11, 'le'], ['ES', 9, "l'"], ['PL', 7, 'la'],
  ['PT', 6, 'le'], ['BE', 4, 'la'], ['RO', 4, 'la'], ['UA', 3, "l'"], ['IE', 2, "l'"],
  ['NL', 1.5, 'les'], ['CZ', 1.5, 'la'], ['HU', 1.2, 'la'], ['AT', 1.2, "l'"], ['CH', 1.2, 'la'],
  ['GR', 1.2, 'la'], ['SK', 0.6, 'la'], ['HR', 0.6, 'la'], ['BG', 0.8, 'la'], ['LT', 0.4, 'la'],
  ['LV', 0.3, 'la'], ['EE', 0.3, "l'"], ['SI', 0.3, 'la'], ['LU', 0.5, 'le'], ['DK', 0.5, 'le'],
  ['SE', 0.5, 'la'], ['FI', 0.4, 'la'], ['NO', 0.3, 'la'], ['MD', 0.8, 'la'], ['RS', 0.5, 'la'],
  ['BA', 0.4, 'la'], ['XK', 0.2, 'le'], ['AL', 0.4, "l'"], ['MK', 0.3, 'la'], ['MT', 0.1, ''],
  ['CY', 0.1, ''], ['BY', 0.1, 'la'], ['RU', 0.4, 'la'], ['AM', 4, "l'"], ['TR', 1.2, 'la'],
  ['GE', 0.8, 'la'], ['AZ', 0.1, "l'"],
  // Asia and the Middle East
  ['VN', 14, 'le'], ['LB', 12, 'le'], ['PS', 9, 'la'], ['CN', 7, 'la'], ['JP', 6, 'le'],
  ['KH', 5, 'le'], ['LA', 4, 'le'], ['IN', 3, "l'"], ['IL', 3, "l'"], ['KR', 2, 'la'],
  ['JO', 1.2, 'la'], ['MN', 1, 'la'],
  ['TH', 1, 'la'], ['ID', 1, "l'"], ['NP', 1, 'le'], ['PH', 0.6, 'les'], ['BD', 0.5, 'le'],
  ['LK', 0.5, 'le'], ['SY', 0.5, 'la'], ['IQ', 0.5, "l'"], ['AF', 0.3, "l'"], ['UZ', 0.4, "l'"],
  ['KZ', 0.3, 'le'], ['TW', 0.3, ''], ['MY', 0.3, 'la'], ['MM', 0.2, 'le'],
  // Latin America and the Caribbean
  ['HT', 30, "l'"], ['BR', 12, 'le'], ['BO', 7, 'la'], ['PE', 7, 'le'], ['NI', 6, 'le'],
  ['CL', 6, 'le'], ['MX', 5, 'le'], ['AR', 4, "l'"], ['CO', 4, 'la'], ['CU', 3, ''],
  ['EC', 2, "l'"], ['GT', 2, 'le'], ['SV', 2, 'le'], ['UY', 1, "l'"], ['PY', 1, 'le'],
  ['DO', 1, 'la'], ['CR', 1, 'le'], ['HN', 1, 'le'], ['VE', 0.5, 'le'], ['SR', 1.5, 'le'],
  ['DM', 1, 'la'], ['LC', 1, 'la'], ['GY', 0.5, 'le'], ['PA', 0.3, 'le'],
  // North America: Québec and the United States
  ['CA', 60, 'le'], ['US', 40, 'les'],
  // Oceania
  ['VU', 40, 'le'], ['AU', 25, "l'"], ['NZ', 15, 'la'], ['FJ', 20, 'les'],
];

/**
 * Where each nature of cooperation goes, as factors on the typology model's continents: French
 * twinnings are mostly European (see the English-Wikipedia twinnings in shared/data/twinnings),
 * decentralised cooperation is where the study's 73.4 % of Africa stands.
 */
export const NATURE_CONTINENT_FACTORS: Record<Nature, Partial<Record<ContinentId, number>>> = {
  jumelage: { europe: 14, 'amerique-nord': 3, asie: 1.5, afrique: 0.45 },
  'cooperation-decentralisee': { afrique: 0.95 },
  'aide-urgence': { europe: 0.3 },
  mobilite: { europe: 3, 'amerique-nord': 2 },
  'projet-europeen': {},
  autre: {},
};

/**
 * The first year a collectivity of this kind could act abroad: régions are collectivités since the
 * law of 2 March 1982; communautés de communes exist since 1992 (law ATR), communautés
 * d'agglomération since 1999 (law Chevènement), communautés urbaines since 1966; the Métropole de
 * Lyon continues the CU of 1969. Communes and départements: no bound within the calendar.
 */
export const FIRST_YEAR_OF_KIND: { region: number; epci: Record<string, number> } = {
  region: 1982,
  epci: { CC: 1992, CA: 1999, CU: 1966, METRO: 1966, MET69: 1969 },
};

/**
 * Partner countries whose admin-1 units are recent: a cooperation with one cannot start earlier
 * (Morocco's 12 régions of 2015); units created after AS_OF_YEAR are not drawn (Viet Nam's 34
 * provinces and Burkina Faso's 17 régions of 2025).
 */
export const PARTNER_UNITS_SINCE: Record<string, number> = { MA: 2015, VN: 2025, BF: 2025 };

/** A commune declares at most this AECT budget per inhabitant (the largest real ones are about 10 €). */
export const MAX_COMMUNE_AECT_EUR_PER_INHABITANT = 12;

/** A collectivity's cooperations are distinct: a draw that repeats one (same place and nature) is drawn again this many times, then dropped. */
export const DUPLICATE_REDRAWS = 5;

/** Members of the European Union, the only partners of "projet-europeen" cooperations. */
export const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'GR', 'HR', 'HU', 'IE',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];

/** Partners where development and emergency aid are rare, and twinnings and EU projects common. */
export const HIGH_INCOME_PARTNERS = [...EU_MEMBERS, 'GB', 'CH', 'NO', 'US', 'CA', 'JP', 'KR', 'TW', 'IL', 'AU', 'NZ'];

/**
 * Overseas régions cooperate first with their neighbours (Caribbean, Amazonia, Indian Ocean):
 * this share of their cooperations goes to the listed countries.
 */
export const OVERSEAS_NEIGHBOUR_SHARE = 0.7;
export const OVERSEAS_NEIGHBOURS: Record<string, string[]> = {
  '01': ['HT', 'DM', 'LC', 'CU', 'DO'],
  '02': ['LC', 'DM', 'HT', 'CU'],
  '03': ['BR', 'SR', 'GY'],
  '04': ['MG', 'MU', 'KM', 'SC'],
  '06': ['KM', 'MG'],
};

/**
 * Collectivities of one région often work in the same partner territories (what networks pool):
 * with this probability a cooperation goes to the région's usual place in the drawn country.
 */
export const REGIONAL_HUB_SHARE = 0.3;

/** How precisely the partner is located, by kind of French collectivity ("pays" is rare). */
export const PRECISION_WEIGHTS: Record<CollectivityKind, Record<Exclude<PartnerPrecision, 'coordonnees'>, number>> = {
  commune: { commune: 0.9, region: 0.08, pays: 0.02 },
  epci: { commune: 0.76, region: 0.22, pays: 0.02 },
  syndicat: { commune: 0.76, region: 0.22, pays: 0.02 },
  departement: { commune: 0.46, region: 0.52, pays: 0.02 },
  region: { commune: 0.15, region: 0.83, pays: 0.02 },
};
/** Emergency aid often goes to a whole country (an appeal after an earthquake, a war). */
export const EMERGENCY_COUNTRY_LEVEL_SHARE = 0.35;

/** Start years by nature, as a triangular law [earliest, most frequent, latest]: twinnings are older. */
export const START_YEARS: Record<Nature, [number, number, number]> = {
  jumelage: [1965, 2014, AS_OF_YEAR],
  'cooperation-decentralisee': [1988, 2016, AS_OF_YEAR],
  'aide-urgence': [1995, 2022, AS_OF_YEAR],
  mobilite: [2000, 2016, AS_OF_YEAR],
  'projet-europeen': [2007, 2019, AS_OF_YEAR],
  autre: [1995, 2016, AS_OF_YEAR],
};
/** Share of cooperations that have ended, by nature (emergency aid and EU projects are time-limited). */
export const ENDED_SHARE: Record<Nature, number> = {
  jumelage: 0.06,
  'cooperation-decentralisee': 0.12,
  'aide-urgence': 0.75,
  mobilite: 0.15,
  'projet-europeen': 0.6,
  autre: 0.15,
};

/**
 * Showing the local interest of external action is one of the study's "major stakes": many
 * inventories leave it blank. This share of demo cooperations documents it.
 */
export const LOCAL_INTEREST_DOCUMENTED_SHARE = 0.7;

/** A cooperation gets this share of its collectivity's declared AECT budget, split among its cooperations. */
export const COOPERATION_SHARE_OF_AECT_BUDGET = 0.8;

/** Each profile field is left unknown (null) with this probability, as in real inventories. */
export const PROFILE_FIELD_UNKNOWN_SHARE = 0.08;
