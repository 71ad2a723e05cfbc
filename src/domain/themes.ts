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

export const THEME_LABELS_FR: Record<ThemeId, string> = {
  'eau-assainissement': 'Eau et assainissement',
  'energie-climat': 'Énergie et climat',
  'environnement-dechets': 'Environnement, biodiversité et déchets',
  'agriculture-alimentation': 'Agriculture et sécurité alimentaire',
  sante: 'Santé',
  'education-formation': 'Éducation et formation',
  'jeunesse-sport-mobilite': 'Jeunesse, sport et mobilité',
  'culture-patrimoine': 'Culture, patrimoine et francophonie',
  'economie-tourisme': 'Développement économique, emploi et tourisme',
  'gouvernance-locale': 'Gouvernance locale et appui institutionnel',
  'developpement-urbain': 'Développement urbain et territorial',
  'egalite-femmes-hommes': 'Égalité femmes-hommes',
  'urgence-humanitaire': 'Urgence et aide humanitaire',
  ecsi: 'Éducation à la citoyenneté et à la solidarité internationale',
  numerique: 'Numérique',
  'migrations-diasporas': 'Migrations et diasporas',
};

export const THEME_LABELS_EN: Record<ThemeId, string> = {
  'eau-assainissement': 'Water and sanitation',
  'energie-climat': 'Energy and climate',
  'environnement-dechets': 'Environment, biodiversity and waste',
  'agriculture-alimentation': 'Agriculture and food security',
  sante: 'Health',
  'education-formation': 'Education and training',
  'jeunesse-sport-mobilite': 'Youth, sport and mobility',
  'culture-patrimoine': 'Culture, heritage and French language',
  'economie-tourisme': 'Economic development, jobs and tourism',
  'gouvernance-locale': 'Local governance and institutional support',
  'developpement-urbain': 'Urban and territorial development',
  'egalite-femmes-hommes': 'Gender equality',
  'urgence-humanitaire': 'Emergency and humanitarian aid',
  ecsi: 'Global citizenship and solidarity education',
  numerique: 'Digital',
  'migrations-diasporas': 'Migration and diasporas',
};

export function isThemeId(value: string): value is ThemeId {
  return (THEME_IDS as readonly string[]).includes(value);
}
