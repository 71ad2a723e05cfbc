import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { CountryPlaces } from '../domain/gazetteer';
import { language } from '../i18n';
import { admin1UnitRecords } from '../model/admin1-units';
import type { OverlapIndex } from '../model/overlaps';
import type { ClusterPlace } from '../model/partner-clusters';
import { inBox, type ViewBox } from './view-box';

/** Reads a partner country's gazetteer (null: none). */
export type PlacesSource = (iso2: string) => Promise<CountryPlaces | null>;

/**
 * The admin-1 unit of each partner place, named in the interface's language, from the gazetteers
 * of the countries whose places are in `wanted` (a box, or null when none is wanted), each read once; `reading` counts the reads
 * under way. Without a source, no unit is known.
 */
export function admin1InView(index: OverlapIndex, places: readonly ClusterPlace[], wanted: ReadonlySignal<ViewBox | null>, placesOf?: PlacesSource) {
  const gazetteers = signal<ReadonlyMap<string, CountryPlaces | null>>(new Map());
  const reading = signal(0);
  const countries = computed(() => {
    const box = wanted.value;
    if (box === null) return '';
    const inView = new Set<string>();
    for (const place of places) if (inBox(box, place.position)) inView.add(place.country);
    return [...inView].sort().join(',');
  });
  const asked = new Set<string>();
  effect(() => {
    const missing = countries.value.split(',').filter((iso2) => iso2 !== '' && !asked.has(iso2));
    if (!placesOf || missing.length === 0) return;
    for (const iso2 of missing) asked.add(iso2);
    reading.value = reading.peek() + 1;
    void Promise.all(missing.map((iso2) => placesOf(iso2).catch(() => null))).then((files) => {
      gazetteers.value = new Map([...gazetteers.peek(), ...missing.map((iso2, i): [string, CountryPlaces | null] => [iso2, files[i]])]);
      reading.value = reading.peek() - 1;
    });
  });
  return { unitOf: computed(() => admin1UnitRecords(index, gazetteers.value, language.value)), reading: reading as ReadonlySignal<number> };
}
