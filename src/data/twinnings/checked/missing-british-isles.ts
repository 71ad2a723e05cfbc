import type { CheckedPoint } from '../checked-points';

/** Partner places of the source in the United Kingdom, Ireland and the Channel Islands that GeoNames cities500 lacks or places wrongly. */
export const CHECKED_BRITISH_ISLES: readonly CheckedPoint[] = [];
