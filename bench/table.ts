import type { Result } from './harness';

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));

/** Wide enough for the usual names and figures, so that tables printed row by row line up. */
const MIN_WIDTHS = [15, 36, 9, 8, 11, 6];

function table(header: string[], rows: string[][], withHeader = true, minWidths: readonly number[] = []): string {
  const widths = header.map((cell, c) => Math.max(minWidths[c] ?? 0, cell.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [...(withHeader ? [line(header), widths.map((w) => '-'.repeat(w)).join('  ')] : []), ...rows.map(line)].join('\n');
}

export function resultTable(results: readonly Result[], withHeader: boolean): string {
  return table(
    ['benchmark', 'baseline', 'n', 'ours ms', 'baseline ms', 'ratio'],
    results.map((r) => [r.name, r.baselineName, r.n.toLocaleString('en'), ms(r.ms), ms(r.baselineMs), r.ratio.toFixed(2)]),
    withHeader,
    MIN_WIDTHS,
  );
}

export function memoryTable(rows: readonly { n: number; index: number | null; crossfilter2: number | null }[]): string {
  const bytes = (value: number | null) => (value === null ? 'n/a (run with --expose-gc)' : value.toFixed(1));
  return table(['n', 'our index', 'crossfilter2'], rows.map((row) => [row.n.toLocaleString('en'), bytes(row.index), bytes(row.crossfilter2)]));
}
