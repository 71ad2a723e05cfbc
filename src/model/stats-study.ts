/** Our figures for the questions the ACTER study answers (see src/domain/study-figures.ts). */
import { STUDY_THEME_GROUPS, type StudyThemeGroupId } from '../domain/study-figures';
import type { CooperationIndex } from './cooperation-index';
import { countCategories, toBreakdown, type Tally } from './stats-tally';

export interface Proportion {
  count: number;
  total: number;
}

export interface StudyComparison {
  /** Decentralised cooperations (nature) whose partner is in Africa, as the study counts them. */
  africaAmongDecentralised: Proportion;
  topAfricanCountries: Tally[];
  /** Cooperations with at least one of the group's themes. */
  themeGroups: { id: StudyThemeGroupId; share: Proportion }[];
  /** Cooperations with at least one theme: with none (a twinnings list), the shares above are not given, not zero. */
  withThemes: number;
}

/** A study theme group's share, null when the data gives no theme at all. */
export const themeGroupShare = (study: StudyComparison, share: Proportion) => (study.withThemes === 0 ? null : ratio(share));

export const TOP_AFRICAN_COUNTRIES = 5;

/** count / total, or null when there is nothing to divide. */
export function ratio({ count, total }: Proportion): number | null {
  return total === 0 ? null : count / total;
}

export function studyComparison(index: CooperationIndex, positions: Uint32Array): StudyComparison {
  const { continent, nature, theme, country } = index.columns;
  const africa = continent.codes.indexOf('afrique');
  const decentralised = nature.codes.indexOf('cooperation-decentralisee');
  const african = positions.filter((position) => continent.values[position] === africa);

  const africaAmongDecentralised = { count: 0, total: 0 };
  for (const position of positions) {
    if (nature.values[position] !== decentralised) continue;
    africaAmongDecentralised.total++;
    if (continent.values[position] === africa) africaAmongDecentralised.count++;
  }

  const themeGroups = STUDY_THEME_GROUPS.map(({ id, themes }) => {
    const bits = themes.reduce((mask, themeId) => mask | (1 << theme.codes.indexOf(themeId)), 0);
    const count = positions.reduce((sum, position) => sum + (theme.values[position] & bits ? 1 : 0), 0);
    return { id, share: { count, total: positions.length } };
  });

  return {
    withThemes: positions.reduce((sum, position) => sum + (theme.values[position] !== 0 ? 1 : 0), 0),
    africaAmongDecentralised,
    topAfricanCountries: toBreakdown(country.codes, countCategories(country, african), african.length, { top: TOP_AFRICAN_COUNTRIES }).rows,
    themeGroups,
  };
}
