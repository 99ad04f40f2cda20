/**
 * The versioned JSON export (the only re-importable format) and the importer's
 * first half: read a file, validate it, and say what importing it would do,
 * without touching anything. The popup shows that preview; only on confirm does
 * it hand `toWrite` to the repository's bulk upsert (one transaction).
 *
 * Merge rule, so an import never loses a note: notes are matched by id; a new id
 * is added; a known id is replaced only when the file's copy is newer
 * (updatedAt) and differs; an older or identical copy leaves ours alone.
 */
import { z } from 'zod';
import {
  MAX_IMPORT_BYTES,
  NOTES_FORMAT,
  NOTES_VERSION,
  NotesFileEnvelope,
  PortableNote,
  type NotesFile,
} from './schema';

export function notesToJson(notes: readonly PortableNote[], now: Date): string {
  const file: NotesFile = {
    format: NOTES_FORMAT,
    version: NOTES_VERSION,
    exportedAt: now.toISOString(),
    notes: [...notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface InvalidNote {
  /** Position in the file's notes array (0-based). */
  index: number;
  id?: string;
  reason: string;
}

export interface ImportPreview {
  ok: true;
  added: PortableNote[];
  updated: PortableNote[];
  /** Same id, and ours is newer or identical: kept as is. */
  unchanged: PortableNote[];
  invalid: InvalidNote[];
  /** What to write on confirm: added + updated. */
  toWrite: PortableNote[];
}

export type ImportResult = ImportPreview | { ok: false; error: string };

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Compares everything but timestamps' formatting: two copies with the same content are "identical". */
function sameContent(a: PortableNote, b: PortableNote): boolean {
  return JSON.stringify([a.factId ?? null, a.passage ?? null, a.body]) === JSON.stringify([b.factId ?? null, b.passage ?? null, b.body]);
}

export interface PreviewOptions {
  /** Notes already stored (soft-deleted ones included, so a re-import can restore them). */
  existing: readonly PortableNote[];
  /** Fact ids the database knows; a note about an unknown fact is invalid. */
  knownFactIds?: ReadonlySet<string>;
  maxBytes?: number;
}

/**
 * Reads an exported file. `text` is the file's content and `byteLength` its size
 * on disk (checked first, so a huge file is refused before it is read into JSON).
 */
export function previewImport(text: string, byteLength: number, opts: PreviewOptions): ImportResult {
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  if (byteLength > maxBytes) {
    return { ok: false, error: `The file is too large (${(byteLength / 1024 / 1024).toFixed(1)} MB); the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MB. Nothing was imported.` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `This is not a JSON file (${(e as Error).message}). Nothing was imported.` };
  }
  const envelope = NotesFileEnvelope.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, error: `This is not a ClaimLens notes export (${describe(envelope.error)}). Nothing was imported.` };
  }
  const existing = new Map(opts.existing.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const preview: ImportPreview = { ok: true, added: [], updated: [], unchanged: [], invalid: [], toWrite: [] };
  envelope.data.notes.forEach((item, index) => {
    const id = typeof (item as { id?: unknown })?.id === 'string' ? ((item as { id: string }).id.slice(0, 128)) : undefined;
    const parsed = PortableNote.safeParse(item);
    if (!parsed.success) return preview.invalid.push({ index, id, reason: describe(parsed.error) });
    const note = parsed.data;
    if (seen.has(note.id)) return preview.invalid.push({ index, id, reason: 'the same id appears twice in the file' });
    seen.add(note.id);
    if (note.factId && opts.knownFactIds && !opts.knownFactIds.has(note.factId)) {
      return preview.invalid.push({ index, id, reason: `unknown fact "${note.factId}"` });
    }
    if (Date.parse(note.updatedAt) < Date.parse(note.createdAt)) {
      return preview.invalid.push({ index, id, reason: 'updatedAt is before createdAt' });
    }
    const ours = existing.get(note.id);
    if (!ours) preview.added.push(note);
    else if (!sameContent(ours, note) && Date.parse(note.updatedAt) > Date.parse(ours.updatedAt)) preview.updated.push(note);
    else preview.unchanged.push(note);
  });
  preview.toWrite = [...preview.added, ...preview.updated];
  return preview;
}

/** One line for the preview dialog: "3 new, 1 updated, 2 unchanged, 1 invalid". */
export function summarizePreview(p: ImportPreview): string {
  return `${p.added.length} new, ${p.updated.length} updated, ${p.unchanged.length} unchanged, ${p.invalid.length} invalid`;
}
