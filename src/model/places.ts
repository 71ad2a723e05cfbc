import type { Cooperation } from '../domain/cooperation';
import { foldName } from '../domain/text';

/** A stable, readable key for a partner place: "SN/saint-louis". */
export function placeKey(cooperation: Pick<Cooperation, 'partnerCountry' | 'partnerName'>): string {
  return `${cooperation.partnerCountry}/${foldName(cooperation.partnerName).replace(/ /g, '-')}`;
}

/** Record positions grouped by a key, in record order. */
export function groupPositions(cooperations: readonly Cooperation[], key: (c: Cooperation) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  cooperations.forEach((cooperation, i) => {
    const k = key(cooperation);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  });
  return groups;
}
