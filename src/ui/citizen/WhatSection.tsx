import { formatNumber, t } from '../../i18n';
import { natureLabel, themeLabel } from '../../i18n/labels';
import type { CollectivityProfile } from '../../model/collectivity-profile';

import { PlacedTextList, Section } from './Section';

/** Labels with how many cooperations have them, under a title; nothing when there are none. */
function CountedTags({ title, tags }: { title: string; tags: { key: string; label: string; count: number }[] }) {
  if (tags.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="citizen-tags">
        {tags.map(({ key, label, count }) => (
          <li key={key}>{`${label} (${formatNumber(count)})`}</li>
        ))}
      </ul>
    </>
  );
}

export function WhatSection({ profile }: { profile: CollectivityProfile }) {
  const { themes, natures, descriptions } = profile;
  return (
    <Section id="citizen-what" title={t('citizen.what.title')}>
      <CountedTags title={t('citizen.what.themes')} tags={themes.map(({ id, count }) => ({ key: id, label: themeLabel(id), count }))} />
      <CountedTags title={t('citizen.what.natures')} tags={natures.map(({ id, count }) => ({ key: id, label: natureLabel(id), count }))} />
      <PlacedTextList title={t('citizen.what.projects')} texts={descriptions} limit={6} />
    </Section>
  );
}
