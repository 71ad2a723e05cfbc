import type { CheckedPoint } from '../checked-points';

/**
 * Partner places of the source in the United Kingdom, Ireland and the Channel Islands that GeoNames cities500 lacks or places wrongly, each
 * at the point of the page in `source`; for a name several places share, a comment gives the page of the twinning.
 */
export const CHECKED_BRITISH_ISLES: readonly CheckedPoint[] = [
  { iso2: 'GB', name: 'Batheaston', place: 'Batheaston, Somerset', lon: -2.31, lat: 51.41, source: 'https://de.wikial.top/wiki/Batheaston' },
  { iso2: 'GB', name: 'Bradley Stoke', place: 'Bradley Stoke, South Gloucestershire', lon: -2.55, lat: 51.53, source: 'https://nzt.eth.link/wiki/Bradley_Stoke.html' },
  { iso2: 'GB', name: 'Cawsand', place: 'Cawsand, Cornwall', lon: -4.20, lat: 50.33, source: 'https://de.wikial.top/wiki/Cawsand' },
  // Twinning with Chassieu (Coleshill, Warwickshire, on the River Cole): http://www.coleshilltwinning.co.uk/twinning%20visit%20report%202009.html
  { iso2: 'GB', name: 'Coleshill', place: 'Coleshill, Warwickshire', lon: -1.71, lat: 52.50, source: 'https://en.academic.ru/dic.nsf/enwiki/558145' },
  { iso2: 'GB', name: 'Colney Heath', place: 'Colney Heath, Hertfordshire', lon: -0.26, lat: 51.74, source: 'https://wikishire.co.uk/wiki/Colney_Heath' },
  { iso2: 'GB', name: 'Darley Dale', place: 'Darley Dale, Derbyshire', lon: -1.60, lat: 53.17, source: 'http://en.wikipedia.org/wiki/Darley_Dale' },
  // Twinning with Rang-du-Fliers (Ditton, Kent): http://www.dittonparishcouncil.gov.uk/Announce.htm
  { iso2: 'GB', name: 'Ditton', place: 'Ditton, Kent', lon: 0.45, lat: 51.29, source: 'https://de.wikial.top/wiki/Ditton,_Kent' },
  { iso2: 'GB', name: 'East Hendred', place: 'East Hendred, Oxfordshire', lon: -1.30, lat: 51.60, source: 'https://de.zxc.wiki/wiki/East_Hendred' },
  { iso2: 'GB', name: 'East Hoathly with Halland', place: 'East Hoathly with Halland, East Sussex', lon: 0.16, lat: 50.92, source: 'http://the-uncensored-wiki.com:20082/articles/e/a/s/East_Hoathly_with_Halland_e804.html' },
  { iso2: 'GB', name: 'Feock', place: 'Feock, Cornwall', lon: -5.05, lat: 50.21, source: 'https://en.wikipedia.org/wiki/Feock,_Cornwall' },
  { iso2: 'GB', name: 'Filton', place: 'Filton, South Gloucestershire', lon: -2.57, lat: 51.51, source: 'https://wikiclassic.com/wiki/Filton_Park' },
  { iso2: 'GB', name: 'Gowerton', place: 'Gowerton, Swansea', lon: -4.04, lat: 51.65, source: 'http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FGowerton' },
  { iso2: 'GB', name: 'Hebden Royd', place: 'Hebden Royd, West Yorkshire', lon: -2.01, lat: 53.74, source: 'https://wikiclassic.com/wiki/Hebden_Royd_Urban_District' },
  { iso2: 'GB', name: 'Lasswade', place: 'Lasswade, Midlothian', lon: -3.12, lat: 55.88, source: 'https://hmong.in.th/wiki/Lasswade' },
  { iso2: 'GB', name: 'Lewisham', place: 'Lewisham, London', lon: -0.01, lat: 51.46, source: 'http://piglix.com/piglix/Lewisham,_London' },
  { iso2: 'GB', name: 'Little Shelford', place: 'Little Shelford, Cambridgeshire', lon: 0.12, lat: 52.14, source: 'https://goodnames.eth.link/wiki/Little_Shelford.html' },
  { iso2: 'GB', name: 'Llwchwr', place: 'Loughor (community Llwchwr), Swansea', lon: -4.06, lat: 51.66, source: 'https://en.m.wikipedia.org/wiki/Loughor' },
  { iso2: 'GB', name: 'Mabe', place: 'Mabe, Cornwall', lon: -5.13, lat: 50.16, source: 'https://wikishire.co.uk/wiki/Mabe' },
  { iso2: 'GB', name: 'Mumbles', place: 'Oystermouth (the Mumbles), Swansea', lon: -4.00, lat: 51.58, source: 'https://wikishire.co.uk/wiki/Oystermouth' },
  { iso2: 'GB', name: 'Polegate', place: 'Polegate, East Sussex', lon: 0.24, lat: 50.82, source: 'https://mediated.wiki/source/Polegate.md' },
  { iso2: 'GB', name: 'Pontardawe', place: 'Pontardawe, Neath Port Talbot', lon: -3.85, lat: 51.72, source: 'https://en.wikipedia.org/wiki/Pontardawe' },
  // Twinning with Saint-Chéron (Rotherfield, East Sussex): http://rotherfieldtwinning.org.uk/walks.html
  { iso2: 'GB', name: 'Rotherfield', place: 'Rotherfield, East Sussex', lon: 0.22, lat: 51.05, source: 'https://wikimili.com/en/Rotherfield' },
  // Twinning with Lambersart (Southborough, Kent): http://southboroughtc.kentparishes.gov.uk/your-twinned-town/
  { iso2: 'GB', name: 'Southborough', place: 'Southborough, Kent', lon: 0.27, lat: 51.16, source: 'https://wikishire.co.uk/wiki/Southborough' },
  { iso2: 'GB', name: 'Southwark', place: 'Southwark, London', lon: -0.09, lat: 51.50, source: 'https://sco.wikipedia.org/wiki/Southwark' },
  { iso2: 'GB', name: 'St Dogmaels', place: 'St Dogmaels, Pembrokeshire', lon: -4.68, lat: 52.08, source: 'https://wikiclassic.com/wiki/St._Dogmaels' },
  { iso2: 'GB', name: 'St Erth', place: 'St Erth, Cornwall', lon: -5.44, lat: 50.17, source: 'https://en.wikipedia.org/wiki/St_Erth' },
  { iso2: 'GB', name: 'St Germans', place: 'St Germans, Cornwall', lon: -4.31, lat: 50.40, source: 'https://pl.abcdef.wiki/wiki/St_Germans,_Cornwall' },
  { iso2: 'GB', name: 'St Just in Penwith', place: 'St Just in Penwith, Cornwall', lon: -5.68, lat: 50.12, source: 'https://de.wikial.top/wiki/St_Just_in_Penwith' },
  { iso2: 'GB', name: 'Swainswick', place: 'Swainswick, Somerset', lon: -2.35, lat: 51.41, source: 'https://es.abcdef.wiki/wiki/Swainswick' },
  { iso2: 'GB', name: 'West Hendred', place: 'West Hendred, Oxfordshire', lon: -1.39, lat: 51.60, source: 'https://review.clateway.com/wiki/view_html.php?q=West_Hendred' },
  { iso2: 'GB', name: 'Whitnash', place: 'Whitnash, Warwickshire', lon: -1.52, lat: 52.27, source: 'https://en.wikipedia.org/wiki/Whitnash' },
  { iso2: 'IE', name: 'Ballydehob', place: 'Ballydehob, County Cork', lon: -9.47, lat: 51.55, source: 'http://piglix.com/piglix/Ballydehob' },
  { iso2: 'IE', name: 'Ballyvourney', place: 'Ballyvourney (Baile Bhuirne), County Cork', lon: -9.16, lat: 51.94, source: 'http://piglix.com/piglix/Baile_Bhuirne' },
  { iso2: 'IE', name: 'Cúil Aodha', place: 'Cúil Aodha (Coolea), County Cork', lon: -9.22, lat: 51.93, source: 'https://de.wikial.top/wiki/C%C3%BAil_Aodha' },
  { iso2: 'IE', name: 'Kilkee', place: 'Kilkee, County Clare', lon: -9.65, lat: 52.68, source: 'https://fanyv88.com/https/nl.wikipedia.org/wiki/Kilkee' },
  { iso2: 'IE', name: 'Louisburgh', place: 'Louisburgh, County Mayo', lon: -9.81, lat: 53.76, source: 'https://wikiland.org/fr/Louisburgh' },
  { iso2: 'IE', name: 'Murroe', place: 'Murroe, County Limerick', lon: -8.40, lat: 52.65, source: 'https://en.wikipedia.org/wiki/?oldid=990639921&title=Murroe' },
  { iso2: 'JE', name: 'St Brelade', place: 'Saint-Brélade, Jersey', lon: -2.20, lat: 49.20, source: 'https://it.frwiki.wiki/wiki/Vingtaine_de_Noirmont' },
];
