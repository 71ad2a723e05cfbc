import type { CheckedPoint } from '../checked-points';

/** Partner homonyms in Romania, Italy, Ireland, Portugal, Spain, Belgium, the United Kingdom and the rest of Europe: the place each pair's French collectivity is twinned with, where the most populous of the name is not it. */
export const CHECKED_HOMONYMS_SOUTH_WEST_EUROPE: readonly CheckedPoint[] = [
  // The twinning with Guerlédan is on Sarria's own site; the point (42°46′40″N 7°24′52″W) on https://wikipedia.org/wiki/gl:Sarria.
  {
    iso2: 'ES',
    name: 'Sarria',
    french: 'Guerlédan',
    place: 'Sarria, Lugo (Galicia)',
    lon: -7.41,
    lat: 42.78,
    source: 'https://www.sarria.es/index.php?option=com_content&view=article&id=323%3Aencontro-guerledan&catid=1%3Aultimas-noticias&lang=gl',
  },
  // Found by the second hand-checked draw: cities500 lacks Santa Fe (Granada, 15,000 inhabitants)
  // and gives the name only as another name of Santa Fe de Mondújar (Almería).
  {
    iso2: 'ES',
    name: 'Santa Fe',
    place: 'Santa Fe, Granada',
    lon: -3.72,
    lat: 37.19,
    source: 'https://soft.lk/key/Santa_Fe,_Spain',
  },
  // Ligné is twinned with Presteigne, whose community takes in Norton; the point is Norton church, OS grid
  // SO 30457 67255 "in the community of Presteigne" on http://www.cpat.demon.co.uk/projects/longer/churches/radnor/16928.htm.
  {
    iso2: 'GB',
    name: 'Norton',
    french: 'Ligné',
    place: 'Norton, Powys (community of Presteigne and Norton)',
    lon: -3.02,
    lat: 52.3,
    source: 'https://www.ligne-presteigne.fr/',
  },
  // Found by the second hand-checked draw: two Kingtons of about 2,600 inhabitants; Marines's is
  // the Herefordshire town.
  {
    iso2: 'GB',
    name: 'Kington',
    french: 'Marines',
    place: 'Kington, Herefordshire',
    lon: -3.03,
    lat: 52.2,
    source: 'https://www.shropshirestar.com/news/local-hubs/mid-wales/2026/01/30/busy-period-for-kington-mayor/',
  },
  // The page says "Dunmore is twinned with the village of Querrien" and gives 53°37′00″N 8°44′00″W.
  {
    iso2: 'IE',
    name: 'Dunmore',
    french: 'Querrien',
    place: 'Dunmore, County Galway',
    lon: -8.73,
    lat: 53.62,
    source: 'http://piglix.com/piglix/Dunmore,_County_Galway',
  },
  // The twinning with Villeneuve-le-Roi on https://ilgiornalenuovo.it/2015/05/arpino-suggellato-il-gemellaggio-con-villeneuve-le-roi;
  // the point (41°38′52″N 13°36′35″E, Frosinone, Lazio) on the page below.
  {
    iso2: 'IT',
    name: 'Arpino',
    french: 'Villeneuve-le-Roi',
    place: 'Arpino, Frosinone (Lazio)',
    lon: 13.61,
    lat: 41.65,
    source: 'http://piglix.com/piglix/Arpinum',
  },
  // The twinning treaty with Soissons (21 May 1995) on the town's own site; the point (45°16′30″N 25°3′0″E, Argeș)
  // on https://de.zxc.wiki/wiki/Campulung.
  {
    iso2: 'RO',
    name: 'Câmpulung',
    french: 'Soissons',
    place: 'Câmpulung, Argeș',
    lon: 25.05,
    lat: 45.28,
    source: 'https://www.primariacampulung.ro/orase-infratite',
  },
];
