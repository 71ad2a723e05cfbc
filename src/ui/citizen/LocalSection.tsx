import { t } from '../../i18n';
import type { CollectivityProfile, PartnerSummary } from '../../model/collectivity-profile';
import { formatList, placeAfterWith } from './labels';
import { Fact, PlacedTextList, Section } from './Section';

/** What the cooperations bring back home; left out when the data says nothing of it. */
export function LocalSection({ profile, countryName }: { profile: CollectivityProfile; countryName: (iso2: string) => string }) {
  const placeNames = (places: PartnerSummary[]) => formatList(places.map((place) => placeAfterWith(place, countryName)));
  const { localInterests, actors, youthMobility, jobsAndSkills } = profile;
  const facts = actors.length + youthMobility.length + jobsAndSkills.length;
  if (localInterests.length + facts === 0) return null;
  return (
    <Section id="citizen-local" title={t('citizen.local.title')}>
      <PlacedTextList title={t('citizen.local.benefits')} texts={localInterests} limit={5} />
      {facts > 0 && (
        <dl class="citizen-facts">
          {actors.length > 0 && <Fact term={t('citizen.local.actors')}>{actors.join(', ')}</Fact>}
          {youthMobility.length > 0 && <Fact term={t('citizen.local.youth')}>{t('citizen.local.youthText', { places: placeNames(youthMobility) })}</Fact>}
          {jobsAndSkills.length > 0 && <Fact term={t('citizen.local.jobs')}>{t('citizen.local.jobsText', { places: placeNames(jobsAndSkills) })}</Fact>}
        </dl>
      )}
    </Section>
  );
}
