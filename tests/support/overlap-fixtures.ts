import type { Cooperation } from '../../src/domain/cooperation';
import { makeCooperation } from './make-cooperation';

/** French collectivities and partner places of the overlap tests, with real codes and positions. */
export const RENNES = { ctCode: '35238', ctName: 'Rennes', ctRegion: '53', ctDepartement: '35' };
export const BREST = { ctCode: '29019', ctName: 'Brest', ctRegion: '53', ctDepartement: '29' };
export const QUIMPER = { ctCode: '29232', ctName: 'Quimper', ctRegion: '53', ctDepartement: '29' };
export const LYON = { ctCode: '69123', ctName: 'Lyon', ctRegion: '84', ctDepartement: '69' };
export const GRENOBLE = { ctCode: '38185', ctName: 'Grenoble', ctRegion: '84', ctDepartement: '38' };
export const NANTES = { ctCode: '44109', ctName: 'Nantes', ctRegion: '52', ctDepartement: '44' };
export const ANGERS = { ctCode: '49007', ctName: 'Angers', ctRegion: '52', ctDepartement: '49' };
export const VERSAILLES = { ctCode: '78646', ctName: 'Versailles', ctRegion: '11', ctDepartement: '78' };

// Distances from Dakar: Rufisque 18.6 km, Thiès 56.0 km; from Touba: Thiès 113.1 km, Saint-Louis 146.6 km.
export const SAINT_LOUIS = { partnerCountry: 'SN', partnerName: 'Saint-Louis', partnerLon: -16.49, partnerLat: 16.03 };
export const DAKAR = { partnerCountry: 'SN', partnerName: 'Dakar', partnerLon: -17.44, partnerLat: 14.69 };
export const RUFISQUE = { partnerCountry: 'SN', partnerName: 'Rufisque', partnerLon: -17.27, partnerLat: 14.72 };
export const THIES = { partnerCountry: 'SN', partnerName: 'Thiès', partnerLon: -16.93, partnerLat: 14.79 };
export const TOUBA = { partnerCountry: 'SN', partnerName: 'Touba', partnerLon: -15.88, partnerLat: 14.85 };
export const OUAGADOUGOU = { partnerCountry: 'BF', partnerName: 'Ouagadougou', partnerLon: -1.53, partnerLat: 12.37 };
export const RABAT = { partnerCountry: 'MA', partnerName: 'Rabat', partnerLon: -6.84, partnerLat: 34.02 };

let nextId = 0;
/** One cooperation of a collectivity at a place. */
export const at = (ct: Partial<Cooperation>, place: Partial<Cooperation>, extra: Partial<Cooperation> = {}) =>
  makeCooperation({ id: `c${nextId++}`, ...ct, ...place, ...extra });
