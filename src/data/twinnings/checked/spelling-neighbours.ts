import type { CheckedPoint } from '../checked-points';

/**
 * Partner places one letter off another place of the gazetteer (Drayton and Brayton, Hainburg and
 * Mainburg), which the build no longer reads as that other place: their own point.
 */
export const CHECKED_SPELLING_NEIGHBOURS: readonly CheckedPoint[] = [
  { iso2: 'DE', name: 'Hainburg', place: 'Hainburg (Main), Hesse', lon: 8.93, lat: 50.08, source: 'http://efa.alberndorf.net/lang_at/Chronik/Entstehung_unserer_Gemeindepartnerschaften' },
  { iso2: 'GB', name: 'Drayton', french: 'Lesparre-Médoc', place: 'Drayton, Vale of White Horse, Oxfordshire', lon: -1.31, lat: 51.65, source: 'http://twiki.owiki.org/wiki/Lesparre-M%C3%A9doc' },
  { iso2: 'GB', name: 'Great Shelford', place: 'Great Shelford, Cambridgeshire', lon: 0.14, lat: 52.15, source: 'https://en.wikipedia.org/wiki/Great_Shelford' },
  { iso2: 'GB', name: 'St Neot', place: 'St Neot, Cornwall', lon: -4.56, lat: 50.48, source: 'https://en.wikipedia.org/wiki/St_Neot' },
  { iso2: 'GB', name: 'Thurmaston', place: 'Thurmaston, Leicestershire', lon: -1.1, lat: 52.67, source: 'https://en.wikipedia.org/wiki/Thurmaston' },
];
