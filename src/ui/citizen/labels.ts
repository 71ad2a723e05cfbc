import type { CollectivityKind, Nature } from '../../domain/cooperation';
import type { PartnerSummary } from './profile';
import { POPULATION_BANDS, type PopulationBandId } from '../../domain/population-bands';
import { SDG_NAMES, type SdgNumber } from '../../domain/sdg';
import { language, locale, t, type MessageKey } from '../../i18n';

export const natureLabel = (nature: Nature) => t(`nature.${nature}` as MessageKey);
export const kindLabel = (kind: CollectivityKind) => t(`kind.${kind}` as MessageKey);
export const sdgName = (goal: SdgNumber) => SDG_NAMES[goal][language.value];

/** "Saint-Louis (Sénégal)", or "Sénégal" when the partner is the whole country. */
export function placeLabel(place: PartnerSummary, countryName: (iso2: string) => string): { name: string; country: string | null } {
  return place.wholeCountry ? { name: countryName(place.country), country: null } : { name: place.name, country: countryName(place.country) };
}

export function bandLabel(id: PopulationBandId): string {
  const band = POPULATION_BANDS.find((b) => b.id === id)!;
  return language.value === 'fr' ? band.labelFr : band.labelEn;
}

/** "1 pays" or "3 pays": the message for one, or for many with the count. */
export const plural = (count: number, one: MessageKey, many: MessageKey) => (count === 1 ? t(one) : t(many, { count: formatCount(count) }));

export const formatCount = (value: number) => new Intl.NumberFormat(locale()).format(value);

/** Cents always shown, as a price is: "0,40 €". */
export const formatEurosWithCents = (value: number) =>
  new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

export const formatLongDate = (date: Date) => new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(date);

/** "Maroc, Sénégal et Mali" / "Morocco, Senegal and Mali". */
export const formatList = (items: readonly string[]) => new Intl.ListFormat(locale(), { type: 'conjunction' }).format(items);
