/**
 * Names of the source that are not the INSEE name of a commune, keyed by placeKey: English
 * exonyms, and former communes now part of a commune nouvelle whose name does not extend theirs
 * (an extended name, "Lamballe" → "Lamballe-Armor", is found without this list).
 */
export const FRENCH_COMMUNE_NAMES: Readonly<Record<string, string>> = {
  dunkirk: 'Dunkerque',
  lyons: 'Lyon',
  marseilles: 'Marseille',
  rheims: 'Reims',
  'la guyonniere': 'Montaigu-Vendée',
  'les marches': 'Porte-de-Savoie',
  'saint sauveur lendelin': 'Saint-Sauveur-Villages',
};

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
