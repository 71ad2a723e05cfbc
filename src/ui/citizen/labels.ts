import type { PartnerSummary } from '../../model/collectivity-profile';
import { formatNumber, locale, t, type MessageKey } from '../../i18n';

/** "Saint-Louis (Sénégal)", or "Sénégal" when the partner is the whole country. */
export function placeLabel(place: PartnerSummary, countryName: (iso2: string) => string): { name: string; country: string | null } {
  return place.wholeCountry ? { name: countryName(place.country), country: null } : { name: place.name, country: countryName(place.country) };
}

/** "1 pays" or "3 pays": the message for one, or for many with the count. */
export const plural = (count: number, one: MessageKey, many: MessageKey) => (count === 1 ? t(one) : t(many, { count: formatNumber(count) }));

/** Cents always shown, as a price is: "0,40 €". */
export const formatEurosWithCents = (value: number) =>
  new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

export const formatLongDate = (date: Date) => new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(date);

/** "Maroc, Sénégal et Mali" / "Morocco, Senegal and Mali". */
export const formatList = (items: readonly string[]) => new Intl.ListFormat(locale(), { type: 'conjunction' }).format(items);
