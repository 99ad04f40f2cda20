/**
 * How a note is stored in the extension database (table `notes`).
 *
 * Pure zod, no Dexie: lib/notes (export/import) and the popup can import this
 * without pulling the database in. Timestamps are epoch milliseconds (indexable
 * and sortable in IndexedDB); lib/notes converts them to ISO dates for files.
 */
import { z } from 'zod';

export const NOTE_LIMITS = { id: 128, body: 100_000, exact: 10_000, affix: 500, url: 8192, title: 2000 } as const;

/** crypto.randomUUID() ids, and ids of imported notes (the portable format allows these characters). */
export const NoteId = z
  .string()
  .min(1)
  .max(NOTE_LIMITS.id)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'note ids may only use letters, digits and _ . : -');

/**
 * Pages a passage note may point at. `javascript:`/`data:` URLs must never be
 * stored: the popup turns note URLs into links.
 */
export const NoteUrl = z
  .string()
  .max(NOTE_LIMITS.url)
  .refine((value) => {
    try {
      return ['http:', 'https:', 'file:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'url must be an http(s) or file address');

export const FactTarget = z.object({
  kind: z.literal('fact'),
  factId: z.string().min(1).max(128),
});
export type FactTarget = z.infer<typeof FactTarget>;

/** A quoted passage on a page: W3C TextQuoteSelector fields plus where it was. */
export const PassageTarget = z.object({
  kind: z.literal('passage'),
  /** Stored without its #fragment so every note of one page shares one index key. */
  url: NoteUrl,
  title: z.string().max(NOTE_LIMITS.title),
  exact: z.string().min(1).max(NOTE_LIMITS.exact),
  prefix: z.string().max(NOTE_LIMITS.affix),
  suffix: z.string().max(NOTE_LIMITS.affix),
  /** The fact the passage states, when the note was taken from a hover card. */
  factId: z.string().min(1).max(128).optional(),
});
export type PassageTarget = z.infer<typeof PassageTarget>;

export const NoteTarget = z.discriminatedUnion('kind', [FactTarget, PassageTarget]);
export type NoteTarget = z.infer<typeof NoteTarget>;

const time = z.number().int().nonnegative();

export const Note = z.object({
  id: NoteId,
  target: NoteTarget,
  body: z.string().max(NOTE_LIMITS.body),
  createdAt: time,
  updatedAt: time,
  /** Set by deleteNote (soft delete, so the popup can undo); restoreNote clears it. */
  deletedAt: time.optional(),
});
export type Note = z.infer<typeof Note>;

/** What createNote needs; id and times are filled in by the repository. */
export const NoteInput = z.object({ target: NoteTarget, body: z.string().max(NOTE_LIMITS.body) });
export type NoteInput = z.infer<typeof NoteInput>;

/** The page a URL belongs to, for grouping notes: the fragment is dropped, the query kept. */
export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
