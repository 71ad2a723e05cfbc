import type { CheckedPoint } from '../checked-points';

/** Partner places of the source outside the British Isles that GeoNames cities500 lacks or places wrongly. */
export const CHECKED_ELSEWHERE: readonly CheckedPoint[] = [];
