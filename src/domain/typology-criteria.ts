/**
 * The ACTER typology table (shared/domain.md, "The five models") as weighted criteria.
 *
 * Each row of the study's table (size, motivations, way of acting, themes, zones, organisation,
 * partnerships, funding) gives, for each model, one or more criteria. A criterion reads the facts
 * of one collectivity and answers how well they match, from 0 to 1, or null when the facts it
 * needs are unknown. Its weight says how much the study's table leans on it to tell the models
 * apart; its wording is what a network's staff reads as a reason.
 */
import type { CollectivityKind, Nature } from './cooperation';
import type { ContinentId } from './gazetteer';
import type { ThemeId } from './themes';
import type { TypologyId } from './typology';

/** The rows of the study's table. */
export const TYPOLOGY_DIMENSIONS = [
  'size',
  'motivations',
  'acting',
  'themes',
  'zones',
  'organisation',
  'partnerships',
  'funding',
] as const;
export type TypologyDimension = (typeof TYPOLOGY_DIMENSIONS)[number];

/** One cooperation as the typology reads it; free texts are folded (foldName). */
export interface CooperationFacts {
  themes: readonly ThemeId[];
  nature: Nature | null;
  country: string | null;
  continent: ContinentId | null;
  actors: readonly string[];
}

/** A collectivity as the typology reads it: null is unknown; free texts are folded (foldName). */
export interface TypologyFacts {
  kind: CollectivityKind | null;
  population: number | null;
  riService: boolean | null;
  europeService: boolean | null;
  aectBudgetEur: number | null;
  motivation: string | null;
  /** Funding sources of all its cooperations; null when none is declared. */
  fundings: readonly string[] | null;
  cooperations: readonly CooperationFacts[];
}

/** How well the facts match, from 0 to 1; null when the facts needed are unknown. */
export type CriterionTest = (facts: TypologyFacts) => number | null;

export interface Criterion {
  id: string;
  model: TypologyId;
  dimension: TypologyDimension;
  weight: number;
  /** French, for a network's staff. */
  wording: string;
  test: CriterionTest;
}

// Words that name a kind of partner or of funding in free texts, folded, matched at the start of a word.
const TWINNING_COMMITTEES = ['comite de jumelage', 'comites de jumelage'];
const ASSOCIATIONS = ['association', 'benevole', 'ong'];
const DIASPORAS = ['diaspora', 'migrant', 'ressortissant'];
const NETWORKS_AND_LOCAL_AUTHORITIES = ['reseau', 'rrma', 'cites unies', 'multi acteurs', 'collectivite', 'intercommunal'];
const YOUTH_SERVICES = ['jeunesse', 'jeune', 'lycee', 'college', 'club', 'mission locale'];
const INSTITUTIONS = ['universit', 'hopita', 'chu', 'chambre', 'cci', 'institut', 'agence', 'ecole superieure', 'pole'];
const BUSINESSES = ['entreprise', 'chambre', 'cci', 'cluster', 'pme', 'filiere'];

const MINISTRY_FUNDING = ['dctciv', 'daect', 'meae', 'ministere'];
const AFD_FUNDING = ['afd', 'ficol', 'agence francaise de developpement'];
const WATER_AGENCY_FUNDING = ['agence de l eau', 'agences de l eau'];
const CO_FUNDING = [...AFD_FUNDING, ...WATER_AGENCY_FUNDING, '1 solidaire', 'oudin', 'ue', 'union europeenne', 'feder', 'interreg', 'erasmus'];

/** North African countries: the rest of Africa is what the study calls sub-Saharan. */
const NORTH_AFRICA = ['MA', 'DZ', 'TN', 'LY', 'EG', 'EH'];

/** True when a folded text holds one of the words (written folded: lower case, no accents) at the start of a word. */
function mentions(folded: string, words: readonly string[]): boolean {
  const text = ` ${folded}`;
  return words.some((word) => text.includes(` ${word}`));
}

// Tests, one per kind of question the table asks.

const kindIn =
  (...kinds: CollectivityKind[]): CriterionTest =>
  ({ kind }) =>
    kind === null ? null : kinds.includes(kind) ? 1 : 0;

/** The match of the last step whose floor the value reaches, 0 below the first. */
function stepMatch(value: number | null, steps: readonly [floor: number, match: number][]): number | null {
  if (value === null) return null;
  let match = 0;
  for (const [floor, stepValue] of steps) if (value >= floor) match = stepValue;
  return match;
}

const populationSteps =
  (steps: readonly [floor: number, match: number][]): CriterionTest =>
  ({ population }) =>
    stepMatch(population, steps);

const budgetSteps =
  (steps: readonly [floor: number, match: number][]): CriterionTest =>
  ({ aectBudgetEur }) =>
    stepMatch(aectBudgetEur, steps);

const motivationMentions =
  (...words: string[]): CriterionTest =>
  ({ motivation }) =>
    motivation === null ? null : mentions(motivation, words) ? 1 : 0;

const flag =
  (field: 'riService' | 'europeService', expected: boolean): CriterionTest =>
  (facts) =>
    facts[field] === null ? null : facts[field] === expected ? 1 : 0;

/** The share of cooperations that match, among those where it is known (`has` gives null when not). */
const shareOf =
  (has: (c: CooperationFacts) => boolean | null): CriterionTest =>
  ({ cooperations }) => {
    let known = 0;
    let matching = 0;
    for (const cooperation of cooperations) {
      const answer = has(cooperation);
      if (answer !== null) known += 1;
      if (answer === true) matching += 1;
    }
    return known === 0 ? null : matching / known;
  };

const natureShare = (...natures: Nature[]) => shareOf((c) => (c.nature === null ? null : natures.includes(c.nature)));

const themeShare = (...themes: ThemeId[]) =>
  shareOf((c) => (c.themes.length === 0 ? null : c.themes.some((theme) => themes.includes(theme))));

const zoneShare = (inZone: (continent: ContinentId, country: string | null) => boolean | null) =>
  shareOf((c) => (c.continent === null ? null : inZone(c.continent, c.country)));

/** Unknown for an African partner of unknown country. */
const isSubSaharan = (continent: ContinentId, country: string | null) =>
  continent !== 'afrique' ? false : country === null ? null : !NORTH_AFRICA.includes(country);

const actorShare = (words: readonly string[], present = true) =>
  shareOf((c) => (c.actors.length === 0 ? null : c.actors.some((actor) => mentions(actor, words)) === present));

const invert = (value: boolean | null) => (value === null ? null : !value);

/** Several continents at once (economic opportunity): 1 from three, 0.5 for two. */
const severalContinents: CriterionTest = ({ cooperations }) => {
  const continents = new Set(cooperations.flatMap((c) => (c.continent === null ? [] : [c.continent])));
  return continents.size === 0 ? null : Math.min(1, (continents.size - 1) / 2);
};

const fundingMatch =
  (match: (has: (words: readonly string[]) => boolean) => number): CriterionTest =>
  ({ fundings }) =>
    fundings === null ? null : match((words) => fundings.some((funding) => mentions(funding, words)));

// The table. Weights: 1 a hint, 2 a trait, 3 what sets the model apart in the study's table.

export const TYPOLOGY_CRITERIA: readonly Criterion[] = [
  // HUMANIS: humanitarian and social interest.
  { id: 'humanis-commune', model: 'humanis', dimension: 'size', weight: 1, wording: 'Une commune', test: kindIn('commune') },
  { id: 'humanis-taille', model: 'humanis', dimension: 'size', weight: 2, wording: 'Une commune de toute taille, souvent petite (moins de 10 000 habitants)', test: populationSteps([[0, 1], [10_000, 0.5], [50_000, 0.25]]) },
  { id: 'humanis-motivation', model: 'humanis', dimension: 'motivations', weight: 2, wording: 'Motivée par la solidarité, les droits humains et les valeurs', test: motivationMentions('solidarit', 'droits', 'valeur', 'humanitaire', 'vulnerable') },
  { id: 'humanis-action', model: 'humanis', dimension: 'acting', weight: 2, wording: 'Jumelages, actions ponctuelles, aide matérielle ou d’urgence', test: natureShare('jumelage', 'aide-urgence') },
  { id: 'humanis-themes', model: 'humanis', dimension: 'themes', weight: 2, wording: 'Urgence, éducation, santé, agriculture, égalité femmes-hommes', test: themeShare('urgence-humanitaire', 'education-formation', 'sante', 'agriculture-alimentation', 'egalite-femmes-hommes') },
  { id: 'humanis-zones', model: 'humanis', dimension: 'zones', weight: 2, wording: 'Partenaires en Afrique subsaharienne', test: zoneShare(isSubSaharan) },
  { id: 'humanis-organisation', model: 'humanis', dimension: 'organisation', weight: 2, wording: 'Portée par les élus, sans service des relations internationales', test: flag('riService', false) },
  { id: 'humanis-partenaires', model: 'humanis', dimension: 'partnerships', weight: 1, wording: 'Avec un comité de jumelage ou des associations', test: actorShare([...TWINNING_COMMITTEES, ...ASSOCIATIONS]) },
  { id: 'humanis-reseaux', model: 'humanis', dimension: 'partnerships', weight: 1, wording: 'Très peu d’adhésions à des réseaux', test: actorShare(NETWORKS_AND_LOCAL_AUTHORITIES, false) },
  { id: 'humanis-financement', model: 'humanis', dimension: 'funding', weight: 2, wording: 'Financement surtout interne, sans le ministère (DCTCIV) ni l’AFD', test: fundingMatch((has) => (has(MINISTRY_FUNDING) || has(AFD_FUNDING) ? 0 : 1)) },
  { id: 'humanis-budget', model: 'humanis', dimension: 'funding', weight: 2, wording: 'Budget annuel le plus souvent inférieur à 10 000 €', test: budgetSteps([[0, 1], [10_000, 0.25], [50_000, 0]]) },

  // COSMIN: social cohesion, "mondialité", interculturality.
  { id: 'cosmin-commune', model: 'cosmin', dimension: 'size', weight: 1, wording: 'Une commune', test: kindIn('commune') },
  { id: 'cosmin-taille', model: 'cosmin', dimension: 'size', weight: 2, wording: 'Une ville moyenne (10 000 à 100 000 habitants)', test: populationSteps([[2_000, 0.5], [10_000, 1], [100_000, 0]]) },
  { id: 'cosmin-motivation', model: 'cosmin', dimension: 'motivations', weight: 3, wording: 'Motivée par la diversité culturelle, les migrations, le partage', test: motivationMentions('diversite', 'intercultur', 'migration', 'diaspora', 'partage') },
  { id: 'cosmin-action', model: 'cosmin', dimension: 'acting', weight: 1, wording: 'Jumelages, accueil de migrants, patrimoine, expositions', test: natureShare('jumelage') },
  { id: 'cosmin-culture', model: 'cosmin', dimension: 'themes', weight: 1, wording: 'Culture et patrimoine', test: themeShare('culture-patrimoine') },
  { id: 'cosmin-migrations', model: 'cosmin', dimension: 'themes', weight: 3, wording: 'Migrations, diasporas et tourisme', test: themeShare('migrations-diasporas', 'economie-tourisme') },
  { id: 'cosmin-zones', model: 'cosmin', dimension: 'zones', weight: 1, wording: 'Zones de liens culturels dans le monde entier, au-delà de l’Afrique subsaharienne', test: zoneShare((continent, country) => invert(isSubSaharan(continent, country))) },
  { id: 'cosmin-organisation', model: 'cosmin', dimension: 'organisation', weight: 1, wording: 'Pilotée par les élus (le maire), sans service des relations internationales', test: flag('riService', false) },
  { id: 'cosmin-diasporas', model: 'cosmin', dimension: 'partnerships', weight: 3, wording: 'Avec les diasporas', test: actorShare(DIASPORAS) },
  { id: 'cosmin-partenaires', model: 'cosmin', dimension: 'partnerships', weight: 1, wording: 'Avec un comité de jumelage ou des associations', test: actorShare([...TWINNING_COMMITTEES, ...ASSOCIATIONS]) },
  { id: 'cosmin-financement', model: 'cosmin', dimension: 'funding', weight: 1, wording: 'Quelques appels à projets du ministère (DCTCIV), ni AFD ni agence de l’eau', test: fundingMatch((has) => (has(AFD_FUNDING) || has(WATER_AGENCY_FUNDING) ? 0 : has(MINISTRY_FUNDING) ? 1 : 0.5)) },
  { id: 'cosmin-budget', model: 'cosmin', dimension: 'funding', weight: 2, wording: 'Budget annuel inférieur à 10 000 €', test: budgetSteps([[0, 1], [10_000, 0.25], [50_000, 0]]) },

  // CIMOB: world citizenship and mobility.
  { id: 'cimob-type', model: 'cimob', dimension: 'size', weight: 1, wording: 'Une commune ou une intercommunalité', test: kindIn('commune', 'epci') },
  { id: 'cimob-taille', model: 'cimob', dimension: 'size', weight: 2, wording: 'Une ville moyenne ou une intercommunalité (10 000 à 100 000 habitants)', test: populationSteps([[2_000, 0.5], [10_000, 1], [100_000, 0]]) },
  { id: 'cimob-motivation', model: 'cimob', dimension: 'motivations', weight: 3, wording: 'Motivée par l’ouverture des habitants au monde et la mobilité', test: motivationMentions('ouverture', 'monde', 'mobilit', 'jeune', 'citoyennete') },
  { id: 'cimob-action', model: 'cimob', dimension: 'acting', weight: 3, wording: 'Soutien à la mobilité des jeunes, pas forcément en coopération décentralisée', test: natureShare('mobilite') },
  { id: 'cimob-themes', model: 'cimob', dimension: 'themes', weight: 2, wording: 'Jeunesse, éducation, mobilité, éducation à la citoyenneté (ECSI)', test: themeShare('jeunesse-sport-mobilite', 'ecsi') },
  { id: 'cimob-zones', model: 'cimob', dimension: 'zones', weight: 1, wording: 'Partenaires proches (Europe) ou de liens historiques', test: zoneShare((continent) => continent === 'europe') },
  { id: 'cimob-organisation', model: 'cimob', dimension: 'organisation', weight: 1, wording: 'Sans service des relations internationales, avec un élu référent', test: flag('riService', false) },
  { id: 'cimob-jeunesse', model: 'cimob', dimension: 'organisation', weight: 3, wording: 'Le service jeunesse ou associatif agit (lycées, clubs, associations de jeunesse)', test: actorShare(YOUTH_SERVICES) },
  { id: 'cimob-partenaires', model: 'cimob', dimension: 'partnerships', weight: 1, wording: 'Stratégie locale, peu de partenariats institutionnels', test: actorShare(INSTITUTIONS, false) },
  { id: 'cimob-financement', model: 'cimob', dimension: 'funding', weight: 1, wording: 'Pas de financement de l’AFD', test: fundingMatch((has) => (has(AFD_FUNDING) ? 0 : 1)) },

  // CLIMAPART: climate and shared challenges.
  { id: 'climapart-type', model: 'climapart', dimension: 'size', weight: 1, wording: 'Une commune ou une intercommunalité', test: kindIn('commune', 'epci') },
  { id: 'climapart-taille', model: 'climapart', dimension: 'size', weight: 2, wording: 'Plus de 50 000 habitants', test: populationSteps([[50_000, 1]]) },
  { id: 'climapart-motivation', model: 'climapart', dimension: 'motivations', weight: 2, wording: 'Motivée par les défis locaux et globaux, les ODD, le partage de savoir-faire', test: motivationMentions('defi', 'odd', 'climat', 'durable', 'transition', 'savoir faire') },
  { id: 'climapart-action', model: 'climapart', dimension: 'acting', weight: 2, wording: 'Coopérations décentralisées formelles, coopération technique', test: natureShare('cooperation-decentralisee') },
  { id: 'climapart-themes', model: 'climapart', dimension: 'themes', weight: 3, wording: 'Eau, assainissement, énergie, déchets, environnement', test: themeShare('eau-assainissement', 'energie-climat', 'environnement-dechets') },
  { id: 'climapart-zones', model: 'climapart', dimension: 'zones', weight: 1, wording: 'Surtout l’Afrique, aussi les Amériques et l’Asie', test: zoneShare((continent) => continent === 'afrique' || continent === 'asie' || continent === 'amerique-latine-caraibes') },
  { id: 'climapart-organisation', model: 'climapart', dimension: 'organisation', weight: 2, wording: 'Un service des relations internationales qui travaille avec les autres services', test: flag('riService', true) },
  { id: 'climapart-partenaires', model: 'climapart', dimension: 'partnerships', weight: 2, wording: 'Liens entre collectivités, réseaux, partenariats multi-acteurs', test: actorShare(NETWORKS_AND_LOCAL_AUTHORITIES) },
  { id: 'climapart-financement', model: 'climapart', dimension: 'funding', weight: 2, wording: 'Financement du ministère (DCTCIV) et cofinancements extérieurs (agence de l’eau, 1 % solidaire, AFD, UE)', test: fundingMatch((has) => (has(MINISTRY_FUNDING) ? 0.5 : 0) + (has(CO_FUNDING) ? 0.5 : 0)) },
  { id: 'climapart-budget', model: 'climapart', dimension: 'funding', weight: 2, wording: 'Budget annuel de plus de 50 000 € en moyenne', test: budgetSteps([[20_000, 0.25], [50_000, 1], [500_000, 0.5]]) },

  // ASTRE: attractiveness, territorial strategy, economic influence.
  { id: 'astre-type', model: 'astre', dimension: 'size', weight: 1, wording: 'Une ville, une intercommunalité ou une région', test: kindIn('commune', 'epci', 'region') },
  { id: 'astre-taille', model: 'astre', dimension: 'size', weight: 2, wording: 'Plus de 100 000 habitants', test: populationSteps([[100_000, 1]]) },
  { id: 'astre-motivation', model: 'astre', dimension: 'motivations', weight: 3, wording: 'Motivée par l’internationalisation du territoire et de ses entreprises', test: motivationMentions('attractivit', 'internationalisation', 'entreprise', 'econom', 'rayonnement', 'influence') },
  { id: 'astre-action', model: 'astre', dimension: 'acting', weight: 2, wording: 'Appui aux acteurs du territoire, conseil aux entreprises', test: actorShare(BUSINESSES) },
  { id: 'astre-themes', model: 'astre', dimension: 'themes', weight: 2, wording: 'Développement territorial, économie, emploi', test: themeShare('developpement-urbain', 'economie-tourisme', 'gouvernance-locale') },
  { id: 'astre-zones', model: 'astre', dimension: 'zones', weight: 1, wording: 'Plusieurs continents, selon les opportunités économiques', test: severalContinents },
  { id: 'astre-organisation', model: 'astre', dimension: 'organisation', weight: 3, wording: 'Des services des relations internationales et Europe distincts', test: flag('europeService', true) },
  { id: 'astre-partenaires', model: 'astre', dimension: 'partnerships', weight: 2, wording: 'Partenariats institutionnels (universités, hôpitaux, chambres consulaires)', test: actorShare(INSTITUTIONS) },
  { id: 'astre-budget', model: 'astre', dimension: 'funding', weight: 3, wording: 'Budget annuel de plus de 500 000 €', test: budgetSteps([[250_000, 0.5], [500_000, 1]]) },
];
