import type { RefObject } from 'preact';
import { t } from '../../../i18n';
import { downloadBlob, downloadText } from '../../download';
import { chartCsv, chartFileName, chartSvgText, svgToPng } from './chart-export';

interface Props {
  title: string;
  svg: RefObject<SVGSVGElement | null>;
  headers: readonly string[];
  rows: readonly { label: string; values: readonly (string | number)[] }[];
}

/** PNG and SVG of the chart, CSV of its table. */
export function ChartDownloads({ title, svg, headers, rows }: Props) {
  const name = chartFileName(title);
  const image = () => svg.current && chartSvgText(svg.current, title);
  const downloadSvg = () => {
    const drawn = image();
    if (drawn) downloadText(`${name}.svg`, drawn.text, 'image/svg+xml');
  };
  const downloadPng = async () => {
    const drawn = image();
    if (drawn) downloadBlob(`${name}.png`, await svgToPng(drawn));
  };
  return (
    <div class="stats-downloads" role="group" aria-label={`${t('stats.download.label')} — ${title}`}>
      <span>{t('stats.download.label')}</span>
      <button type="button" data-download="png" onClick={downloadPng}>
        {t('stats.download.png')}
      </button>
      <button type="button" data-download="svg" onClick={downloadSvg}>
        {t('stats.download.svg')}
      </button>
      <button type="button" data-download="csv" onClick={() => downloadText(`${name}.csv`, chartCsv(headers, rows), 'text/csv;charset=utf-8')}>
        {t('stats.download.csv')}
      </button>
    </div>
  );
}
