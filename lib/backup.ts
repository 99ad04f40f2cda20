/**
 * The reader's data as one file: notes, settings (marks, sites switched off,
 * pause) and the sources the reader added. Export writes a versioned JSON
 * object; import validates the whole file with zod (and every reader source's
 * quotes against its stored text) before it writes anything, then writes it in
 * one transaction; "delete everything" returns what it removed, so the options
 * page can offer undo (restoreEverything puts exactly that back).
 *
 * Plain functions over the repository (lib/db). Settings are not written here:
 * they go through the background (settings:set), which stores them, mirrors
 * them and tells every open tab; the caller passes that as `applySettings`.
 */
import { z } from 'zod';
import type { Repo } from './db';
import { Note } from './db/note-schema';
import type { ReaderSourceRow } from './db/schema';
import { MarksMessage } from './messages';
import { checkReaderSource, ReaderSource } from './sources/reader-source';
import { DEFAULT_MARKS, type Marks } from './marks';

export const BACKUP_FORMAT = 'claimlens-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing (a reader source holds at most 400 KB of text). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export const BackupSettings = z.object({
  paused: z.boolean(),
  /** Sites switched off. */
  sites: z.array(z.string().max(512)).max(2000),
  marks: MarksMessage,
});
export type BackupSettings = z.infer<typeof BackupSettings>;

const BackupReaderSource = ReaderSource.extend({ deletedAt: z.number().int().nonnegative().optional() });

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string().datetime(),
  notes: z.array(Note).max(100_000),
  settings: BackupSettings,
  readerSources: z.array(BackupReaderSource).max(1000),
});
export type Backup = z.infer<typeof Backup>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { paused: false, sites: [], marks: { ...DEFAULT_MARKS } };

/** Everything the reader has, deleted notes and removed sources included (they can still be undone). */
export async function collectBackup(repo: Repo, settings: BackupSettings, now: Date): Promise<Backup> {
  const [notes, readerSources] = await Promise.all([repo.listNotes({ includeDeleted: true }), repo.listReaderSources({ includeRemoved: true })]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    notes,
    settings: { paused: settings.paused, sites: [...settings.sites], marks: { ...settings.marks } },
    readerSources,
  };
}

export function backupFileName(now: Date): string {
  return `claimlens-backup-${now.toISOString().slice(0, 10)}.json`;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

/**
 * A file's text → a backup, or one clear sentence saying what is wrong. Checks the format and
 * version, every field, and that every quote of every reader source is in its stored text and
 * states its value (checkReaderSource against the bundled facts).
 */
export function parseBackup(text: string, snapshot: Parameters<typeof checkReaderSource>[1]): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: 'This file is too large to be a ClaimLens backup.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON, so it is not a ClaimLens backup. Nothing was changed.' };
  }
  const head = z.object({ format: z.string(), version: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This JSON file is not a ClaimLens backup (use “Export everything” to make one). Nothing was changed.' };
  }
  if (head.data.version !== BACKUP_VERSION) {
    return { ok: false, error: `This backup is version ${String(head.data.version).slice(0, 20)}; this ClaimLens reads version ${BACKUP_VERSION}. Nothing was changed.` };
  }
  const parsed = Backup.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    return { ok: false, error: `The backup is damaged at ${where}: ${issue?.message ?? 'invalid'}. Nothing was changed.` };
  }
  for (const source of parsed.data.readerSources) {
    const { deletedAt: _deleted, ...plain } = source;
    const check = checkReaderSource(plain, snapshot);
    if (!check.ok) return { ok: false, error: `The source “${source.title.slice(0, 80)}” in the backup does not check out: ${check.errors[0]}. Nothing was changed.` };
  }
  return { ok: true, backup: parsed.data };
}

export interface ImportCounts {
  notes: { added: number; updated: number; unchanged: number };
  readerSources: number;
}

/**
 * Merges a parsed backup: notes by id (the newer edit wins, as the notes import does), reader
 * sources by id (the backup's copy replaces the stored one), in one transaction; then settings.
 */
export async function importBackup(repo: Repo, backup: Backup, applySettings: (settings: BackupSettings) => Promise<void>): Promise<ImportCounts> {
  const db = repo.db;
  if (!db) throw new Error('the ClaimLens database is unavailable; nothing was imported');
  const result = await db.transaction('rw', db.notes, db.readerSources, async () => {
    const notes = await repo.upsertNotes(backup.notes);
    for (const source of backup.readerSources) await db.readerSources.put({ ...source });
    return { notes: { added: notes.added, updated: notes.updated, unchanged: notes.unchanged }, readerSources: backup.readerSources.length };
  });
  await applySettings(backup.settings);
  return result;
}

/**
 * Deletes every note and reader source and resets the settings; returns what was there, so
 * restoreEverything can undo it.
 */
export async function deleteEverything(repo: Repo, current: BackupSettings, applySettings: (settings: BackupSettings) => Promise<void>, now: Date): Promise<Backup> {
  const db = repo.db;
  if (!db) throw new Error('the ClaimLens database is unavailable; nothing was deleted');
  const kept = await collectBackup(repo, current, now);
  await db.transaction('rw', db.notes, db.readerSources, async () => {
    await db.notes.clear();
    await db.readerSources.clear();
  });
  await applySettings(structuredClone(DEFAULT_BACKUP_SETTINGS));
  return kept;
}

/** Puts back exactly what deleteEverything removed (ids, times and deleted states included). */
export async function restoreEverything(repo: Repo, kept: Backup, applySettings: (settings: BackupSettings) => Promise<void>): Promise<void> {
  const db = repo.db;
  if (!db) throw new Error('the ClaimLens database is unavailable; nothing was restored');
  await db.transaction('rw', db.notes, db.readerSources, async () => {
    await db.notes.bulkPut(kept.notes.map((n) => ({ ...n })));
    await db.readerSources.bulkPut(kept.readerSources.map((s) => ({ ...s }) as ReaderSourceRow));
  });
  await applySettings(kept.settings);
}

/** Marks from a backup (typed for the options page). */
export const backupMarks = (settings: BackupSettings): Marks => ({ ...settings.marks });
