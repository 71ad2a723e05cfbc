import { formatNumber, locale, t } from '../i18n';
import type { Publication } from '../domain/site';
import type { ActiveDataset } from '../state/datasets';

/** The sources of what is on screen: the dataset's own credit (the Wikipedia contributors), then the gazetteers'. */
export function attributionText(dataset: ActiveDataset): string {
  return dataset.attribution ? `${t('attribution.data')} : ${dataset.attribution} · ${t('attribution.text')}` : t('attribution.text');
}

/** The day of a publication, as written (an ISO date read in UTC, so that no time zone moves it). */
export const publicationDate = (publication: Publication) =>
  new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(publication.publishedAt));

/** What a published atlas says of its data: when, from which file, how much of it. */
export function publicationText(publication: Publication): string {
  return t('publication.footer', {
    date: publicationDate(publication),
    source: publication.source,
    imported: formatNumber(publication.imported),
    rows: formatNumber(publication.rows),
    rejected: formatNumber(publication.rejected),
  });
}
