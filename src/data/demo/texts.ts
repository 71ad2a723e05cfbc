/**
 * Short French texts of the demo data: what a cooperation brings home ("intérêt local") and what it
 * does (description). Templated from the cooperation's themes, actors and nature; no quotes, no people.
 */
import type { Nature } from '../../domain/cooperation';
import type { ThemeId } from '../../domain/themes';
import type { CountryArticle } from './calibration';
import type { DemoCollectivity } from './collectivities';
import type { PartnerPlace } from './partners';
import type { Random } from './random';
import { mainTheme, themeOfNature } from './traits';

export interface TextContext {
  collectivity: DemoCollectivity;
  place: PartnerPlace;
  nature: Nature;
  themes: readonly ThemeId[];
  actors: readonly string[];
}

/** A place as French phrases: "à Dakar" / "de Dakar" / "avec Dakar", "au Maroc" / "du Maroc" / "avec le Maroc". */
export interface PlaceWords {
  at: string;
  of: string;
  with: string;
}

const STARTS_WITH_VOWEL = /^[aeiouyàâäéèêëîïôöùûüœ]/i;

function de(name: string): string {
  return STARTS_WITH_VOWEL.test(name) ? `d'${name}` : `de ${name}`;
}

/** A place name's phrases; `article` is that of a country's name (null for a city or region). */
export function placeWords(name: string, article: CountryArticle | null = null): PlaceWords {
  if (article === 'le') return { at: `au ${name}`, of: `du ${name}`, with: `avec le ${name}` };
  if (article === 'les') return { at: `aux ${name}`, of: `des ${name}`, with: `avec les ${name}` };
  if (article === 'la' || article === "l'") {
    return { at: `en ${name}`, of: de(name), with: `avec ${article === 'la' ? 'la ' : "l'"}${name}` };
  }
  const masculine = /^Le (.*)$/.exec(name);
  if (masculine) return { at: `au ${masculine[1]}`, of: `du ${masculine[1]}`, with: `avec ${name}` };
  const plural = /^Les (.*)$/.exec(name);
  if (plural) return { at: `aux ${plural[1]}`, of: `des ${plural[1]}`, with: `avec ${name}` };
  return { at: `à ${name}`, of: de(name), with: `avec ${name}` };
}

function collectivityWords(collectivity: DemoCollectivity): PlaceWords {
  switch (collectivity.kind) {
    case 'commune':
      return placeWords(collectivity.name);
    case 'epci':
      return { at: "dans l'intercommunalité", of: "de l'intercommunalité", with: "avec l'intercommunalité" };
    case 'departement':
      return { at: 'dans le département', of: 'du département', with: 'avec le département' };
    case 'region':
      return { at: 'dans la région', of: 'de la région', with: 'avec la région' };
  }
}

/** GeoNames names admin-1 units in English ("Diourbel Region"); texts say "la région de Diourbel". */
const ADMIN1_SUFFIX = / (Region|Province|Governorate|Prefecture|District|Department|State|Oblast)$/;

function partnerWords(place: PartnerPlace): PlaceWords {
  if (place.precision === 'pays') return placeWords(place.name, place.country.article);
  if (place.precision === 'commune') return placeWords(place.name);
  const region = `la région ${de(place.name.replace(ADMIN1_SUFFIX, ''))}`;
  return { at: `dans ${region}`, of: `de ${region}`, with: `avec ${region}` };
}

type Phrase = (ct: PlaceWords, partner: PlaceWords) => string;
interface LocalInterestTemplate {
  when: { theme: ThemeId } | { actor: string } | { nature: Nature };
  text: Phrase;
}

const LOCAL_INTEREST_TEMPLATES: LocalInterestTemplate[] = [
  { when: { theme: 'eau-assainissement' }, text: (ct, p) => `Le savoir-faire du service de l'eau ${ct.of} est valorisé ${p.at}.` },
  { when: { theme: 'eau-assainissement' }, text: (_, p) => `Les agents de l'assainissement échangent leurs méthodes avec ceux ${p.of}.` },
  { when: { theme: 'energie-climat' }, text: (_, p) => `Les retours d'expérience ${p.of} sur le solaire nourrissent le plan climat local.` },
  { when: { theme: 'energie-climat' }, text: (_, p) => `Les habitants découvrent les effets du changement climatique ${p.at}.` },
  { when: { theme: 'environnement-dechets' }, text: (_, p) => `Les agents de la collecte des déchets échangent leurs pratiques avec ceux ${p.of}.` },
  { when: { theme: 'environnement-dechets' }, text: (_, p) => `Des classes suivent le reboisement mené ${p.at}.` },
  { when: { theme: 'agriculture-alimentation' }, text: (_, p) => `Les agriculteurs du territoire échangent avec ceux ${p.of} sur les semences.` },
  { when: { theme: 'agriculture-alimentation' }, text: (_, p) => `Le lycée agricole accueille des stagiaires ${p.of}.` },
  { when: { theme: 'sante' }, text: (_, p) => `Des soignants du territoire partagent leurs pratiques avec le centre de santé ${p.of}.` },
  { when: { theme: 'sante' }, text: (_, p) => `Du matériel médical réformé trouve une seconde vie ${p.at}.` },
  { when: { theme: 'education-formation' }, text: (ct, p) => `Les écoles ${ct.of} correspondent avec des classes ${p.of}.` },
  { when: { theme: 'education-formation' }, text: (ct, p) => `Des enseignants ${ct.of} et ${p.of} montent des projets communs.` },
  { when: { theme: 'jeunesse-sport-mobilite' }, text: (_, p) => `Des jeunes du territoire partent en chantier solidaire ${p.at}.` },
  { when: { theme: 'jeunesse-sport-mobilite' }, text: (ct, p) => `Les clubs sportifs ${ct.of} reçoivent une équipe ${p.of}.` },
  { when: { theme: 'culture-patrimoine' }, text: (ct, p) => `Des artistes ${p.of} enrichissent la saison culturelle ${ct.of}.` },
  { when: { theme: 'culture-patrimoine' }, text: (ct, p) => `La médiathèque ${ct.of} consacre une quinzaine à la culture ${p.of}.` },
  { when: { theme: 'economie-tourisme' }, text: (_, p) => `Les entreprises du territoire trouvent ${p.at} de nouveaux partenaires.` },
  { when: { theme: 'economie-tourisme' }, text: (_, p) => `Les missions économiques ${p.at} ouvrent des débouchés aux PME locales.` },
  { when: { theme: 'gouvernance-locale' }, text: (ct, p) => `Les agents ${ct.of} partagent leur expérience de l'état civil avec leurs homologues ${p.of}.` },
  { when: { theme: 'gouvernance-locale' }, text: (ct, p) => `Les élus ${ct.of} et ${p.of} se forment ensemble à la gestion locale.` },
  { when: { theme: 'developpement-urbain' }, text: (ct, p) => `Les urbanistes ${ct.of} comparent leurs méthodes avec ceux ${p.of}.` },
  { when: { theme: 'egalite-femmes-hommes' }, text: (ct, p) => `Les associations de femmes ${ct.of} et ${p.of} agissent ensemble.` },
  { when: { theme: 'urgence-humanitaire' }, text: (_, p) => `Les collectes des habitants montrent leur solidarité avec les populations ${p.of}.` },
  { when: { theme: 'urgence-humanitaire' }, text: (_, p) => `La mobilisation des habitants a permis l'envoi rapide de matériel ${p.at}.` },
  { when: { theme: 'ecsi' }, text: (_, p) => `Les écoliers découvrent la vie quotidienne ${p.of} lors de la semaine de la solidarité.` },
  { when: { theme: 'numerique' }, text: (ct, p) => `Les médiateurs numériques ${ct.of} accompagnent un espace numérique ${p.at}.` },
  { when: { theme: 'migrations-diasporas' }, text: (_, p) => `Les habitants originaires ${p.of} font vivre le lien entre les deux territoires.` },
  { when: { actor: 'lycées' }, text: (ct, p) => `Les lycéens ${ct.of} accueillent chaque année une délégation ${p.of}.` },
  { when: { actor: 'collèges' }, text: (ct, p) => `Les collégiens ${ct.of} échangent avec des élèves ${p.of}.` },
  { when: { actor: 'comité de jumelage' }, text: (ct, p) => `Le comité de jumelage fait vivre les échanges entre familles ${ct.of} et ${p.of}.` },
  { when: { actor: 'diasporas' }, text: (_, p) => `La diaspora originaire ${p.of} porte le projet avec la collectivité.` },
  { when: { actor: 'entreprises' }, text: (_, p) => `Des entreprises locales nouent des contacts ${p.at}.` },
  { when: { actor: 'hôpitaux' }, text: (_, p) => `L'hôpital du territoire accueille en stage des soignants ${p.of}.` },
  { when: { actor: 'universités' }, text: (_, p) => `Des étudiants du territoire font leur stage ${p.at}.` },
  { when: { actor: 'service jeunesse' }, text: (_, p) => `Le service jeunesse accompagne des jeunes dans un projet ${p.at}.` },
  { when: { actor: 'associations de solidarité' }, text: (_, p) => `Les associations de solidarité du territoire inscrivent leur action ${p.at} dans la durée.` },
  { when: { actor: 'bénévoles' }, text: (ct, p) => `Des bénévoles ${ct.of} s'engagent aux côtés de leurs partenaires ${p.of}.` },
  { when: { actor: 'réseau régional multi-acteurs' }, text: (_, p) => `Le réseau régional relie ce projet à ceux d'autres collectivités présentes ${p.at}.` },
  { when: { actor: 'autres collectivités françaises' }, text: (_, p) => `Mené avec d'autres collectivités françaises présentes ${p.at}, le projet coûte moins cher.` },
  { when: { actor: 'chambres consulaires' }, text: (_, p) => `La chambre de commerce accompagne les entreprises qui prospectent ${p.at}.` },
  { when: { actor: 'associations culturelles' }, text: (ct, p) => `Les associations culturelles ${ct.of} programment des artistes ${p.of}.` },
  { when: { actor: 'conservatoire' }, text: (ct, p) => `Le conservatoire ${ct.of} crée des spectacles avec des musiciens ${p.of}.` },
  { when: { nature: 'mobilite' }, text: (ct, p) => `Des jeunes ${ct.of} font ${p.at} leur première expérience à l'étranger.` },
  { when: { nature: 'projet-europeen' }, text: (ct, p) => `Les agents ${ct.of} comparent leurs pratiques avec leurs homologues ${p.of}.` },
  { when: { nature: 'jumelage' }, text: (ct, p) => `Le jumelage rapproche depuis des années les habitants ${ct.of} et ${p.of}.` },
];

/** A nature with its own theme (emergency aid, mobility) speaks of it only; others of any theme or actor. */
function applies(template: LocalInterestTemplate, context: TextContext): boolean {
  const { when } = template;
  if ('nature' in when) return context.nature === when.nature;
  const own = themeOfNature(context.nature);
  if ('theme' in when) return own === undefined ? context.themes.includes(when.theme) : when.theme === own;
  return own === undefined && context.actors.includes(when.actor);
}

export function localInterestText(random: Random, context: TextContext): string {
  const candidates = LOCAL_INTEREST_TEMPLATES.filter((template) => applies(template, context));
  // Every cooperation has a theme, and each theme has a template.
  const template = random.pick(candidates);
  return template.text(collectivityWords(context.collectivity), partnerWords(context.place));
}

const NATURE_LEADS: Record<Nature, string> = {
  jumelage: 'Jumelage',
  'cooperation-decentralisee': 'Coopération décentralisée',
  'aide-urgence': "Aide d'urgence",
  mobilite: 'Mobilité internationale',
  'projet-europeen': 'Projet européen',
  autre: 'Partenariat',
};


const ACTIVITIES: Record<ThemeId, string> = {
  'eau-assainissement': "accès à l'eau potable et assainissement",
  'energie-climat': "électrification solaire d'équipements publics",
  'environnement-dechets': 'gestion des déchets et reboisement',
  'agriculture-alimentation': 'appui aux maraîchers et aux coopératives',
  sante: "équipement d'un centre de santé",
  'education-formation': 'soutien aux écoles et aux bibliothèques',
  'jeunesse-sport-mobilite': 'échanges de jeunes et rencontres sportives',
  'culture-patrimoine': 'échanges culturels et valorisation du patrimoine',
  'economie-tourisme': "appui à l'économie locale et au tourisme",
  'gouvernance-locale': "appui à l'état civil et aux finances locales",
  'developpement-urbain': 'planification urbaine',
  'egalite-femmes-hommes': 'soutien aux groupements de femmes',
  'urgence-humanitaire': "envoi d'aide aux populations sinistrées",
  ecsi: 'sensibilisation des habitants à la solidarité internationale',
  numerique: "numérisation de l'état civil",
  'migrations-diasporas': 'projets portés avec les diasporas',
};

export function descriptionText(context: TextContext): string {
  // The main theme only: short texts that repeat keep the file small.
  return `${NATURE_LEADS[context.nature]} : ${ACTIVITIES[mainTheme(context.nature, context.themes)]}.`;
}
