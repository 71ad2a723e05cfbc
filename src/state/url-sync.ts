import { effect } from '@preact/signals';
import type { Store } from './store';
import { decodeState, encodeState, type Vocabulary } from './url-codec';
import type { AppState } from '../domain/app-state';

/** Two states that differ at most by where the map looks. */
const sameButCamera = (a: AppState, b: AppState) => encodeState({ ...a, camera: null }) === encodeState({ ...b, camera: null });

/**
 * Keeps the store and the address bar in step: a user's change adds a history entry (moving the
 * map only updates the current one), back and forward restore the state they point to. The
 * address always names the dataset on screen (`data`), whatever it said.
 */
export function syncWithUrl(store: Store, vocabulary: Vocabulary, data: string): () => void {
  const read = () => {
    const decoded = decodeState(window.location.search, vocabulary);
    const colorNamed = new URLSearchParams(window.location.search).has('color');
    // Without a typology (the twinnings), arcs are coloured by continent unless the address says otherwise.
    const colorBy = !colorNamed && store.gaps.has('typology') ? 'continent' : decoded.state.colorBy;
    const state = { ...decoded.state, data, colorBy };
    const { unknown } = decoded;
    store.state.value = state;
    store.notices.value = unknown;
    return state;
  };
  read();
  const onPopState = () => {
    const named = new URLSearchParams(window.location.search).get('data');
    // An entry of another dataset: the page shows that dataset, with a store of its own.
    if (named !== null && named !== data) return;
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
