/**
 * Seeding: make the claim tables hold exactly the bundled claims.
 *
 * Runs on install, on update and at every start of the background (cheap when
 * nothing changed: one meta read and five counts). Dexie's on('populate') alone
 * would only run when the database is first created, so an update that ships
 * new claims would never reach an existing install.
 *
 * Everything happens in ONE read-write transaction over the claim tables and
 * meta, and notes/settings are not even in its scope, so seeding cannot touch
 * them. If anything throws midway the transaction aborts and IndexedDB rolls
 * back: the previous claims stay as they were.
 */
import { CLAIM_TABLES, type ClaimDb, type ClaimTableName } from './schema';
import { bundleToRows, rowCounts, validateBundle, type ClaimBundle } from './claim-rows';

export const CLAIMS_META_KEY = 'claims';

export interface SeedResult {
  /** false when the tables already held this version (nothing written). */
  seeded: boolean;
  version: string;
  counts: Record<ClaimTableName, number>;
}

export interface SeedOptions {
  /** Called inside the transaction after the old rows are cleared; tests use it to fail midway. */
  afterClear?: () => void | Promise<void>;
}

export async function ensureSeeded(db: ClaimDb, bundle: ClaimBundle, opts: SeedOptions = {}): Promise<SeedResult> {
  validateBundle(bundle);
  const rows = bundleToRows(bundle);
  const counts = rowCounts(rows);
  const version = bundle.snapshot.version;
  const scope = [...CLAIM_TABLES.map((name) => db.table(name)), db.meta];
  return db.transaction('rw', scope, async () => {
    const meta = await db.meta.get(CLAIMS_META_KEY);
    if (meta?.version === version && (await countsMatch(db, counts))) return { seeded: false, version, counts };
    await Promise.all(CLAIM_TABLES.map((name) => db.table(name).clear()));
    await opts.afterClear?.();
    // bulkAdd (not bulkPut): a duplicate id in the bundle is an error that aborts, not a silent overwrite.
    await db.sources.bulkAdd(rows.sources);
    await db.entities.bulkAdd(rows.entities);
    await db.parties.bulkAdd(rows.parties);
    await db.facts.bulkAdd(rows.facts);
    await db.reports.bulkAdd(rows.reports);
    await db.meta.put({ key: CLAIMS_META_KEY, version, counts });
    return { seeded: true, version, counts };
  });
}

/** A matching version with missing rows (e.g. a cleared table) still reseeds. */
async function countsMatch(db: ClaimDb, expected: Record<ClaimTableName, number>): Promise<boolean> {
  for (const name of CLAIM_TABLES) {
    if ((await db.table(name).count()) !== expected[name]) return false;
  }
  return true;
}
