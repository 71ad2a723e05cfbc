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

/** "more than 10 years of international action / more than 20 years of cooperation: 65 % / 46 %" (of respondents). */
export const STUDY_OVER_10_YEARS = 0.65;
export const STUDY_OVER_20_YEARS = 0.46;

/** "respondents of 10,000-50,000 inhabitants: 30 %" */
export const STUDY_10K_TO_50K_SHARE = 0.3;

/** "average declared AECT amount / median AECT budget: 239,376 EUR / 50,000 EUR" (a collectivity's yearly budget). */
export const STUDY_AECT_MEAN_EUR = 239_376;
export const STUDY_AECT_MEDIAN_EUR = 50_000;

/** "budgets below 10 k EUR / between 250 k and 500 k EUR: 20 % / 18 %" */
export const STUDY_AECT_BELOW_10K_SHARE = 0.2;
export const STUDY_AECT_250K_TO_500K_SHARE = 0.18;

/** "CTs with a dedicated RI service: 47 %; of those, with a separate Europe service: 26 %" */
export const STUDY_RI_SERVICE_SHARE = 0.47;
export const STUDY_EUROPE_SERVICE_OF_RI_SHARE = 0.26;
