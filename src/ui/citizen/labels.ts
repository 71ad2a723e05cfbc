import type { PartnerSummary } from '../../model/collectivity-profile';
import { formatNumber, language, locale, t, type MessageKey } from '../../i18n';
import { frenchCountryForms } from '../../i18n/country-articles';

/** "Saint-Louis (Sénégal)", or "Sénégal" when the partner is the whole country or bears its name (never "Algérie (Algérie)"). */
export function placeLabel(place: PartnerSummary, countryName: (iso2: string) => string): { name: string; country: string | null } {
  const country = countryName(place.country);
  return place.wholeCountry || place.name.localeCompare(country, 'fr', { sensitivity: 'base' }) === 0 ? { name: country, country: null } : { name: place.name, country };
}

/** « Saint-Louis (Sénégal) », or the country alone. */
export function placeText(place: PartnerSummary, countryName: (iso2: string) => string): string {
  const { name, country } = placeLabel(place, countryName);
  return country ? `${name} (${country})` : name;
}

const isFrench = () => language.value === 'fr';

/** A partner as it follows « avec »: « l’Algérie », « le Sénégal », « Saint-Louis »; in English the name alone. */
export function placeAfterWith(place: PartnerSummary, countryName: (iso2: string) => string): string {
  const { name, country } = placeLabel(place, countryName);
  return country === null && isFrench() ? frenchCountryForms(place.country, name).definite : name;
}

/** Countries as where they are: « au Maroc, en Algérie et à Madagascar »; in English the names, which the message puts after "in". */
export const countriesLocated = (countries: readonly string[], countryName: (iso2: string) => string) =>
  formatList(countries.map((iso2) => (isFrench() ? frenchCountryForms(iso2, countryName(iso2)).located : countryName(iso2))));

/** "1 pays" or "3 pays": the message for one, or for many with the count. */
export const plural = (count: number, one: MessageKey, many: MessageKey) => (count === 1 ? t(one) : t(many, { count: formatNumber(count) }));

/** Cents always shown, as a price is: "0,40 €". */
export const formatEurosWithCents = (value: number) =>
  new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

export const formatLongDate = (date: Date) => new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(date);

/** "Maroc, Sénégal et Mali" / "Morocco, Senegal and Mali". */
export const formatList = (items: readonly string[]) => new Intl.ListFormat(locale(), { type: 'conjunction' }).format(items);
