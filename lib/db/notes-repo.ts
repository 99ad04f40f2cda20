/**
 * Notes: the reader's own data. Never touched by seeding or schema upgrades.
 *
 * Delete is soft (deletedAt) so the popup can offer undo with restoreNote;
 * purgeDeleted removes old soft-deleted notes for good. Lists and searches
 * leave soft-deleted notes out unless asked.
 */
import type { ClaimDb } from './schema';
import { Note, NoteInput, pageUrl, type NoteTarget } from './note-schema';

export interface ListNotesQuery {
  /** Only notes on this page (fragment ignored). */
  url?: string;
  /** Only notes about this fact (fact notes and passage notes taken from its card). */
  factId?: string;
  /** Words that must all appear (case-insensitive) in the body, quote, page title, URL or fact id. */
  query?: string;
  includeDeleted?: boolean;
}

export interface UpsertResult {
  /** New ids. */
  added: number;
  /** Known ids whose incoming copy is newer (updatedAt) and different. */
  updated: number;
  /** Known ids whose incoming copy is identical. */
  unchanged: number;
  /** Known ids whose stored copy is newer: ours is kept. */
  kept: number;
}

export interface NotesRepo {
  createNote(input: NoteInput): Promise<Note>;
  getNote(id: string): Promise<Note | undefined>;
  /** Throws if the note does not exist. */
  updateNote(id: string, patch: { body: string }): Promise<Note>;
  /** Soft delete; returns the note as now stored (with deletedAt). */
  deleteNote(id: string): Promise<Note>;
  /** Undo of deleteNote. */
  restoreNote(id: string): Promise<Note>;
  /** Hard delete of one note. */
  purgeNote(id: string): Promise<void>;
  /** Hard delete of notes soft-deleted before `before` (epoch ms); returns how many. */
  purgeDeleted(before: number): Promise<number>;
  /** Newest first (updatedAt). */
  listNotes(query?: ListNotesQuery): Promise<Note[]>;
  searchNotes(query: string): Promise<Note[]>;
  /**
   * Import: merge by id in ONE transaction, never losing a note (see UpsertResult).
   * Every note is validated first; one invalid note rejects the whole call and writes nothing.
   * With dryRun, says what would happen and writes nothing.
   */
  upsertNotes(notes: readonly Note[], opts?: { dryRun?: boolean }): Promise<UpsertResult>;
}

export interface NotesRepoOptions {
  now?: () => number;
  newId?: () => string;
}

export function createNotesRepo(db: ClaimDb, opts: NotesRepoOptions = {}): NotesRepo {
  const now = opts.now ?? Date.now;
  const newId = opts.newId ?? (() => crypto.randomUUID());

  async function mustGet(id: string): Promise<Note> {
    const note = await db.notes.get(id);
    if (!note) throw new Error(`no note with id ${id}`);
    return note;
  }
  async function change(id: string, edit: (note: Note) => Note): Promise<Note> {
    return db.transaction('rw', db.notes, async () => {
      const next = Note.parse(edit(await mustGet(id)));
      await db.notes.put(next);
      return next;
    });
  }

  async function listNotes(query: ListNotesQuery = {}): Promise<Note[]> {
    let notes: Note[];
    if (query.url !== undefined) notes = await db.notes.where('target.url').equals(pageUrl(query.url)).toArray();
    else if (query.factId !== undefined) notes = await db.notes.where('target.factId').equals(query.factId).toArray();
    else notes = await db.notes.toArray();
    if (query.url !== undefined && query.factId !== undefined) notes = notes.filter((n) => n.target.factId === query.factId);
    if (!query.includeDeleted) notes = notes.filter((n) => n.deletedAt === undefined);
    const terms = words(query.query ?? '');
    if (terms.length) notes = notes.filter((n) => matches(n, terms));
    return notes.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
  }

  return {
    async createNote(input) {
      const { target, body } = NoteInput.parse(input);
      const time = now();
      const note = Note.parse({ id: newId(), target: normalizeTarget(target), body, createdAt: time, updatedAt: time });
      await db.notes.add(note);
      return note;
    },
    getNote: (id) => db.notes.get(id),
    updateNote: (id, patch) => change(id, (note) => ({ ...note, body: patch.body, updatedAt: Math.max(now(), note.updatedAt) })),
    deleteNote: (id) => change(id, (note) => ({ ...note, deletedAt: now() })),
    restoreNote: (id) =>
      change(id, (note) => {
        const { deletedAt: _deletedAt, ...rest } = note;
        return rest;
      }),
    async purgeNote(id) {
      await db.notes.delete(id);
    },
    purgeDeleted: (before) => db.notes.filter((note) => note.deletedAt !== undefined && note.deletedAt < before).delete(),
    listNotes,
    searchNotes: (query) => listNotes({ query }),
    async upsertNotes(incoming, opts = {}) {
      const checked = incoming.map((note, index) => {
        const parsed = Note.safeParse(note);
        if (!parsed.success) throw new Error(`note ${index} is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
        return { ...parsed.data, target: normalizeTarget(parsed.data.target) };
      });
      // The same id twice in one file: the newest copy wins.
      const byId = new Map<string, Note>();
      for (const note of checked) {
        const seen = byId.get(note.id);
        if (!seen || note.updatedAt >= seen.updatedAt) byId.set(note.id, note);
      }
      const result: UpsertResult = { added: 0, updated: 0, unchanged: 0, kept: 0 };
      return db.transaction('rw', db.notes, async () => {
        const ids = [...byId.keys()];
        const existing = await db.notes.bulkGet(ids);
        const toPut: Note[] = [];
        ids.forEach((id, i) => {
          const note = byId.get(id)!;
          const old = existing[i];
          if (!old) {
            result.added++;
            toPut.push(note);
          } else if (old.updatedAt > note.updatedAt) result.kept++;
          else if (sameJson(old, note)) result.unchanged++;
          else {
            result.updated++;
            toPut.push(note);
          }
        });
        if (!opts.dryRun && toPut.length) await db.notes.bulkPut(toPut);
        return result;
      });
    },
  };
}

/** Passage URLs are stored without their fragment so a page's notes share one index key. */
function normalizeTarget(target: NoteTarget): NoteTarget {
  return target.kind === 'passage' ? { ...target, url: pageUrl(target.url) } : target;
}

function words(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

function matches(note: Note, terms: string[]): boolean {
  const t = note.target;
  const hay = [note.body, t.factId ?? '', t.kind === 'passage' ? `${t.exact}\n${t.title}\n${t.url}` : '']
    .join('\n')
    .toLocaleLowerCase();
  return terms.every((term) => hay.includes(term));
}

/** Structural equality for plain JSON-like values, key order ignored. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
