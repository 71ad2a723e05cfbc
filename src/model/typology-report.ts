/** How the computed models compare with the declared ones (npm run typology). */
import { TYPOLOGY_IDS, type TypologyId } from '../domain/typology';
import type { CollectivityTypology } from './typology';

/** A computed model, or 'none' when the classifier gave none (a tie or low confidence). */
export type ComputedModel = TypologyId | 'none';
export const COMPUTED_MODELS: readonly ComputedModel[] = [...TYPOLOGY_IDS, 'none'];

export interface TypologyAgreement {
  collectivities: number;
  declared: Record<TypologyId, number>;
  computed: Record<ComputedModel, number>;
  /** Collectivities with a declared model, and those whose computed model is the same. */
  compared: number;
  agreeing: number;
  ties: number;
  lowConfidence: number;
  meanConfidence: number;
  /** confusion[declared][computed]: number of collectivities. */
  confusion: Record<TypologyId, Record<ComputedModel, number>>;
}

const counts = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export function compareWithDeclared(typologies: readonly CollectivityTypology[]): TypologyAgreement {
  const agreement: TypologyAgreement = {
    collectivities: typologies.length,
    declared: counts(TYPOLOGY_IDS),
    computed: counts(COMPUTED_MODELS),
    compared: 0,
    agreeing: 0,
    ties: 0,
    lowConfidence: 0,
    meanConfidence: 0,
    confusion: Object.fromEntries(TYPOLOGY_IDS.map((id) => [id, counts(COMPUTED_MODELS)])) as TypologyAgreement['confusion'],
  };
  for (const { declared, classification } of typologies) {
    const computed = classification.model ?? 'none';
    agreement.computed[computed] += 1;
    if (classification.tie) agreement.ties += 1;
    if (classification.lowConfidence) agreement.lowConfidence += 1;
    agreement.meanConfidence += classification.confidence / Math.max(1, typologies.length);
    if (declared === null) continue;
    agreement.declared[declared] += 1;
    agreement.compared += 1;
    agreement.confusion[declared][computed] += 1;
    if (declared === computed) agreement.agreeing += 1;
  }
  return agreement;
}
