// Plain-text tables for the CLI: left-aligned columns, numbers right-aligned, one header row.
export interface Column<T> {
  header: string;
  value: (row: T) => string | number;
}

export function formatTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => String(r[i]).length)));
  const numeric = columns.map((_, i) => cells.length > 0 && cells.every((r) => typeof r[i] === 'number'));
  const line = (values: Array<string | number>) =>
    values
      .map((v, i) => (numeric[i] ? String(v).padStart(widths[i] as number) : String(v).padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}
