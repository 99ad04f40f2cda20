/**
 * How extension pages (popup, source viewer) open the database: directly (same
 * extension origin as the background), without seeding — the background owns
 * seeding and reports how it went in storage.local (DB_STATUS_KEY).
 *
 * Why not openClaimDb: it needs the bundled claims up front, and compiling and
 * validating them costs 30–100 ms on every popup opening. Here the bundle is
 * only loaded if the repository actually falls back to it (database not seeded
 * yet, or unavailable), so the popup's first paint waits on IndexedDB alone.
 */
import { loadBundle } from '../../lib/claims/bundle';
import { createClaimDb, createRepo, CLAIMS_META_KEY, type ClaimBundle, type DbStatus, type Repo } from '../../lib/db';
import { DB_STATUS_KEY } from '../../lib/background/db-context';

/** A bundle that compiles the bundled claims on first use only. */
function lazyBundle(load: () => ClaimBundle): ClaimBundle {
  return {
    get snapshot() {
      return load().snapshot;
    },
    get sources() {
      return load().sources;
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 1000);
  const inner = (error as { inner?: unknown }).inner;
  const cause = inner instanceof Error && inner.message !== error.message ? ` (${inner.message})` : '';
  return `${error.name}: ${error.message}${cause}`.slice(0, 1000);
}

export interface OpenRepoDeps {
  /** storage.local.get, to read the background's last database status. */
  readStorage: (key: string) => Promise<Record<string, unknown>>;
}

export async function openRepo(deps: OpenRepoDeps): Promise<Repo> {
  const db = createClaimDb();
  try {
    await db.open();
  } catch (error) {
    db.close();
    const bundle = loadBundle();
    const status: DbStatus = { state: 'unavailable', error: describe(error), bundleVersion: bundle.snapshot.version, at: Date.now() };
    return createRepo(null, { bundle, status });
  }
  const [meta, stored] = await Promise.all([
    db.meta.get(CLAIMS_META_KEY).catch(() => undefined),
    deps.readStorage(DB_STATUS_KEY).catch(() => ({}) as Record<string, unknown>),
  ]);
  const background = stored[DB_STATUS_KEY] as Partial<DbStatus> | undefined;
  // The background could open the database but not replace the claims: say so (we still serve what is there).
  const status: DbStatus =
    background?.state === 'seed-failed'
      ? { state: 'seed-failed', error: String(background.error ?? ''), bundleVersion: String(background.bundleVersion ?? ''), at: Date.now() }
      : { state: 'ok', bundleVersion: meta?.version ?? '', at: Date.now() };
  return createRepo(db, { bundle: lazyBundle(loadBundle), status });
}
