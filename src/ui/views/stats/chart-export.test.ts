import { describe, expect, it } from 'vitest';
import { chartCsv, chartFileName } from './chart-export';

describe('a chart’s table as CSV', () => {
  it('writes the headers, then each bar’s label and raw values as French Excel reads them', () => {
    const csv = chartCsv(['Pays partenaire', 'Coopérations', 'Part'], [
      { label: 'Sénégal', values: [57, 0.098] },
      { label: '=Maroc', values: [3, ''] },
    ]);
    expect(csv).toBe('\uFEFFPays partenaire;Coopérations;Part\r\nSénégal;57;0,098\r\n\'=Maroc;3;\r\n');
  });

  it('names the file after the chart, without accents or spaces', () => {
    expect(chartFileName('Coopérations par pays partenaire (10 premiers)')).toBe('cooperations-par-pays-partenaire-10-premiers');
    expect(chartFileName('…')).toBe('graphique');
  });
});
