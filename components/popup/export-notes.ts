/**
 * Builds the export files from stored notes: the chosen format, a file name and
 * a MIME type. Pure apart from the inputs it is given.
 */
import type { Note } from '../../lib/db';
import type { CompiledFact, Report, SourceMeta } from '../../lib/model';
import { makeExportContext } from '../../lib/notes/context';
import { notesToCsv } from '../../lib/notes/csv';
import { notesToJson } from '../../lib/notes/json';
import { notesToMarkdown } from '../../lib/notes/markdown';
import { toPortableNote } from '../../lib/notes/portable';
import { notesToWebAnnotations } from '../../lib/notes/web-annotation';
import { exportFileName } from '../shared/download';

export const EXPORT_FORMATS = {
  markdown: { label: 'Markdown (readable)', ext: 'md', mime: 'text/markdown' },
  json: { label: 'JSON (re-importable)', ext: 'json', mime: 'application/json' },
  csv: { label: 'CSV (spreadsheets)', ext: 'csv', mime: 'text/csv' },
  annotation: { label: 'W3C Web Annotation (JSON-LD)', ext: 'jsonld', mime: 'application/ld+json' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export interface ExportInput {
  format: ExportFormat;
  notes: readonly Note[];
  facts: readonly CompiledFact[];
  sources: readonly SourceMeta[];
  now: Date;
  formatValue?: (fact: CompiledFact, report: Report) => string | undefined;
  /** "this page" exports say which page in the heading and file name. */
  pageTitle?: string;
}

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

export function buildExport(input: ExportInput): ExportFile {
  const portable = input.notes.map(toPortableNote);
  const ctx = makeExportContext(input.facts, input.sources, input.now, input.formatValue);
  const heading = input.pageTitle ? `ClaimLens notes: ${input.pageTitle}` : 'ClaimLens notes';
  const { ext, mime } = EXPORT_FORMATS[input.format];
  const name = exportFileName(input.pageTitle ? 'page-notes' : 'notes', ext, input.now);
  const text = {
    markdown: () => notesToMarkdown(portable, ctx, heading),
    json: () => notesToJson(portable, input.now),
    csv: () => notesToCsv(portable, ctx),
    annotation: () => `${JSON.stringify(notesToWebAnnotations(portable, ctx, heading), null, 2)}\n`,
  }[input.format]();
  return { filename: name, mime, text };
}
