import { collectivityKey } from '../../domain/collectivity-key';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Cooperation } from '../../domain/cooperation';
import { geoJsonFile, inventoryCsvFile } from '../../data/export-files';
import { formatNumber, language, locale, t } from '../../i18n';
import { keptPositions } from '../../model/stats-tally';
import { downloadFile } from '../download';
import type { ViewProps } from './registry';
import { tableColumns, type TableColumn } from './table/columns';
import { sortPositions, type SortDirection } from './table/sort';
import { useVirtualWindow } from './table/use-virtual-window';

/** Must match `.table-grid td` height in styles.css. */
const ROW_HEIGHT = 32;
const OVERSCAN = 12;
const EXPORT_NAME = 'coopatlas-cooperations';

interface Sort {
  column: string;
  direction: SortDirection;
}

/** The filtered cooperations as a sortable table that renders only the rows in view; a row leads to its collectivity on the map. */
export default function TableView({ store, countryName }: ViewProps) {
  const { cooperations } = store.index;
  const { mask } = store.filtered.value;
  const [sort, setSort] = useState<Sort | null>(null);
  const columns = useMemo(() => tableColumns(countryName), [countryName, language.value]);
  const tableWidth = columns.reduce((sum, column) => sum + column.width, 0);

  const order = useMemo(() => {
    const positions = keptPositions(mask);
    const column = sort && columns.find((candidate) => candidate.id === sort.column);
    return column ? sortPositions(positions, (position) => column.sortKey(cooperations[position]), sort.direction, locale()) : positions;
  }, [mask, sort, columns, cooperations]);

  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [order]);
  const { start, end } = useVirtualWindow(scroller, order.length, ROW_HEIGHT, OVERSCAN);

  const rowsInOrder = () => Array.from(order, (position) => cooperations[position]);
  const sortBy = (column: TableColumn) =>
    setSort(sort?.column === column.id && sort.direction === 'ascending' ? { column: column.id, direction: 'descending' } : { column: column.id, direction: 'ascending' });
  const open = (cooperation: Cooperation) => {
    store.selectCollectivity(collectivityKey(cooperation));
    store.update({ view: 'carte' });
  };

  const visible = Array.from(order.subarray(start, end), (position) => cooperations[position]);
  return (
    <div class="table-view">
      <div class="table-toolbar">
        <h2>{t('nav.tableau')}</h2>
        <p class="table-count" data-testid="table-rows" data-count={order.length}>
          {t('table.count', { count: formatNumber(order.length) })}
        </p>
        <button type="button" class="table-export" onClick={() => downloadFile(inventoryCsvFile(EXPORT_NAME, rowsInOrder()))}>
          {t('table.exportCsv')}
        </button>
        <button
          type="button"
          class="table-export"
          onClick={() => downloadFile(geoJsonFile(EXPORT_NAME, rowsInOrder()))}
        >
          {t('table.exportGeoJson')}
        </button>
      </div>
      <p class="table-hint">{t('table.hint')}</p>
      <div class="table-scroller" ref={scroller} tabIndex={0} aria-label={t('table.caption')}>
        <table class="table-grid" aria-rowcount={order.length + 1} style={{ width: `${tableWidth}rem` }}>
          <caption class="table-caption">{t('table.caption')}</caption>
          <colgroup>
            {columns.map((column) => (
              <col key={column.id} style={{ width: `${column.width}rem` }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                const direction = sort?.column === column.id ? sort.direction : undefined;
                return (
                  <th key={column.id} scope="col" aria-sort={direction ?? 'none'} data-column={column.id} class={column.numeric ? 'table-number' : undefined}>
                    <button type="button" class="table-sort" onClick={() => sortBy(column)}>
                      {t(column.header)}
                      <span class="table-sort-mark" aria-hidden="true">
                        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {start > 0 && <Spacer rows={start} columns={columns.length} />}
            {visible.map((cooperation, i) => (
              <tr key={cooperation.id} aria-rowindex={start + i + 2} data-id={cooperation.id} onClick={() => open(cooperation)}>
                {columns.map((column, c) => {
                  const text = column.text(cooperation);
                  return (
                    <td key={column.id} title={text} class={column.numeric ? 'table-number' : undefined}>
                      {c === 0 ? (
                        <button type="button" class="link">
                          {text}
                        </button>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            {end < order.length && <Spacer rows={order.length - end} columns={columns.length} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Stands for rows that are not rendered, so that the scrollbar spans the whole table. */
function Spacer({ rows, columns }: { rows: number; columns: number }) {
  return (
    <tr class="table-spacer" aria-hidden="true" style={{ height: `${rows * ROW_HEIGHT}px` }}>
      <td colSpan={columns} />
    </tr>
  );
}
