import { t } from '../../i18n';
import { natureLabel } from '../../i18n/labels';
import type { PartnerSummary } from '../../model/collectivity-profile';
import { countriesLocated, placeLabel } from './labels';
import { Section, ShortList } from './Section';

function years(place: PartnerSummary): string | null {
  const { since, endedIn } = place;
  if (endedIn !== null) return since === null ? t('citizen.where.until', { end: endedIn }) : t('citizen.where.between', { start: since, end: endedIn });
  return since === null ? null : t('citizen.where.since', { year: since });
}

/** The partners, which also stand as the text alternative of the map. */
export function WhereSection({ places, countries, countryName }: { places: PartnerSummary[]; countries: string[]; countryName: (iso2: string) => string }) {
  return (
    <Section id="citizen-where" title={t('citizen.where.title')}>
      <p>{t('citizen.where.countries', { list: countriesLocated(countries, countryName) })}</p>
      <ShortList
        id="citizen-partners"
        items={places}
        limit={12}
        render={(place) => {
          const { name, country } = placeLabel(place, countryName);
          const details = [years(place), ...place.natures.map(natureLabel)].filter((part): part is string => part !== null);
          return (
            <li key={place.key}>
              <strong>{name}</strong>
              {country && ` (${country})`}
              {details.map((part) => ` · ${part}`).join('')}
            </li>
          );
        }}
      />
    </Section>
  );
}
