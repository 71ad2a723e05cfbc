import type { CheckedCommune } from '../checked-points';

/** French names several communes share: the commune each pair's partner is twinned with, where the most populous of the name is not it. */
export const CHECKED_FRENCH_COMMUNES: readonly CheckedCommune[] = [];
