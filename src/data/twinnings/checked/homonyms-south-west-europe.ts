import type { CheckedPoint } from '../checked-points';

/** Partner homonyms in Romania, Italy, Ireland, Portugal, Spain, Belgium, the United Kingdom and the rest of Europe: the place each pair's French collectivity is twinned with, where the most populous of the name is not it. */
export const CHECKED_HOMONYMS_SOUTH_WEST_EUROPE: readonly CheckedPoint[] = [];
