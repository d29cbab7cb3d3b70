import type { Cell, Row } from './generate.js';

/**
 * PostgreSQL's COPY text format: tab-separated, `\N` for NULL, backslash escapes for backslash, tab,
 * newline and carriage return; arrays as `{"…","…"}` literals.
 */
function escapeText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

function cell(value: Cell): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeText(arrayLiteral(value));
}

export function copyText(rows: readonly Row[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(cell).join('\t')}\n`;
  return out;
}
