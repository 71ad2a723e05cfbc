import type { CheckedCommune } from '../checked-points';

/** French names several communes share: the commune each pair's partner is twinned with, where the most populous of the name is not it. */
export const CHECKED_FRENCH_COMMUNES: readonly CheckedCommune[] = [
  // Found by the second hand-checked draw: Salzkotten's twin is Belleville-en-Beaujolais (Rhône),
  // not Belleville (Meurthe-et-Moselle).
  { french: 'Belleville', partner: 'Salzkotten', iso2: 'DE', insee: '69019', source: 'https://dfg-paderborn.de/partnerschaften22.html' },
  // Found by the second hand-checked draw: Wettenberg's twin is Grigny of the Rhône, not of the Essonne.
  { french: 'Grigny', partner: 'Wettenberg', iso2: 'DE', insee: '69096', source: 'https://www.giessener-anzeiger.de/lokales/wettenberg-ort1521666/wettenberger-deutschfranzosen-besuchen-grigny-91726729.html' },
  // Hemyock's twinning unites it with Anetz, Pouillé, La Roche-Blanche and Saint-Herblon, villages of
  // the Loire valley between Nantes and Angers (Loire-Atlantique), not La Roche-Blanche (Puy-de-Dôme).
  { french: 'La Roche-Blanche', partner: 'Hemyock', iso2: 'GB', insee: '44222', source: 'https://hemyock.org/article.php?story=20080602103201432' },
  // Montignac (Dordogne), renamed Montignac-Lascaux, not Montignac (Hautes-Pyrénées or Gironde).
  { french: 'Montignac', partner: 'Mairena del Aljarafe', iso2: 'ES', insee: '24291', source: 'https://www.jumelages-partenariats.com/de/actualites.php?n=17021' },
  // Montreuil-sur-Mer (Pas-de-Calais), not Montreuil (Seine-Saint-Denis).
  { french: 'Montreuil', partner: 'Rheinberg', iso2: 'DE', insee: '62588', source: 'https://rheinberg.de/de/inhalt/partnerstadt-montreuil-sur-mer' },
  // Malle's twinning association (verbroedering) tells of a cycling trip whose first stage runs from
  // Saint-Savin to Châteauroux: a day's ride (75 km) only from Saint-Savin of the Vienne, none of the
  // other three (Isère, Gironde, Hautes-Pyrénées).
  {
    french: 'Saint-Savin',
    partner: 'Malle',
    iso2: 'BE',
    insee: '86246',
    source: 'https://verbroedering-malle.be/goldenbridge/malle37b1.html?%24Path=%2F&%24Version=1&page=2',
  },
  // Filton's twinning association names "St Vallier-sur-Rhône", Saint-Vallier of the Drôme, not of Saône-et-Loire.
  { french: 'Saint-Vallier', partner: 'Filton', iso2: 'GB', insee: '26333', source: 'http://www.filtontwinning.uk/' },
];
