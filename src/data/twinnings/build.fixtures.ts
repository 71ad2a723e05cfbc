/** What the twinnings tests share: a build of a few source lines on the real gazetteers of public/geo. */
import { haversineKm } from '../../model/geo-grid';
import { diskGazetteerSource } from '../gazetteer-source';
import { buildTwinnings, type BuiltTwinnings } from './build';
import type { Jumelage } from './merge';

const HEADER = 'city1,country1,city2,country2';

export const buildLines = (...lines: string[]): Promise<BuiltTwinnings> => buildTwinnings([HEADER, ...lines].join('\n'), diskGazetteerSource('public/geo'));

/** The jumelage of a collectivity (and partner, if given), or a failure naming it. */
export function jumelageOf(built: BuiltTwinnings, ctName: string, partnerName?: string): Jumelage {
  const found = built.jumelages.find((j) => j.ctName === ctName && (partnerName === undefined || j.partnerName === partnerName));
  if (!found) throw new Error(`${ctName}${partnerName ? ` – ${partnerName}` : ''} absent`);
  return found;
}

/** The distance between two [lon, lat] points, in km. */
export const kmBetween = ([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]) => haversineKm(lon1, lat1, lon2, lat2);

/** How far a jumelage's partner lies from a [lon, lat] point, in km. */
export const partnerKmFrom = (jumelage: Jumelage, point: readonly [number, number]) => kmBetween([jumelage.partnerLon, jumelage.partnerLat], point);
