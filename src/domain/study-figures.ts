/**
 * Figures of the ACTER study (2023-2024) that the statistics view sets beside the data's own,
 * as given in shared/domain.md, "Key figures of the study". The study surveyed 122
 * collectivities: its figures describe its respondents, not every French collectivity.
 */
import type { ThemeId } from './themes';

/** "decentralised cooperations with African authorities: 73.4 %" */
export const STUDY_AFRICA_SHARE_OF_DECENTRALISED = 0.734;

/** "top 5 African partner countries: Morocco, Senegal, Burkina Faso, Madagascar, Mali", in the study's order (ISO alpha-2). */
export const STUDY_TOP_AFRICAN_COUNTRIES = ['MA', 'SN', 'BF', 'MG', 'ML'] as const;

/** "average number of cooperations per CT: 3 (grows with size, often on several continents)" */
export const STUDY_COOPERATIONS_PER_COLLECTIVITY = 3;

export const STUDY_THEME_GROUP_IDS = ['aide-developpement', 'culture', 'aide-urgence'] as const;
export type StudyThemeGroupId = (typeof STUDY_THEME_GROUP_IDS)[number];

export interface StudyThemeGroup {
  id: StudyThemeGroupId;
  /** Share of the study's cooperations on this theme. */
  share: number;
  /** Our themes that stand for the study's; a cooperation counts when it has at least one of them. */
  themes: readonly ThemeId[];
}

/**
 * "cooperations about development aid / culture / emergency aid: 68 % / 60 % / 42 %".
 * The study names broad themes; development aid is read as the sectors of aid to the South
 * (essential services, food, health, education, local governance, urban development, gender),
 * the same reading as the demo data's calibration.
 */
export const STUDY_THEME_GROUPS: readonly StudyThemeGroup[] = [
  {
    id: 'aide-developpement',
    share: 0.68,
    themes: [
      'eau-assainissement',
      'agriculture-alimentation',
      'sante',
      'education-formation',
      'gouvernance-locale',
      'developpement-urbain',
      'egalite-femmes-hommes',
    ],
  },
  { id: 'culture', share: 0.6, themes: ['culture-patrimoine'] },
  { id: 'aide-urgence', share: 0.42, themes: ['urgence-humanitaire'] },
];
