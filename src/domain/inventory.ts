/**
 * The inventory format: one row per cooperation (one French collectivity, one partner place).
 * Column names are the canonical ones written by the CSV export and the templates;
 * headers of imported files are matched to them through foldName and the aliases below.
 */
export const INVENTORY_COLUMNS = [
  'collectivite_code',
  'collectivite_nom',
  'collectivite_type',
  'departement',
  'pays_partenaire',
  'territoire_partenaire',
  'niveau_partenaire',
  'latitude_partenaire',
  'longitude_partenaire',
  'thematiques',
  'nature',
  'annee_debut',
  'annee_fin',
  'budget_annuel',
  'financements',
  'acteurs',
  'interet_local',
  'description',
  'service_ri',
  'service_europe',
  'budget_aect',
  'motivation',
  'typologie',
] as const;

export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number];

export function isInventoryColumn(value: string): value is InventoryColumn {
  return (INVENTORY_COLUMNS as readonly string[]).includes(value);
}

/** Other headers found in real inventories, as written (they are folded before matching). */
export const INVENTORY_COLUMN_ALIASES: Record<InventoryColumn, readonly string[]> = {
  collectivite_code: ['Code INSEE', 'INSEE', 'Code', 'Code collectivité', 'SIREN', 'Code SIREN', 'Code commune'],
  collectivite_nom: ['Collectivité', 'Commune', 'Nom', 'Nom collectivité', 'Nom de la collectivité', 'Collectivité territoriale'],
  collectivite_type: ['Type', 'Type collectivité', 'Type de collectivité', 'Catégorie'],
  departement: ['Dép', 'Dept', 'Code département', 'N° département'],
  pays_partenaire: ['Pays', 'Country', 'Partner country', 'Code pays', 'ISO pays'],
  territoire_partenaire: [
    'Ville partenaire',
    'Collectivité partenaire',
    'Partenaire',
    'Localité partenaire',
    'Partner city',
    'Partner',
    'Territoire',
  ],
  niveau_partenaire: ['Niveau', 'Échelon partenaire', 'Type partenaire'],
  latitude_partenaire: ['Latitude', 'Lat'],
  longitude_partenaire: ['Longitude', 'Lon', 'Lng', 'Long'],
  thematiques: ['Thèmes', 'Thème', 'Thématique', 'Domaines', 'Domaine', 'Secteurs', 'Secteur', 'Domaines de coopération'],
  nature: ['Nature de la coopération', 'Type de coopération', 'Type de partenariat', 'Nature du partenariat'],
  annee_debut: ['Début', 'Année', 'Date début', 'Date de début', 'Depuis', 'Année de début', 'Année de signature', 'Start year'],
  annee_fin: ['Fin', 'Date fin', 'Date de fin', 'Année de fin', 'End year'],
  budget_annuel: ['Budget', 'Montant', 'Montant annuel', 'Budget euros'],
  financements: ['Financement', 'Financeurs', 'Cofinancements', 'Sources de financement'],
  acteurs: ['Acteurs impliqués', 'Acteurs du territoire', 'Partenaires locaux', 'Opérateurs'],
  interet_local: ['Intérêt pour le territoire', 'Retombées locales'],
  description: ['Objet', 'Résumé', 'Descriptif'],
  service_ri: ['Service relations internationales', 'Service international'],
  service_europe: ['Service européen'],
  budget_aect: ['Budget action extérieure', 'Budget international'],
  motivation: ['Motivations', 'Motivation principale'],
  typologie: ['Typology', 'Modèle', 'Modèle ACTER'],
};
