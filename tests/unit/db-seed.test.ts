import { afterEach, describe, expect, test } from 'vitest';
import { createClaimDb, type ClaimDb } from '../../lib/db/schema';
import { ensureSeeded } from '../../lib/db/seed';
import { createRepo } from '../../lib/db/repo';
import { openClaimDb } from '../../lib/db/open';
import { deleteDb, dump, nextBundle, uniqueName, v1Bundle } from './db-helpers';

const opened: { db: ClaimDb; name: string }[] = [];
async function freshDb(label: string): Promise<ClaimDb> {
  const name = uniqueName(label);
  const db = createClaimDb(name);
  await db.open();
  opened.push({ db, name });
  return db;
}
afterEach(async () => {
  for (const { db, name } of opened.splice(0)) {
    db.close();
    await deleteDb(name);
  }
});

const note = {
  id: 'n-1',
  target: { kind: 'fact' as const, factId: 'binance-users' },
  body: 'keep me',
  createdAt: 1,
  updatedAt: 2,
};

describe('ensureSeeded', () => {
  test('fills the claim tables so the snapshot reads back exactly as bundled', async () => {
    const db = await freshDb('fill');
    const bundle = v1Bundle();
    const result = await ensureSeeded(db, bundle);
    expect(result).toMatchObject({ seeded: true, version: bundle.snapshot.version, counts: { facts: 3, reports: 3, sources: 3 } });
    const repo = createRepo(db, { bundle: nextBundle() }); // a different fallback proves the data came from the DB
    expect(await repo.getSnapshot()).toEqual(bundle.snapshot);
    expect(await repo.listSources()).toEqual(bundle.sources);
  });

  test('seeding twice gives the same database and writes nothing the second time', async () => {
    const db = await freshDb('twice');
    const bundle = nextBundle();
    await ensureSeeded(db, bundle);
    const first = await dump(db);
    const again = await ensureSeeded(db, bundle);
    expect(again.seeded).toBe(false);
    expect(await dump(db)).toEqual(first);
    // And seeding the same bundle into another empty database gives the same rows.
    const other = await freshDb('twice-other');
    await ensureSeeded(other, bundle);
    expect(await dump(other)).toEqual(first);
  });

  test('a new claims version replaces every claim table and leaves notes and settings alone', async () => {
    const db = await freshDb('replace');
    await ensureSeeded(db, v1Bundle());
    await db.notes.add(note);
    await db.settings.put({ key: 'paused', value: true });
    const before = await dump(db);
    const next = nextBundle();
    expect((await ensureSeeded(db, next)).seeded).toBe(true);
    const after = await dump(db);
    expect(after.notes).toEqual(before.notes);
    expect(after.settings).toEqual(before.settings);
    expect((after.facts as { id: string }[]).map((f) => f.id).sort()).toEqual(next.snapshot.facts.map((f) => f.id).sort());
    expect(await db.reports.where('factId').equals('usd1-smart-contracts').count()).toBe(0);
    expect(await createRepo(db, { bundle: v1Bundle() }).getSnapshot()).toEqual(next.snapshot);
  });

  test('a seed that throws midway rolls back: old claims still readable, notes intact', async () => {
    const db = await freshDb('midway');
    const old = v1Bundle();
    await ensureSeeded(db, old);
    await db.notes.add(note);
    const before = await dump(db);
    await expect(
      ensureSeeded(db, nextBundle(), {
        afterClear: async () => {
          // The tables really are empty at this point inside the transaction…
          expect(await db.facts.count()).toBe(0);
          throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    // …and the abort brought everything back.
    expect(await dump(db)).toEqual(before);
    expect(await createRepo(db, { bundle: nextBundle() }).getSnapshot()).toEqual(old.snapshot);
  });

  test('a bundle that breaks while writing (duplicate fact id) aborts and changes nothing', async () => {
    const db = await freshDb('dup');
    await ensureSeeded(db, v1Bundle());
    await db.notes.add(note);
    const before = await dump(db);
    const broken = nextBundle();
    broken.snapshot.facts.push({ ...broken.snapshot.facts[0]!, reports: [] });
    await expect(ensureSeeded(db, broken)).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });

  test('an invalid bundle is refused before any write', async () => {
    const db = await freshDb('invalid');
    await ensureSeeded(db, v1Bundle());
    const before = await dump(db);
    const broken = nextBundle();
    broken.sources = broken.sources.slice(1); // a source without its text
    await expect(ensureSeeded(db, broken)).rejects.toThrow(/has no text/);
    expect(await dump(db)).toEqual(before);
  });

  test('same version but missing rows (a cleared table) reseeds', async () => {
    const db = await freshDb('repair');
    const bundle = nextBundle();
    await ensureSeeded(db, bundle);
    const good = await dump(db);
    await db.reports.clear();
    expect((await ensureSeeded(db, bundle)).seeded).toBe(true);
    expect(await dump(db)).toEqual(good);
  });

  test('openClaimDb reports a failed seed and keeps serving the previous claims', async () => {
    const name = uniqueName('open-seed-failed');
    const first = await openClaimDb(v1Bundle(), { name });
    expect(first.status().state).toBe('ok');
    await first.createNote({ target: { kind: 'fact', factId: 'us-fine' }, body: 'still here' });
    first.db!.close();
    const broken = nextBundle();
    broken.snapshot.facts.push(broken.snapshot.facts[0]!);
    const repo = await openClaimDb(broken, { name });
    opened.push({ db: repo.db!, name });
    expect(repo.status()).toMatchObject({ state: 'seed-failed', bundleVersion: 'test-next-1' });
    expect(repo.status().error).toBeTruthy();
    expect((await repo.getSnapshot()).version).toBe(v1Bundle().snapshot.version);
    expect((await repo.listNotes()).map((n) => n.body)).toEqual(['still here']);
  });
});

describe('the shipped claims', () => {
  test('seed into the database and read back exactly, twice, without touching notes', async () => {
    const { loadBundle } = await import('../../lib/claims/bundle');
    const bundle = loadBundle();
    const db = await freshDb('shipped');
    await db.notes.add(note);
    const result = await ensureSeeded(db, bundle);
    expect(result.seeded).toBe(true);
    expect(result.counts.facts).toBeGreaterThanOrEqual(28);
    expect(result.counts.sources).toBe(3);
    const repo = createRepo(db, { bundle: v1Bundle() });
    expect(await repo.getSnapshot()).toEqual(bundle.snapshot);
    expect(await repo.listSources()).toEqual(bundle.sources);
    const first = await dump(db);
    expect((await ensureSeeded(db, bundle)).seeded).toBe(false);
    expect(await dump(db)).toEqual(first);
    expect(first.notes).toEqual([note]);
    // The v1 fixture's old claims are replaced by the shipped ones on upgrade.
    expect((await repo.listFacts({ entity: 'cz' })).length).toBeGreaterThan(0);
  });
});
