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

/** Models chosen in the app (by a network, in a collectivity's card), by collectivity key. */
export type ChosenTypologies = Readonly<Record<string, TypologyId>>;

/** A collectivity's typology with the model chosen in the app, if any, on top of its file's and the classifier's. */
export function withChoice(typology: CollectivityTypology, chosen: TypologyId | undefined): CollectivityTypology {
  return chosen === undefined ? typology : { ...typology, model: chosen, source: 'manual', declared: chosen };
}

/**
 * A row as the atlas shows it: the model chosen in the app wins, then the one its file declares,
 * then the computed one of its collectivity (typologySource 'computed') or none. Copied only when it changes.
 */
export function typedRow(row: Cooperation, typology: CollectivityTypology | undefined, chosen: TypologyId | undefined): Cooperation {
  let model: TypologyId | null;
  let source: Cooperation['typologySource'];
  if (chosen !== undefined) [model, source] = [chosen, 'manual'];
  else if (row.typologySource === 'manual') return row;
  else {
    model = typology?.source === 'computed' ? typology.model : null;
    source = model === null ? null : 'computed';
  }
  return row.typology === model && row.typologySource === source ? row : { ...row, typology: model, typologySource: source };
}

/**
 * The one place models are applied to a dataset: every row gets its collectivity's model (chosen
 * in the app, declared in its file, or computed), so that the typology facet and colours cover them.
 */
export function withTypologies(
  rows: readonly Cooperation[],
  typologyOf: (ctCode: string) => CollectivityTypology | undefined,
  chosen: ChosenTypologies = {},
): Cooperation[] {
  return rows.map((row) => {
    const key = collectivityKey(row);
    return typedRow(row, typologyOf(key), chosen[key]);
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
