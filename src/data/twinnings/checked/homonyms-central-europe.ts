import type { CheckedPoint } from '../checked-points';

/** Partner homonyms in Germany, Austria, Poland, Czechia, Hungary and the Balkans: the place each pair's French collectivity is twinned with, where the most populous of the name is not it. */
export const CHECKED_HOMONYMS_CENTRAL_EUROPE: readonly CheckedPoint[] = [];
