import { t } from '../i18n';
import type { ActiveDataset } from '../state/datasets';

/** The sources of what is on screen: the dataset's own credit (the Wikipedia contributors), then the gazetteers'. */
export function attributionText(dataset: ActiveDataset): string {
  return dataset.attribution ? `${t('attribution.data')} : ${dataset.attribution} · ${t('attribution.text')}` : t('attribution.text');
}
