import type { Translated } from './languages';
import type { ThemeId } from './themes';

/** The 17 sustainable development goals (ODD) of the UN 2030 Agenda, numbered as the UN numbers them. */
export const SDG_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type SdgNumber = (typeof SDG_NUMBERS)[number];

/** Official short names: French as the French government and the UN publish them, English from the UN. */
export const SDG_NAMES: Record<SdgNumber, Translated> = {
  1: { fr: 'Pas de pauvreté', en: 'No poverty' },
  2: { fr: 'Faim « zéro »', en: 'Zero hunger' },
  3: { fr: 'Bonne santé et bien-être', en: 'Good health and well-being' },
  4: { fr: 'Éducation de qualité', en: 'Quality education' },
  5: { fr: 'Égalité entre les sexes', en: 'Gender equality' },
  6: { fr: 'Eau propre et assainissement', en: 'Clean water and sanitation' },
  7: { fr: 'Énergie propre et d’un coût abordable', en: 'Affordable and clean energy' },
  8: { fr: 'Travail décent et croissance économique', en: 'Decent work and economic growth' },
  9: { fr: 'Industrie, innovation et infrastructure', en: 'Industry, innovation and infrastructure' },
  10: { fr: 'Inégalités réduites', en: 'Reduced inequalities' },
  11: { fr: 'Villes et communautés durables', en: 'Sustainable cities and communities' },
  12: { fr: 'Consommation et production responsables', en: 'Responsible consumption and production' },
  13: { fr: 'Mesures relatives à la lutte contre les changements climatiques', en: 'Climate action' },
  14: { fr: 'Vie aquatique', en: 'Life below water' },
  15: { fr: 'Vie terrestre', en: 'Life on land' },
  16: { fr: 'Paix, justice et institutions efficaces', en: 'Peace, justice and strong institutions' },
  17: { fr: 'Partenariats pour la réalisation des objectifs', en: 'Partnerships for the goals' },
};

/**
 * The goals each cooperation theme serves, read from the goals' targets (in brackets):
 * only goals whose targets name the theme's work, so a theme is not credited with every goal.
 */
export const THEME_SDGS: Record<ThemeId, readonly SdgNumber[]> = {
  'eau-assainissement': [6], // 6.1 drinking water, 6.2 sanitation, 6.b local communities' part in water management
  'energie-climat': [7, 13], // 7.1 access to energy, 7.2 renewables; 13.1 resilience, 13.3 awareness of climate change
  'environnement-dechets': [12, 15], // 12.5 less waste; 15.1-15.2 ecosystems and reforestation, 15.5 biodiversity
  'agriculture-alimentation': [2], // 2.1 end hunger, 2.3 small food producers, 2.4 sustainable agriculture
  sante: [3], // 3.8 access to health care, 3.c health workforce
  'education-formation': [4], // 4.1 schooling, 4.3 vocational training, 4.c teachers
  'jeunesse-sport-mobilite': [4, 8], // 4.4 skills of young people; 8.6 youth in employment, education or training
  'culture-patrimoine': [4, 11], // 4.7 appreciation of cultural diversity; 11.4 cultural heritage
  'economie-tourisme': [8], // 8.3 jobs and small businesses, 8.9 sustainable tourism
  'gouvernance-locale': [16, 17], // 16.6 effective institutions, 16.9 legal identity (civil registration); 17.9 capacity-building
  'developpement-urbain': [11], // 11.3 participatory urban planning
  'egalite-femmes-hommes': [5], // 5.5 women's participation, 5.a economic rights
  'urgence-humanitaire': [1, 11], // 1.5 resilience of the poor to disasters; 11.5 fewer people affected by disasters
  ecsi: [4], // 4.7 education for global citizenship
  numerique: [9], // 9.c access to information and communication technology
  'migrations-diasporas': [10], // 10.7 safe migration, 10.c remittance costs
};

/** The goals served by any of the given themes, in the UN's order. */
export function sdgsOfThemes(themes: Iterable<ThemeId>): SdgNumber[] {
  const goals = new Set<SdgNumber>();
  for (const theme of themes) for (const goal of THEME_SDGS[theme]) goals.add(goal);
  return SDG_NUMBERS.filter((goal) => goals.has(goal));
}
