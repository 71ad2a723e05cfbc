import type { ComponentType } from 'preact';
import type { Store } from '../../state/store';
import type { ViewId } from '../../domain/app-state';

/** What every view receives: the store (filters apply to every view) and how to name a country. */
export interface ViewProps {
  store: Store;
  countryName: (iso2: string) => string;
}

/**
 * Views other than the map, loaded on demand so that the first view does not wait for them.
 * A view appears in the navigation once it is listed here.
 */
export const LAZY_VIEWS: Partial<Record<Exclude<ViewId, 'carte'>, () => Promise<{ default: ComponentType<ViewProps> }>>> = {
  chevauchements: () => import('./OverlapsView'),
  statistiques: () => import('./StatsView'),
  tableau: () => import('./TableView'),
  typologie: () => import('./TypologyView'),
};
