import type { TourRow } from './tour-types';

const COLUMNS: { title: string; value: (row: TourRow) => string }[] = [
  { title: 'step', value: (row) => row.step },
  { title: 'provider', value: (row) => row.provider },
  { title: 'integration', value: (row) => row.integration },
  { title: 'result', value: (row) => `${row.ok ? 'ok' : 'FAILED'}: ${row.result}` },
  { title: 'time', value: (row) => `${row.ms} ms` },
];

/** The tour's summary as a plain-text table. */
export function formatTable(rows: readonly TourRow[]): string {
  const widths = COLUMNS.map((column) => Math.max(column.title.length, ...rows.map((row) => column.value(row).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
  return [
    line(COLUMNS.map((column) => column.title)),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map((row) => line(COLUMNS.map((column) => column.value(row)))),
  ].join('\n');
}
