import type { CheckedPoint } from '../checked-points';

/** Partner homonyms in the Americas, Asia and Africa: the place each pair's French collectivity is twinned with, where the most populous of the name is not it. */
export const CHECKED_HOMONYMS_AMERICAS_ASIA: readonly CheckedPoint[] = [];
