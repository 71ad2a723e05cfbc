import type { CheckedPoint } from '../checked-points';

/**
 * Partner homonyms in Germany, Austria, Poland, Czechia, Hungary and the Balkans: the place each pair's French collectivity is twinned with, where the most populous of the name is not it.
 *
 * `source` is the page that says which of the homonyms is twinned with the French commune; where that page
 * gives no coordinates, the comment above the entry names the article the point was read from.
 */
export const CHECKED_HOMONYMS_CENTRAL_EUROPE: readonly CheckedPoint[] = [
  // The article gives the point (51°51′N 12°03′E) and lists Anor among the town's partners.
  {
    iso2: 'DE',
    name: 'Aken',
    french: 'Anor',
    place: 'Aken (Elbe), Saxony-Anhalt',
    lon: 12.05,
    lat: 51.85,
    source: 'https://de.wikial.top/wiki/Aken_(Elbe)',
  },
  // Point: https://da.m.wikipedia.org/wiki/Friedberg_(Hessen) (50°20′7″N 8°45′18″E). Bressuire's Friedberg is the Bavarian one.
  {
    iso2: 'DE',
    name: 'Friedberg',
    french: 'Villiers-sur-Marne',
    place: 'Friedberg (Hessen), Hesse',
    lon: 8.76,
    lat: 50.34,
    source: 'https://www.abendblatt.de/politik/ausland/article108198487/Bishops-Stortford-verabschiedet-sich-vom-Kontinent.html',
  },
  // Point: http://hr.m.wikipedia.org/wiki/Halle_(Vestfalija) (52°4′N 8°22′E). Grenoble's Halle is Halle (Saale).
  {
    iso2: 'DE',
    name: 'Halle',
    french: 'Ronchin',
    place: 'Halle (Westfalen), North Rhine-Westphalia',
    lon: 8.37,
    lat: 52.07,
    source: 'https://www.hallewestfalen.de/rathaus-politik/partnerschaften/',
  },
  // Point: https://en.wikipedia.org/wiki/Lohne,_Germany (52°40′0″N 8°14′19″E).
  {
    iso2: 'DE',
    name: 'Lohne',
    french: 'Rixheim',
    place: 'Lohne (Oldenburg), Lower Saxony',
    lon: 8.24,
    lat: 52.67,
    source: 'https://www.lohne.de/Buergerservice/Was-erledigte-ich-wo.htm/Dienstleistungen/Staedtepartnerschaft.html',
  },
  // Point: https://de.wikial.top/wiki/Munster,_Lower_Saxony (52°59′19″N 10°05′28″E); the town's own site (munster.de) has the twinning.
  {
    iso2: 'DE',
    name: 'Munster',
    french: 'Éragny',
    place: 'Munster (Örtze), Lower Saxony',
    lon: 10.09,
    lat: 52.99,
    source: 'http://www.munster.de/home/kunst-kultur/staedtepartnerschaften-und-freundschaften/eragny.aspx',
  },
  // Found by the second hand-checked draw: cities500 has only the Schenefeld of Steinburg (2,500
  // inhabitants), not the town of Pinneberg (19,000) twinned with Voisins-le-Bretonneux.
  {
    iso2: 'DE',
    name: 'Schenefeld',
    french: 'Voisins-le-Bretonneux',
    place: 'Schenefeld, Pinneberg (Schleswig-Holstein)',
    lon: 9.82,
    lat: 53.6,
    source: 'https://stadt-schenefeld.de/schenefeld/heisst-sie-willkommen/partnerstaedte',
  },
  // Point: https://de-academic.com/dic.nsf/dewiki/1346032 (50°8′N 8°32′E).
  {
    iso2: 'DE',
    name: 'Sulzbach',
    french: 'Pont-Sainte-Maxence',
    place: 'Sulzbach (Taunus), Hesse',
    lon: 8.53,
    lat: 50.13,
    source: 'https://www.taunus-nachrichten.de/sulzbach/nachrichten/sulzbach/staedtepartnerschaftlicher-mission-id127909.html',
  },
];
