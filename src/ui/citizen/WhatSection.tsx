import { t } from '../../i18n';
import type { CollectivityProfile } from './profile';
import { formatCount, natureLabel, themeLabel } from './labels';
import { Section, ShortList } from './Section';

const counted = (label: string, count: number) => `${label} (${formatCount(count)})`;

export function WhatSection({ profile }: { profile: CollectivityProfile }) {
  const { themes, natures, descriptions } = profile;
  return (
    <Section id="citizen-what" title={t('citizen.what.title')}>
      {themes.length > 0 && (
        <>
          <h3>{t('citizen.what.themes')}</h3>
          <ul class="citizen-tags">
            {themes.map(({ id, count }) => (
              <li key={id}>{counted(themeLabel(id), count)}</li>
            ))}
          </ul>
        </>
      )}
      {natures.length > 0 && (
        <>
          <h3>{t('citizen.what.natures')}</h3>
          <ul class="citizen-tags">
            {natures.map(({ id, count }) => (
              <li key={id}>{counted(natureLabel(id), count)}</li>
            ))}
          </ul>
        </>
      )}
      {descriptions.length > 0 && (
        <>
          <h3>{t('citizen.what.projects')}</h3>
          <ShortList
            items={descriptions}
            limit={6}
            render={({ text, place }) => (
              <li key={text}>
                {text} <span class="citizen-muted">({place})</span>
              </li>
            )}
          />
        </>
      )}
    </Section>
  );
}
