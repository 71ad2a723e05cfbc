import type { CheckedPoint } from '../checked-points';

/**
 * Partner homonyms in the Americas, Asia and Africa: the place each pair's French collectivity is twinned with, where the most populous of the name is not it.
 *
 * `source` is the page that names the twinned place (its state included); the comment above each entry gives the page the
 * point was read from (the place's Wikipedia article or a copy of it) when that is another page.
 * Ordered by country, then name, then French collectivity.
 */
export const CHECKED_HOMONYMS_AMERICAS_ASIA: readonly CheckedPoint[] = [
  // Point: https://askwikinow.com/view_html.php?lang=simple&q=Arlington_County%2C_Virginia&sq=Sri+Lanka (38.880278, -77.108333)
  { iso2: 'US', name: 'Arlington County', french: 'Reims', place: 'Arlington County, Virginia', lon: -77.11, lat: 38.88, source: 'http://www.reims-arlington.org/presentation.php' },
  // Point: https://review.clateway.com/wiki/view_html.php?q=Burlington%2C_Vermont&sq=Qlik (44.47583, -73.21194)
  { iso2: 'US', name: 'Burlington', french: 'Honfleur', place: 'Burlington, Vermont', lon: -73.21, lat: 44.48, source: 'https://honfleurburlington.org' },
  // Point: http://piglix.com/piglix/Columbia,_Maryland (39.20361, -76.85694)
  { iso2: 'US', name: 'Columbia', french: 'Cergy', place: 'Columbia, Maryland', lon: -76.86, lat: 39.2, source: 'https://cajacergypontoise.jimdofree.com' },
  // The twinning is the agglomeration's (Cergy-Pontoise), Pontoise among its communes. Point: as above.
  { iso2: 'US', name: 'Columbia', french: 'Pontoise', place: 'Columbia, Maryland', lon: -76.86, lat: 39.2, source: 'https://cajacergypontoise.jimdofree.com' },
  // Point: https://en.wikipedia.org/wiki/Concord,_Massachusetts (42.46028, -71.34944)
  { iso2: 'US', name: 'Concord', french: 'Saint-Mandé', place: 'Concord, Massachusetts', lon: -71.35, lat: 42.46, source: 'http://www.mairie-saint-mande.fr/ma-ville/les-jumelages/' },
  // Point: https://askwikinow.com/view_html.php?lang=en&q=Hammond%2C+Louisiana&sq=Sri+Lanka (30.50250, -90.47500)
  { iso2: 'US', name: 'Hammond', french: 'Jouars-Pontchartrain', place: 'Hammond, Louisiana', lon: -90.48, lat: 30.5, source: 'https://www.topela.eu/pages/en/home.php?lang=EN' },
  // Point: http://piglix.com/piglix/Hanover,_New_Hampshire (43.70222, -72.28944)
  { iso2: 'US', name: 'Hanover', french: 'Joigny', place: 'Hanover, New Hampshire', lon: -72.29, lat: 43.7, source: 'https://hanoverjoigny.org/about-us/' },
  // Point: https://wn.com/Hartford, section Hartford, Vermont (43.66444, -72.38667)
  { iso2: 'US', name: 'Hartford', french: 'Cenon', place: 'Hartford, Vermont', lon: -72.39, lat: 43.66, source: 'https://hartford-vt.org/government/boards,_committees___commissions/sister_cities_committee/index.php' },
  // Laurens (Hérault) is the only commune of the name. Point: https://en.wikipedia.org/wiki/Laurens,_Iowa?oldid=780002891 (42.84722, -94.84944)
  { iso2: 'US', name: 'Laurens', french: 'Laurens', place: 'Laurens, Iowa', lon: -94.85, lat: 42.85, source: 'https://iowabackroads.com/category/downtowns' },
  // Point: http://piglix.com/piglix/Lexington,_Massachusetts (42.44722, -71.22500)
  { iso2: 'US', name: 'Lexington', french: 'Antony', place: 'Lexington, Massachusetts', lon: -71.23, lat: 42.45, source: 'http://lexingtonma.gov/Selectmen/antonysistercity.cfm' },
  // Point: https://enciclopediemare.com/Little_Falls_(Minnesota) (45°58′35″N, 94°21′45″W)
  { iso2: 'US', name: 'Little Falls', french: 'Le Bourget', place: 'Little Falls, Minnesota', lon: -94.36, lat: 45.98, source: 'https://www.sctimes.com/story/news/local/2015/11/15/little-falls-keeps-eye-sister-city/75835944/' },
  // Point: http://wikipedia.ddns.net:12345/content/wikipedia_de_all_maxi_2024-04/A/Montgomery_(Ohio) (39° 15′ N, 84° 21′ W)
  { iso2: 'US', name: 'Montgomery', french: 'Neuilly-Plaisance', place: 'Montgomery, Ohio', lon: -84.35, lat: 39.25, source: 'http://www.montgomeryohio.org/pages/sister-cities/' },
  // Point: http://tramp-v2.herokuapp.com/explore?lat=39.7335874&lon=-84.1998104 (Oakwood, Montgomery County, Ohio: 39.72028, -84.17333)
  { iso2: 'US', name: 'Oakwood', french: 'Le Vésinet', place: 'Oakwood, Ohio', lon: -84.17, lat: 39.72, source: 'http://www.jumelageslevesinet.com/celebration-de-nos-40-ans-de-jumelage-a-oakwood/' },
  // Point: http://piglix.com/piglix/Paris,_Kentucky (38.20639, -84.25778)
  { iso2: 'US', name: 'Paris', french: 'Lamotte-Beuvron', place: 'Paris, Kentucky', lon: -84.26, lat: 38.21, source: 'https://www.paris.ky.gov/SisterCity.aspx' },
  // Point: https://wap.bdmobi.com/view_html.php?lang=sv&q=Park_City%2C_Utah&sq=Albert+Einstein (40.65944, -111.49972)
  { iso2: 'US', name: 'Park City', french: 'Courchevel', place: 'Park City, Utah', lon: -111.5, lat: 40.66, source: 'https://blog.deervalley.com/courchevel-skis-deer-valley/' },
  // Point: https://pwojczyn.com/wiki/view_html.php?lang=sv&q=Princeton%2C_New_Jersey&sq=crain_ford (40.35222, -74.65694)
  { iso2: 'US', name: 'Princeton', french: 'Colmar', place: 'Princeton, New Jersey', lon: -74.66, lat: 40.35, source: 'https://princetoninfo.com/a-guide-to-princetons-connexion-francaise/' },
  // Point: https://nextcloud.domilabs.xyz/content/wikipedia_en_top_mini_2025-09/Wilmington%2C_Delaware (39.74583, -75.54667)
  { iso2: 'US', name: 'Wilmington', french: 'Nemours', place: 'Wilmington, Delaware', lon: -75.55, lat: 39.75, source: 'https://www.scowde.org/nemours-france' },
  // Point: https://howlingpixel.com/i-en/Winchester,_Massachusetts (42.45222, -71.13750)
  { iso2: 'US', name: 'Winchester', french: 'Saint-Germain-en-Laye', place: 'Winchester, Massachusetts', lon: -71.14, lat: 42.45, source: 'http://www.jumelage.org/' },
  // Point: https://wiki.studentb.eu/view_html.php?lang=en&q=Yorktown%2C_Virginia&sq=Albert+Einstein (37.23444, -76.50972)
  { iso2: 'US', name: 'Yorktown', french: 'Port-Vendres', place: 'Yorktown, Virginia', lon: -76.51, lat: 37.23, source: 'https://sistercitiesyorktown.wordpress.com/history/' },
  // The whole island of Hawaiʻi, whose seat is Hilo, not the state of Hawaii (read at Honolulu, on Oʻahu).
  { iso2: 'US', name: 'Hawaii County', place: 'Hawaii County (seat Hilo), Hawaii', lon: -155.09, lat: 19.72, source: 'https://en.wikipedia.org/wiki/Hawaii_County,_Hawaii' },
];
