import type { Translated } from './languages';

/** Canonical cooperation themes (stable kebab-case ids), see shared/domain.md. */
export const THEME_IDS = [
  'eau-assainissement',
  'energie-climat',
  'environnement-dechets',
  'agriculture-alimentation',
  'sante',
  'education-formation',
  'jeunesse-sport-mobilite',
  'culture-patrimoine',
  'economie-tourisme',
  'gouvernance-locale',
  'developpement-urbain',
  'egalite-femmes-hommes',
  'urgence-humanitaire',
  'ecsi',
  'numerique',
  'migrations-diasporas',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

/** Each theme's name, as the interface shows it and as the importer recognises it in French. */
export const THEME_NAMES: Record<ThemeId, Translated> = {
  'eau-assainissement': { fr: 'Eau et assainissement', en: 'Water and sanitation' },
  'energie-climat': { fr: 'Énergie et climat', en: 'Energy and climate' },
  'environnement-dechets': { fr: 'Environnement, biodiversité et déchets', en: 'Environment, biodiversity and waste' },
  'agriculture-alimentation': { fr: 'Agriculture et sécurité alimentaire', en: 'Agriculture and food security' },
  sante: { fr: 'Santé', en: 'Health' },
  'education-formation': { fr: 'Éducation et formation', en: 'Education and training' },
  'jeunesse-sport-mobilite': { fr: 'Jeunesse, sport et mobilité', en: 'Youth, sport and mobility' },
  'culture-patrimoine': { fr: 'Culture, patrimoine et francophonie', en: 'Culture, heritage and French language' },
  'economie-tourisme': { fr: 'Développement économique, emploi et tourisme', en: 'Economic development, jobs and tourism' },
  'gouvernance-locale': { fr: 'Gouvernance locale et appui institutionnel', en: 'Local governance and institutional support' },
  'developpement-urbain': { fr: 'Développement urbain et territorial', en: 'Urban and territorial development' },
  'egalite-femmes-hommes': { fr: 'Égalité femmes-hommes', en: 'Gender equality' },
  'urgence-humanitaire': { fr: 'Urgence et aide humanitaire', en: 'Emergency and humanitarian aid' },
  ecsi: { fr: 'Éducation à la citoyenneté et à la solidarité internationale', en: 'Global citizenship and solidarity education' },
  numerique: { fr: 'Numérique', en: 'Digital' },
  'migrations-diasporas': { fr: 'Migrations et diasporas', en: 'Migration and diasporas' },
};

export function isThemeId(value: string): value is ThemeId {
  return (THEME_IDS as readonly string[]).includes(value);
}
