/**
 * Classifies a collectivity into one of the five models of the ACTER typology.
 *
 * In plain words: every criterion of the study's table (typology-criteria.ts) that the known facts
 * allow is checked. A model's score is the share of its own criteria's weight that the facts
 * match, among those that could be checked, so that a model is not favoured for having more
 * criteria. The model with the best score wins, unless
 * - another comes within TIE_MARGIN of it: a tie, reported with the models in it, and no model;
 * - less than MIN_CONFIDENCE of the table's weight could be checked: low confidence, and no model.
 * Confidence is that share: a missing field (no budget, no motivation...) lowers it, it never
 * stands for a value. Reasons are the criteria that matched, strongest first, for every model.
 */
import type { CollectivityKind, Nature } from './cooperation';
import type { ContinentId } from './gazetteer';
import { foldName } from './text';
import type { ThemeId } from './themes';
import { TYPOLOGY_IDS, type TypologyId } from './typology';
import { TYPOLOGY_CRITERIA, type Criterion, type TypologyDimension, type TypologyFacts } from './typology-criteria';

/** What a collectivity declares about itself; any field may be missing. */
export interface CollectivityProfile {
  kind?: CollectivityKind | null;
  population?: number | null;
  riService?: boolean | null;
  europeService?: boolean | null;
  aectBudgetEur?: number | null;
  motivation?: string | null;
  /** Funding sources of its external action (those of its cooperations). */
  fundings?: readonly string[] | null;
}

/** One of its cooperations; any field may be missing. */
export interface CooperationTraits {
  themes?: readonly ThemeId[] | null;
  nature?: Nature | null;
  partnerCountry?: string | null;
  continent?: ContinentId | null;
  actors?: readonly string[] | null;
}

export interface TypologyReason {
  model: TypologyId;
  /** The criterion's id in TYPOLOGY_CRITERIA. */
  criterion: string;
  dimension: TypologyDimension;
  wording: string;
  weight: number;
  /** How well it matched, from 0 (excluded from reasons) to 1. */
  match: number;
}

export interface TypologyClassification {
  /** The model, or null when there is a tie or too little is known. */
  model: TypologyId | null;
  /** The models with the best score: one, or several in a tie. */
  leaders: TypologyId[];
  /** Per model, the share of its checked criteria's weight that matched, 0 to 1. */
  scores: Record<TypologyId, number>;
  /** The share of the table's weight that the known facts allowed to check, 0 to 1. */
  confidence: number;
  tie: boolean;
  lowConfidence: boolean;
  /** Matched criteria, strongest first. */
  reasons: TypologyReason[];
}

/** Scores closer than this are a tie. */
export const TIE_MARGIN = 0.01;
/** Below this share of the table's weight checked, no model is given. */
export const MIN_CONFIDENCE = 0.5;

export function classifyTypology(
  profile: CollectivityProfile,
  cooperations: readonly CooperationTraits[],
  criteria: readonly Criterion[] = TYPOLOGY_CRITERIA,
): TypologyClassification {
  const facts = toFacts(profile, cooperations);
  const weights = perModel(() => ({ checked: 0, matched: 0 }));
  const reasons: TypologyReason[] = [];
  for (const criterion of criteria) {
    const match = criterion.test(facts);
    if (match === null) continue;
    weights[criterion.model].checked += criterion.weight;
    weights[criterion.model].matched += criterion.weight * match;
    if (match > 0) {
      const { model, id, dimension, wording, weight } = criterion;
      reasons.push({ model, criterion: id, dimension, wording, weight, match });
    }
  }
  const scores = perModel((model) => {
    const { checked, matched } = weights[model];
    return checked === 0 ? 0 : matched / checked;
  });
  const best = Math.max(...TYPOLOGY_IDS.map((model) => scores[model]));
  const leaders = TYPOLOGY_IDS.filter((model) => scores[model] >= best - TIE_MARGIN);
  const totalWeight = sum(criteria.map((criterion) => criterion.weight));
  const confidence = totalWeight === 0 ? 0 : sum(TYPOLOGY_IDS.map((model) => weights[model].checked)) / totalWeight;
  const tie = leaders.length > 1;
  const lowConfidence = confidence < MIN_CONFIDENCE;
  return {
    model: tie || lowConfidence ? null : leaders[0],
    leaders,
    scores,
    confidence,
    tie,
    lowConfidence,
    reasons: reasons.sort((a, b) => b.weight * b.match - a.weight * a.match),
  };
}

function perModel<T>(value: (model: TypologyId) => T): Record<TypologyId, T> {
  return Object.fromEntries(TYPOLOGY_IDS.map((model) => [model, value(model)])) as Record<TypologyId, T>;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

const known = <T>(value: T | null | undefined): T | null => value ?? null;
const knownNumber = (value: number | null | undefined) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const foldedText = (value: string | null | undefined) => (value ? foldName(value) || null : null);
const foldedList = (values: readonly string[] | null | undefined) =>
  (values ?? []).map(foldName).filter((value) => value !== '');

function toFacts(profile: CollectivityProfile, cooperations: readonly CooperationTraits[]): TypologyFacts {
  const fundings = foldedList(profile.fundings);
  return {
    kind: known(profile.kind),
    population: knownNumber(profile.population),
    riService: known(profile.riService),
    europeService: known(profile.europeService),
    aectBudgetEur: knownNumber(profile.aectBudgetEur),
    motivation: foldedText(profile.motivation),
    fundings: fundings.length > 0 ? fundings : null,
    cooperations: cooperations.map((c) => ({
      themes: c.themes ?? [],
      nature: known(c.nature),
      country: known(c.partnerCountry),
      continent: known(c.continent),
      actors: foldedList(c.actors),
    })),
  };
}
