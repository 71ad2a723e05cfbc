import { effect } from '@preact/signals';
import type { Store } from './store';
import { decodeState, encodeState, type Vocabulary } from './url-codec';
import type { AppState } from '../domain/app-state';

/** Two states that differ at most by where the map looks. */
const sameButCamera = (a: AppState, b: AppState) => encodeState({ ...a, camera: null }) === encodeState({ ...b, camera: null });

/**
 * Keeps the store and the address bar in step: a user's change adds a history entry (moving the
 * map only updates the current one), back and forward restore the state they point to.
 */
export function syncWithUrl(store: Store, vocabulary: Vocabulary): () => void {
  const read = () => {
    const { state, unknown } = decodeState(window.location.search, vocabulary);
    store.state.value = state;
    store.notices.value = unknown;
    return state;
  };
  read();
  const onPopState = () => {
    const { camera } = read();
    if (camera) store.focus.value = camera;
  };
  window.addEventListener('popstate', onPopState);

  let previous: AppState | null = null;
  const stop = effect(() => {
    const state = store.state.value;
    const search = encodeState(state);
    const replace = previous === null || sameButCamera(previous, state);
    previous = state;
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  });
  return () => {
    stop();
    window.removeEventListener('popstate', onPopState);
  };
}
