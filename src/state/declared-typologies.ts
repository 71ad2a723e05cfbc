import { isTypologyId, type TypologyId } from '../domain/typology';
import type { ChosenTypologies } from '../model/typology';

const storageKey = (datasetId: string) => `coopatlas.typologies.${datasetId}`;

/** The models chosen in this browser for a dataset; an unreadable record counts as none. */
export function readDeclaredTypologies(datasetId: string): ChosenTypologies {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(datasetId)) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, TypologyId] => typeof entry[1] === 'string' && isTypologyId(entry[1])));
  } catch {
    return {};
  }
}

/** The choices with a collectivity's model set, or with null given back to its file or to the classifier. */
export function changedTypologies(current: ChosenTypologies, key: string, model: TypologyId | null): ChosenTypologies {
  const next = { ...current };
  if (model === null) delete next[key];
  else next[key] = model;
  return next;
}

/** changedTypologies, kept at once in this browser for the dataset. */
export function declareTypology(datasetId: string, current: ChosenTypologies, key: string, model: TypologyId | null): ChosenTypologies {
  const next = changedTypologies(current, key, model);
  try {
    localStorage.setItem(storageKey(datasetId), JSON.stringify(next));
  } catch {
    // Without storage the choice lasts for this page only.
  }
  return next;
}
