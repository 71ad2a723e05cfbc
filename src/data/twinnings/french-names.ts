/** Former régions and short forms the lists use, with the région's INSEE name. */
export const FRENCH_REGION_NAMES: Readonly<Record<string, string>> = {
  'nord pas de calais': 'Hauts-de-France',
  reunion: 'La Réunion',
};

/**
 * French places of the lists that are no commune of the INSEE gazetteer, and why: a homonym
 * commune must not stand in for them.
 */
export const NOT_COMMUNES: Readonly<Record<string, string>> = {
  'saint barthelemy': 'Saint-Barthélemy (l’île, collectivité d’outre-mer)',
};
