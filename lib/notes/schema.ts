/**
 * The portable shape of a note, as every export format and the importer see it.
 *
 * This is deliberately independent of how lib/db stores notes (field names,
 * timestamps as numbers, soft-delete markers): `toPortableNote` in
 * ./portable.ts adapts a stored note to this shape, so the file format stays
 * stable even if the database schema changes. The JSON export is versioned
 * (`NOTES_FORMAT`, `NOTES_VERSION`) so older files stay importable.
 */
import { z } from 'zod';

export const NOTES_FORMAT = 'claimlens-notes';
export const NOTES_VERSION = 1;
/** Import refuses larger files before parsing them (a hostile file must not freeze the popup). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** And more notes than this in one file. */
export const MAX_IMPORT_NOTES = 20_000;

/**
 * Only web pages and local files (as lib/db's NoteUrl): a `javascript:` or
 * `data:` URL in an imported note must never become a link.
 */
export const WebUrl = z
  .string()
  .max(8192)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:';
    } catch {
      return false;
    }
  }, 'url must be an http(s) or file address');

const isoDate = z.iso.datetime({ offset: true });

/** The quoted passage a note is attached to on a web page (W3C TextQuoteSelector fields + where). */
export const PortablePassage = z.object({
  url: WebUrl,
  title: z.string().max(2000).default(''),
  exact: z.string().min(1).max(10_000),
  prefix: z.string().max(500).default(''),
  suffix: z.string().max(500).default(''),
});
export type PortablePassage = z.infer<typeof PortablePassage>;

export const PortableNote = z
  .object({
    id: z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/, 'id may only use letters, digits and _ . : -'),
    /** The fact the note is about, if any. */
    factId: z.string().max(128).regex(/^[a-z0-9-]+$/, 'factId must be a fact id such as binance-users').optional(),
    /** The page passage the note is about, if any. */
    passage: PortablePassage.optional(),
    body: z.string().max(100_000),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .refine((note) => note.factId !== undefined || note.passage !== undefined, {
    message: 'a note must be attached to a fact (factId) or a passage (passage)',
  });
export type PortableNote = z.infer<typeof PortableNote>;

/** The envelope of a JSON export; notes are validated one by one so one bad note does not sink the file. */
export const NotesFileEnvelope = z.object({
  format: z.literal(NOTES_FORMAT),
  version: z.number().int().min(1).max(NOTES_VERSION),
  exportedAt: isoDate.optional(),
  notes: z.array(z.unknown()).max(MAX_IMPORT_NOTES),
});
export type NotesFile = { format: typeof NOTES_FORMAT; version: number; exportedAt: string; notes: PortableNote[] };
