/**
 * Notes as CSV (RFC 4180: CRLF rows, fields with a comma, quote or line break
 * quoted, quotes doubled), safe to open in a spreadsheet: a cell that starts
 * with = + - @ (or a tab / carriage return) would be run as a formula, so it is
 * prefixed with an apostrophe (OWASP "CSV injection").
 *
 * parseCsv is the matching reader, used to check exports and by anyone who
 * wants the rows back.
 */
import { sortNotes, type ExportContext } from './context';
import type { PortableNote } from './schema';
import { textFragmentUrl } from './text-fragment';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'fact_id',
  'fact',
  'page_title',
  'page_url',
  'link_to_passage',
  'prefix',
  'quote',
  'suffix',
  'note',
  'created',
  'updated',
] as const;

/** Neutralises spreadsheet formulas: `=1+1` becomes `'=1+1`. */
export function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvField(value: string): string {
  const cell = defuseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function notesToCsv(notes: readonly PortableNote[], ctx: ExportContext): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const note of sortNotes(notes, ctx)) {
    const p = note.passage;
    rows.push([
      note.id,
      p ? 'passage' : 'fact',
      note.factId ?? '',
      note.factId ? (ctx.facts.get(note.factId)?.label ?? '') : '',
      p?.title ?? '',
      p?.url ?? '',
      p ? textFragmentUrl(p.url, p) : '',
      p?.prefix ?? '',
      p?.exact ?? '',
      p?.suffix ?? '',
      note.body,
      note.createdAt,
      note.updatedAt,
    ]);
  }
  return toCsv(rows);
}

/** Reads RFC 4180 CSV (CRLF or LF rows) into rows of fields. Throws on an unterminated quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += c;
      fieldStarted = true;
    }
    i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (fieldStarted || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
