// Rows as a plain-text table (like cypher-shell) or as JSON lines.
import type { PlainRow, PlainValue } from '../neo4j';

/** `kg cypher` cuts long cells to keep the table readable; `kg query` prints them whole (evidence). */
export const MAX_CELL = 80;

function cell(value: PlainValue | undefined, maxCell: number): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > maxCell ? `${flat.slice(0, maxCell - 1)}…` : flat;
}

export function renderTable(columns: string[], rows: PlainRow[], maxCell = MAX_CELL): string {
  if (columns.length === 0) return '(no columns)';
  const cells = rows.map((row) => columns.map((c) => cell(row[c], maxCell)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]): string => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const body = cells.map(line);
  return [rule, line(columns), rule, ...body, rule, `${rows.length} row${rows.length === 1 ? '' : 's'}`].join('\n');
}

export function renderJsonLines(rows: PlainRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n');
}
