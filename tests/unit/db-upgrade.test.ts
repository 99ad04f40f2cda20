/**
 * Upgrading a real v1 install (tests/fixtures/db/v1.json) to the current schema
 * and the current claims, and what happens when an upgrade throws.
 */
import { DEFAULT_MARKS } from '../../lib/marks';
import { afterEach, expect, test } from 'vitest';
import { createClaimDb, LATEST_VERSION, SCHEMA_VERSIONS, type ClaimDb } from '../../lib/db/schema';
import { openClaimDb } from '../../lib/db/open';
import { DbUnavailableError } from '../../lib/db/repo';
import { ensureSeeded } from '../../lib/db/seed';
import { existsSync } from 'node:fs';
import { deleteDb, dump, installV1, nextBundle, uniqueName, V1_FIXTURE } from './db-helpers';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});
function track(name: string, db?: ClaimDb | null) {
  cleanup.push(async () => {
    db?.close();
    await deleteDb(name);
  });
}
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

test('the v1 fixture exists and there is a real previous schema version', () => {
  expect(existsSync(V1_FIXTURE)).toBe(true);
  expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3]);
  expect(LATEST_VERSION).toBe(3);
});

test('v1 → v2 schema upgrade keeps every note exactly and moves the claims marker to meta', async () => {
  const name = uniqueName('v1-schema');
  const fixture = await installV1(name);
  const db = createClaimDb(name, { upTo: 2 });
  track(name, db);
  await db.open();
  expect(db.verno).toBe(2);
  expect(await db.notes.toArray()).toEqual([...fixture.tables.notes].sort(byId as never));
  // The upgrade function ran: the seeded version moved out of the reader's settings.
  expect(await db.meta.get('claims')).toEqual({
    key: 'claims',
    version: 'v1-fixture-2024-06',
    counts: { sources: 3, entities: 4, parties: 2, facts: 3, reports: 3 },
  });
  expect(await db.settings.get('claimsVersion')).toBeUndefined();
  expect(await db.settings.get('sites')).toEqual({ key: 'sites', value: { 'news.example.org': false } });
  // v2's new indexes work on the old notes.
  expect((await db.notes.where('target.url').equals('https://news.example.org/binance-comeback').toArray()).map((n) => n.id)).toEqual([
    '5a3c9e1f-8b2d-4f6a-b1c7-0d9e8f7a6b52',
  ]);
  expect(await db.notes.orderBy('updatedAt').first()).toMatchObject({ id: '0b6f1c1e-2d7a-4c3e-9a57-1f0e7c2b9d11' });
});

test('upgrading a v1 install with notes to the new schema and new claims keeps every note and replaces the claims', async () => {
  const name = uniqueName('v1-full');
  const fixture = await installV1(name);
  const next = nextBundle();
  const repo = await openClaimDb(next, { name });
  track(name, repo.db);
  expect(repo.status()).toMatchObject({ state: 'ok', bundleVersion: 'test-next-1' });
  const db = repo.db!;
  // Every note, deleted ones included, deep-equal to what the old install held.
  expect((await db.notes.toArray()).sort(byId)).toEqual([...fixture.tables.notes].sort(byId as never));
  expect(await repo.listNotes({ includeDeleted: true })).toHaveLength(fixture.tables.notes.length);
  // Claims replaced: the update's facts, nothing left over from v1.
  expect(await repo.getSnapshot()).toEqual(next.snapshot);
  expect(await db.facts.get('usd1-smart-contracts')).toBeUndefined();
  expect(await db.reports.where('factId').equals('usd1-smart-contracts').count()).toBe(0);
  expect((await db.meta.get('claims'))?.version).toBe('test-next-1');
  // Settings survived too.
  expect(await repo.siteStatus('https://news.example.org/x')).toEqual({ host: 'news.example.org', enabled: false, paused: false, marks: DEFAULT_MARKS });
});

test('an upgrade that throws loses nothing: the open fails softly, the bundle is served, and the data is intact', async () => {
  const name = uniqueName('v1-throws');
  const fixture = await installV1(name);
  const next = nextBundle();
  // A future schema whose upgrade wipes notes and then throws midway.
  const broken = (dbName: string) => {
    const db = createClaimDb(dbName);
    db.version(3)
      .stores({ notes: 'id, createdAt, updatedAt, target.url, target.factId, deletedAt' })
      .upgrade(async (tx) => {
        await tx.table('notes').clear();
        await tx.table('facts').clear();
        throw new Error('upgrade bug');
      });
    return db;
  };
  const failed = await openClaimDb(next, { name, create: broken });
  expect(failed.db).toBeNull();
  expect(failed.status().state).toBe('unavailable');
  expect(failed.status().error).toMatch(/upgrade bug/);
  // Claims still answer, from the bundle in memory; notes refuse clearly instead of looking empty.
  expect(await failed.getSnapshot()).toEqual(next.snapshot);
  expect((await failed.listFacts({ entity: 'binance' })).length).toBeGreaterThan(0);
  await expect(failed.listNotes()).rejects.toBeInstanceOf(DbUnavailableError);
  expect(await failed.siteStatus('https://example.com/')).toEqual({ host: 'example.com', enabled: true, paused: false, marks: DEFAULT_MARKS });

  // Nothing was lost: the database is still the v1 install, byte for byte.
  const v1 = createClaimDb(name, { upTo: 1 });
  await v1.open();
  expect(v1.verno).toBe(1);
  const rows = await dump(v1);
  v1.close();
  for (const [table, expected] of Object.entries(fixture.tables)) {
    expect(rows[table]!.length, table).toBe(expected.length);
  }
  expect((rows.notes as { id: string }[]).sort(byId)).toEqual([...fixture.tables.notes].sort(byId as never));

  // The next start with a working schema upgrades and seeds normally, notes and all.
  const repo = await openClaimDb(next, { name });
  track(name, repo.db);
  expect(repo.status().state).toBe('ok');
  expect((await repo.db!.notes.toArray()).sort(byId)).toEqual([...fixture.tables.notes].sort(byId as never));
});

test('v2 → v3 adds the reader-sources table and keeps every note and setting', async () => {
  const name = uniqueName('v2-v3');
  const fixture = await installV1(name);
  const v2 = createClaimDb(name, { upTo: 2 });
  await v2.open();
  expect(v2.verno).toBe(2);
  const before = await dump(v2);
  v2.close();
  const db = createClaimDb(name);
  track(name, db);
  await db.open();
  expect(db.verno).toBe(3);
  expect((await db.notes.toArray()).sort(byId)).toEqual([...fixture.tables.notes].sort(byId as never));
  expect(await db.settings.toArray()).toEqual(before.settings);
  expect(await db.readerSources.count()).toBe(0);
  await db.readerSources.put({ id: 'r_0123456789abcdef', title: 't', url: 'https://x.example/', publisher: 'x.example', text: 'Binance has 300 million users.', reports: [{ fact: 'binance-users', quote: 'Binance has 300 million users.', summary: 's' }], enabled: true, addedAt: 1 });
  expect(await db.readerSources.orderBy('addedAt').first()).toMatchObject({ id: 'r_0123456789abcdef' });
});

test('a failing upgrade from the latest version leaves its data usable', async () => {
  const name = uniqueName('v2-throws');
  const next = nextBundle();
  const good = await openClaimDb(next, { name });
  const note = await good.createNote({ target: { kind: 'fact', factId: 'canada-fine' }, body: 'v2 note' });
  good.db!.close();
  const broken = (dbName: string) => {
    const db = createClaimDb(dbName);
    db.version(LATEST_VERSION + 1).stores({}).upgrade(() => {
      throw new Error('nope');
    });
    return db;
  };
  const failed = await openClaimDb(next, { name, create: broken });
  expect(failed.status().state).toBe('unavailable');
  const again = await openClaimDb(next, { name });
  track(name, again.db);
  expect(again.status().state).toBe('ok');
  expect(await again.getNote(note.id)).toEqual(note);
  expect((await ensureSeeded(again.db!, next)).seeded).toBe(false);
});
