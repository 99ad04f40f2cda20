/**
 * Opening the database the safe way, for the background and extension pages.
 *
 * Never throws: a failed open (typically a schema upgrade that threw; IndexedDB
 * then aborts the upgrade and leaves the old database exactly as it was) gives
 * a repository in "unavailable" mode that serves the bundled claims from memory
 * and reports the error through repo.status(). Nothing is deleted, so the
 * reader's notes are there again once an open succeeds.
 */
import type { ClaimBundle } from './claim-rows';
import { createRepo, type DbStatus, type Repo } from './repo';
import type { NotesRepoOptions } from './notes-repo';
import { createClaimDb, DB_NAME, type ClaimDb } from './schema';
import { ensureSeeded } from './seed';

export interface OpenOptions extends NotesRepoOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** Builds the (unopened) Dexie instance; tests inject a failing upgrade here. */
  create?: (name: string) => ClaimDb;
  /** Replace the claim tables if they do not hold the bundle's version (default true). */
  seed?: boolean;
}

export async function openClaimDb(bundle: ClaimBundle, opts: OpenOptions = {}): Promise<Repo> {
  const db = (opts.create ?? createClaimDb)(opts.name ?? DB_NAME);
  const status = (state: DbStatus['state'], error?: unknown): DbStatus => ({
    state,
    ...(error === undefined ? {} : { error: describe(error) }),
    bundleVersion: bundle.snapshot.version,
    at: Date.now(),
  });
  try {
    await db.open();
  } catch (error) {
    db.close();
    return createRepo(null, { ...opts, bundle, status: status('unavailable', error) });
  }
  if (opts.seed !== false) {
    try {
      await ensureSeeded(db, bundle);
    } catch (error) {
      return createRepo(db, { ...opts, bundle, status: status('seed-failed', error) });
    }
  }
  return createRepo(db, { ...opts, bundle, status: status('ok') });
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // Dexie wraps the real cause (e.g. the exception thrown in an upgrade) in `inner`.
    const inner = (error as { inner?: unknown }).inner;
    const cause = inner instanceof Error && inner.message !== error.message ? ` (${inner.message})` : '';
    return `${error.name}: ${error.message}${cause}`.slice(0, 1000);
  }
  return String(error).slice(0, 1000);
}
