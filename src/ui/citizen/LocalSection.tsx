import { t } from '../../i18n';
import type { CollectivityProfile, PartnerSummary } from './profile';
import { formatList } from './labels';
import { Fact, Section, ShortList } from './Section';

const placeNames = (places: PartnerSummary[]) => formatList(places.map((p) => p.name));

/** What the cooperations bring back home; left out when the data says nothing of it. */
export function LocalSection({ profile }: { profile: CollectivityProfile }) {
  const { localInterests, actors, youthMobility, jobsAndSkills } = profile;
  if (localInterests.length + actors.length + youthMobility.length + jobsAndSkills.length === 0) return null;
  return (
    <Section id="citizen-local" title={t('citizen.local.title')}>
      {localInterests.length > 0 && (
        <>
          <h3>{t('citizen.local.benefits')}</h3>
          <ShortList
            items={localInterests}
            limit={5}
            render={({ text, place }) => (
              <li key={text}>
                {text} <span class="citizen-muted">({place})</span>
              </li>
            )}
          />
        </>
      )}
      <dl class="citizen-facts">
        {actors.length > 0 && <Fact term={t('citizen.local.actors')}>{actors.join(', ')}</Fact>}
        {youthMobility.length > 0 && <Fact term={t('citizen.local.youth')}>{t('citizen.local.youthText', { places: placeNames(youthMobility) })}</Fact>}
        {jobsAndSkills.length > 0 && <Fact term={t('citizen.local.jobs')}>{t('citizen.local.jobsText', { places: placeNames(jobsAndSkills) })}</Fact>}
      </dl>
    </Section>
  );
}
