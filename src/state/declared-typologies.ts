import { isTypologyId, type TypologyId } from '../domain/typology';

/** Models a network chose in the app, by collectivity key, for one dataset. */
export type DeclaredTypologies = Readonly<Record<string, TypologyId>>;

const storageKey = (datasetId: string) => `coopatlas.typologies.${datasetId}`;

/** The models chosen in this browser for a dataset; an unreadable record counts as none. */
export function readDeclaredTypologies(datasetId: string): DeclaredTypologies {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(datasetId)) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, TypologyId] => typeof entry[1] === 'string' && isTypologyId(entry[1])));
  } catch {
    return {};
  }
}

/** A collectivity's model set (or, with null, given back to its file or to the classifier), kept at once. */
export function declareTypology(datasetId: string, current: DeclaredTypologies, key: string, model: TypologyId | null): DeclaredTypologies {
  const next = { ...current };
  if (model === null) delete next[key];
  else next[key] = model;
  try {
    localStorage.setItem(storageKey(datasetId), JSON.stringify(next));
  } catch {
    // Without storage the choice lasts for this page only.
  }
  return next;
}
