import { THEME_SDGS } from '../../domain/sdg';
import { t } from '../../i18n';
import { sdgName, themeLabel } from '../../i18n/labels';
import type { CollectivityProfile } from '../../model/collectivity-profile';
import { formatList } from './labels';

import { Section } from './Section';

/** The sustainable development goals served by the collectivity's themes (see src/domain/sdg.ts). */
export function SdgSection({ profile }: { profile: CollectivityProfile }) {
  if (profile.goals.length === 0) return null;
  return (
    <Section id="citizen-sdg" title={t('citizen.sdg.title')}>
      <p>{t('citizen.sdg.intro')}</p>
      <ul class="citizen-list citizen-goals">
        {profile.goals.map((goal) => {
          const themes = profile.themes.filter(({ id }) => THEME_SDGS[id].includes(goal)).map(({ id }) => themeLabel(id));
          return (
            <li key={goal}>
              <strong>{t('citizen.sdg.goal', { number: goal, name: sdgName(goal) })}</strong>{' '}
              <span class="citizen-muted">{t('citizen.sdg.through', { themes: formatList(themes) })}</span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
