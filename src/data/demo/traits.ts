/** What a demo cooperation is: its nature, themes, actors, funding and years, drawn from its model and partner. */
import { NATURES, type Nature } from '../../domain/cooperation';
import { THEME_IDS, type ThemeId } from '../../domain/themes';
import { AID_THEMES, AS_OF_YEAR, ENDED_SHARE, HIGH_INCOME_PARTNERS, START_YEARS } from './calibration';
import { FUNDING_CONDITIONS, type ModelProfile } from './models';
import type { PartnerCountry } from './partners';
import type { Random } from './random';

const MAX_THEMES = 4;
const MAX_ACTORS = 3;

const HIGH_INCOME_AID_THEME_FACTOR = 0.2;
/**
 * Aid themes are likelier with the other partners: twinnings, which draw the model's themes too, are
 * mostly European, so the study's 68 % and 42 % of development and emergency aid come from the South.
 */
const OTHER_PARTNERS_AID_THEME_FACTOR = 1.3;

/** Each nature brings its own theme whatever the model. */
const THEME_OF_NATURE: Partial<Record<Nature, ThemeId>> = {
  'aide-urgence': 'urgence-humanitaire',
  mobilite: 'jeunesse-sport-mobilite',
};

/** The theme that a nature brings whatever the model (emergency aid, mobility), if any. */
export function themeOfNature(nature: Nature): ThemeId | undefined {
  return THEME_OF_NATURE[nature];
}

/** The theme a cooperation is first about: its nature's own theme, else the first of its themes. */
export function mainTheme(nature: Nature, themes: readonly ThemeId[]): ThemeId {
  return THEME_OF_NATURE[nature] ?? themes[0];
}

/** The nature comes first: it decides where the partner is (see NATURE_CONTINENT_FACTORS). */
export function drawNature(random: Random, model: ModelProfile): Nature {
  return random.weighted(NATURES, (nature) => model.natures[nature]);
}

export function drawThemes(random: Random, model: ModelProfile, nature: Nature, country: PartnerCountry): ThemeId[] {
  const highIncome = HIGH_INCOME_PARTNERS.includes(country.iso2);
  const probability = (theme: ThemeId) =>
    Math.min(1, (model.themes[theme] ?? 0) *
      (AID_THEMES.includes(theme) ? (highIncome ? HIGH_INCOME_AID_THEME_FACTOR : OTHER_PARTNERS_AID_THEME_FACTOR) : 1));
  const anchor = THEME_OF_NATURE[nature];
  const chosen = THEME_IDS.filter((theme) => theme === anchor || random.chance(probability(theme)));
  return keepBetweenOneAnd(random, MAX_THEMES, chosen, THEME_IDS, probability, anchor);
}

export function drawActors(random: Random, model: ModelProfile): string[] {
  const actors = Object.keys(model.actors);
  const probability = (actor: string) => model.actors[actor];
  const chosen = actors.filter((actor) => random.chance(probability(actor)));
  return keepBetweenOneAnd(random, MAX_ACTORS, chosen, actors, probability);
}

export function drawFundings(
  random: Random,
  model: ModelProfile,
  nature: Nature,
  themes: readonly ThemeId[],
  country: PartnerCountry,
): string[] {
  const allowed = (funding: string) => {
    const condition = FUNDING_CONDITIONS[funding];
    if (condition?.themes && !condition.themes.some((theme) => themes.includes(theme))) return false;
    return !(condition?.outsideEurope && country.continent === 'europe');
  };
  const fundings = Object.keys(model.fundings).filter((funding) => allowed(funding) && random.chance(model.fundings[funding]));
  if (nature === 'projet-europeen' && !fundings.includes('UE')) fundings.push('UE');
  return fundings.length > 0 ? fundings : ['fonds propres'];
}

/** Years of a cooperation of this nature that cannot start before `notBefore` (its collectivity's or partner's creation). */
export function drawYears(random: Random, nature: Nature, notBefore: number | null = null): { startYear: number; endYear: number | null } {
  const [natureEarliest, natureMode, latest] = START_YEARS[nature];
  const earliest = Math.min(latest, Math.max(natureEarliest, notBefore ?? natureEarliest));
  const mostFrequent = Math.max(natureMode, earliest);
  const startYear = Math.min(latest, Math.floor(random.triangular(earliest, mostFrequent, latest + 1)));
  if (!random.chance(ENDED_SHARE[nature])) return { startYear, endYear: null };
  const endYear =
    nature === 'aide-urgence'
      ? startYear + random.int(0, 1)
      : nature === 'projet-europeen'
        ? startYear + random.int(2, 4)
        : random.int(startYear + 2, AS_OF_YEAR);
  return { startYear, endYear: endYear <= AS_OF_YEAR ? endYear : null };
}

/**
 * Keeps at least one item (the likeliest to be drawn, by weight, when none was) and at most `max`
 * (the required one first, then a weighted draw), in the order of `all`.
 */
function keepBetweenOneAnd<T>(
  random: Random,
  max: number,
  chosen: T[],
  all: readonly T[],
  weightOf: (item: T) => number,
  required?: T,
): T[] {
  if (chosen.length === 0) return [random.weighted(all, weightOf)];
  if (chosen.length <= max) return chosen;
  const others = chosen.filter((item) => item !== required);
  const kept = new Set([
    ...(required === undefined ? [] : [required]),
    ...random.sample(others, required === undefined ? max : max - 1, weightOf),
  ]);
  return all.filter((item) => kept.has(item));
}
