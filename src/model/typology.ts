/**
 * The ACTER model of each collectivity of a dataset: the declared (manual) one when there is one,
 * else the computed one. A computed model is null when the classifier gives none (a tie or too
 * little known, see classify-typology.ts): such a collectivity stays unclassified rather than
 * being put in a model by default.
 */
import { collectivityKey } from '../domain/collectivity-key';
import { classifyTypology, MIN_CONFIDENCE, type CollectivityProfile, type TypologyClassification } from '../domain/classify-typology';
import type { Cooperation } from '../domain/cooperation';
import type { ContinentId } from '../domain/gazetteer';
import type { TypologyId } from '../domain/typology';
import { groupPositions } from './places';

export interface CollectivityTypology {
  /** The model shown: the declared one, else the computed one. */
  model: TypologyId | null;
  source: 'manual' | 'computed' | null;
  declared: TypologyId | null;
  /** Always computed, to be shown beside a declared model too. */
  classification: TypologyClassification;
}

export type ContinentOf = (iso2: string) => ContinentId | undefined;

/**
 * The typology of a collectivity (by collectivityKey) from all its cooperations, computed on first request
 * and kept: a dataset whose models are all declared costs nothing until a card or a view asks.
 */
export function typologyLookup(cooperations: readonly Cooperation[], continentOf: ContinentOf): (ctCode: string) => CollectivityTypology | undefined {
  const positions = groupPositions(cooperations, collectivityKey);
  const computed = new Map<string, CollectivityTypology>();
  return (ctCode) => {
    const known = computed.get(ctCode);
    if (known) return known;
    const rows = positions.get(ctCode)?.map((i) => cooperations[i]);
    if (!rows) return undefined;
    const typology = typologyOf(rows, continentOf);
    computed.set(ctCode, typology);
    return typology;
  };
}

/** The typology of one collectivity from its cooperations (all of the same collectivity). */
export function typologyOf(rows: readonly Cooperation[], continentOf: ContinentOf): CollectivityTypology {
  const classification = classifyTypology(
    profileOf(rows),
    rows.map((row) => ({ ...row, continent: continentOf(row.partnerCountry) ?? null })),
  );
  const declared = rows.find((row) => row.typologySource === 'manual' && row.typology !== null)?.typology ?? null;
  if (declared !== null) return { model: declared, source: 'manual', declared, classification };
  return { model: classification.model, source: classification.model === null ? null : 'computed', declared, classification };
}

/**
 * The cooperations with the model of their collectivity where none was declared: the computed
 * one (typologySource 'computed') or null. Rows are copied only when they change.
 */
export function withComputedTypology(
  cooperations: readonly Cooperation[],
  typologyOf: (ctCode: string) => CollectivityTypology | undefined,
): Cooperation[] {
  return cooperations.map((cooperation) => {
    if (cooperation.typologySource === 'manual') return cooperation;
    const typology = typologyOf(collectivityKey(cooperation));
    const model = typology?.source === 'computed' ? typology.model : null;
    const source = model === null ? null : 'computed';
    if (cooperation.typology === model && cooperation.typologySource === source) return cooperation;
    return { ...cooperation, typology: model, typologySource: source };
  });
}

/** A collectivity's profile as its rows declare it: the first known value of each field. */
function profileOf(rows: readonly Cooperation[]): CollectivityProfile {
  const first = <K extends keyof Cooperation>(field: K): Cooperation[K] | null => rows.find((row) => row[field] !== null)?.[field] ?? null;
  return {
    kind: first('ctKind'),
    population: first('ctPopulation'),
    riService: first('riService'),
    europeService: first('europeService'),
    aectBudgetEur: first('aectBudgetEur'),
    motivation: first('motivation'),
    fundings: [...new Set(rows.flatMap((row) => row.fundings))],
  };
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

const HIGH_CONFIDENCE = 0.8;

/** Confidence in words: low below the classifier's threshold, high when most of the table could be checked. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence < MIN_CONFIDENCE) return 'low';
  return confidence >= HIGH_CONFIDENCE ? 'high' : 'medium';
}

/** The cooperations with the models chosen in the app (by collectivity key): they win, as declared ones. */
export function withDeclaredTypology(cooperations: readonly Cooperation[], declared: Readonly<Record<string, TypologyId>>): readonly Cooperation[] {
  if (Object.keys(declared).length === 0) return cooperations;
  return cooperations.map((cooperation) => {
    const model = declared[collectivityKey(cooperation)];
    return model === undefined ? cooperation : { ...cooperation, typology: model, typologySource: 'manual' };
  });
}
