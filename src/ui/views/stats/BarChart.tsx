import { useId, useRef } from 'preact/hooks';
import { t } from '../../../i18n';
import { ChartDownloads } from './ChartDownloads';

export interface Bar {
  key: string;
  label: string;
  /** The bar's length, against the longest bar. */
  value: number;
  /** What is written at the end of the bar. */
  text: string;
  /** The row of the accessible table, after the label (one cell per header after the first). */
  cells: string[];
  /** The same cells as raw numbers, for the CSV. */
  values: (string | number)[];
  /** CSS colour; the accent colour when absent. */
  color?: string;
}

interface Props {
  title: string;
  note?: string;
  /** The table's column headers: the category, then one per cell. */
  headers: [string, ...string[]];
  bars: Bar[];
  /** Show the table at once (a printed report), not behind "Voir le tableau". */
  tableOpen?: boolean;
}

const WIDTH = 420;
const ROW = 36;
const LABEL_BASELINE = 13;
const BAR_TOP = 17;
const BAR_HEIGHT = 13;
/** Room kept right of the longest bar for its text. */
const TEXT_ROOM = 110;

/** Horizontal bars, each labelled above its bar, with the same numbers as a table for screen readers and copying. */
export function BarChart({ title, note, headers, bars, tableOpen }: Props) {
  const titleId = useId();
  const svg = useRef<SVGSVGElement>(null);
  const longest = Math.max(...bars.map((bar) => bar.value), 0);
  const scale = longest === 0 ? 0 : (WIDTH - TEXT_ROOM) / longest;
  return (
    <figure class="stats-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} class="stats-chart-title">
        {title}
      </figcaption>
      <svg ref={svg} class="stats-bars" viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} width={WIDTH} height={bars.length * ROW} aria-hidden="true">
        {bars.map((bar, row) => {
          const length = Math.max(bar.value * scale, bar.value > 0 ? 1 : 0);
          const top = row * ROW;
          return (
            <g key={bar.key}>
              <text class="stats-bar-label" x={0} y={top + LABEL_BASELINE}>
                {bar.label}
              </text>
              <rect class="stats-bar" x={0} y={top + BAR_TOP} width={length} height={BAR_HEIGHT} rx={2} style={bar.color ? { fill: bar.color } : undefined} />
              <text class="stats-bar-value" x={length + 6} y={top + BAR_TOP + BAR_HEIGHT - 2}>
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
      {note && <p class="stats-note">{note}</p>}
      <details class="stats-table" open={tableOpen}>
        <summary>{t('stats.showTable')}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                {bar.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <ChartDownloads title={title} svg={svg} headers={headers} rows={bars} />
    </figure>
  );
}
