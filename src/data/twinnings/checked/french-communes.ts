import type { CheckedCommune } from '../checked-points';

/** French names several communes share: the commune each pair's partner is twinned with, where the most populous of the name is not it. */
export const CHECKED_FRENCH_COMMUNES: readonly CheckedCommune[] = [
  // Malle's twinning association (verbroedering) tells of a cycling trip whose first stage runs from
  // Saint-Savin to Châteauroux: a day's ride (75 km) only from Saint-Savin of the Vienne, none of the
  // other three (Isère, Gironde, Hautes-Pyrénées).
  {
    french: 'Saint-Savin',
    partner: 'Malle',
    iso2: 'BE',
    insee: '86246',
    source: 'https://verbroedering-malle.be/goldenbridge/malle37b1.html?%24Path=%2F&%24Version=1&page=2',
  },
];
