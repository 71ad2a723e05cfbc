import { effect } from '@preact/signals';
import type { Store } from './store';
import { decodeState, encodeState, type Vocabulary } from './url-codec';

/**
 * Keeps the store and the address bar in step: a user's change adds a history entry,
 * back and forward restore the state they point to.
 */
export function syncWithUrl(store: Store, vocabulary: Vocabulary): () => void {
  const read = () => {
    const { state, unknown } = decodeState(window.location.search, vocabulary);
    store.state.value = state;
    store.notices.value = unknown;
  };
  read();
  window.addEventListener('popstate', read);

  let first = true;
  const stop = effect(() => {
    const search = encodeState(store.state.value);
    const replace = first;
    first = false;
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  });
  return () => {
    stop();
    window.removeEventListener('popstate', read);
  };
}
