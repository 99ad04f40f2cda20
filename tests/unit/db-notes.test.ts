import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openClaimDb } from '../../lib/db/open';
import type { Repo } from '../../lib/db/repo';
import type { Note } from '../../lib/db/note-schema';
import { deleteDb, nextBundle, uniqueName } from './db-helpers';

let repo: Repo;
let name: string;
let clock: number;
beforeEach(async () => {
  name = uniqueName('notes');
  clock = 1_000;
  repo = await openClaimDb(nextBundle(), { name, now: () => clock });
});
afterEach(async () => {
  repo.db?.close();
  await deleteDb(name);
});

const passage = {
  kind: 'passage' as const,
  url: 'https://news.example.org/story?id=7#section-2',
  title: 'Binance and the Trump family',
  exact: 'boasting 250 million users',
  prefix: 'the vast global presence of Binance—',
  suffix: ' and $65 billion',
  factId: 'binance-users',
};

describe('notes', () => {
  test('create, edit, soft delete, undo', async () => {
    const created = await repo.createNote({ target: passage, body: 'first' });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created).toMatchObject({ body: 'first', createdAt: 1000, updatedAt: 1000 });
    // The fragment is dropped so the page's notes share one key.
    expect(created.target).toMatchObject({ url: 'https://news.example.org/story?id=7' });

    clock = 2_000;
    const edited = await repo.updateNote(created.id, { body: 'second' });
    expect(edited).toMatchObject({ body: 'second', createdAt: 1000, updatedAt: 2000 });
    expect(await repo.getNote(created.id)).toEqual(edited);

    clock = 3_000;
    const deleted = await repo.deleteNote(created.id);
    expect(deleted.deletedAt).toBe(3000);
    expect(await repo.listNotes()).toEqual([]);
    expect(await repo.listNotes({ includeDeleted: true })).toEqual([deleted]);

    expect(await repo.restoreNote(created.id)).toEqual(edited);
    expect(await repo.listNotes()).toEqual([edited]);
    await expect(repo.updateNote('missing', { body: 'x' })).rejects.toThrow(/no note/);
  });

  test('lists by page, by fact, and searches; newest first', async () => {
    const a = await repo.createNote({ target: passage, body: 'User count looks inflated' });
    clock = 2_000;
    const b = await repo.createNote({ target: { kind: 'fact', factId: 'binance-users' }, body: 'Compare with WSJ' });
    clock = 3_000;
    const c = await repo.createNote({ target: { ...passage, url: 'https://other.example/', factId: undefined, exact: 'USD1' }, body: 'Stablecoin' });
    expect((await repo.listNotes()).map((n) => n.id)).toEqual([c.id, b.id, a.id]);
    expect((await repo.listNotes({ url: 'https://news.example.org/story?id=7#elsewhere' })).map((n) => n.id)).toEqual([a.id]);
    expect((await repo.listNotes({ factId: 'binance-users' })).map((n) => n.id)).toEqual([b.id, a.id]);
    expect((await repo.searchNotes('inflated USER')).map((n) => n.id)).toEqual([a.id]);
    expect((await repo.searchNotes('250 million')).map((n) => n.id)).toEqual([a.id]); // the quoted text
    expect((await repo.searchNotes('other.example')).map((n) => n.id)).toEqual([c.id]);
    expect(await repo.searchNotes('inflated stablecoin')).toEqual([]);
  });

  test('refuses javascript: URLs and oversized bodies', async () => {
    await expect(repo.createNote({ target: { ...passage, url: 'javascript:alert(1)' }, body: '' })).rejects.toThrow();
    await expect(repo.createNote({ target: passage, body: 'x'.repeat(100_001) })).rejects.toThrow();
    expect(await repo.listNotes({ includeDeleted: true })).toEqual([]);
  });

  test('bulk upsert merges by id in one transaction and never loses a newer note', async () => {
    const mine = await repo.createNote({ target: passage, body: 'mine, newer' });
    const stored = await repo.updateNote(mine.id, { body: 'mine, newer' });
    const older: Note = { ...stored, body: 'theirs, older', updatedAt: 500 };
    const same: Note = { ...stored };
    const fresh: Note = { id: 'imported-1', target: { kind: 'fact', factId: 'us-fine' }, body: 'imported', createdAt: 10, updatedAt: 20 };

    expect(await repo.upsertNotes([older, fresh], { dryRun: true })).toEqual({ added: 1, updated: 0, unchanged: 0, kept: 1 });
    expect(await repo.getNote('imported-1')).toBeUndefined();

    expect(await repo.upsertNotes([older, same, fresh])).toEqual({ added: 1, updated: 0, unchanged: 1, kept: 0 });
    expect(await repo.getNote(mine.id)).toEqual(stored);
    expect(await repo.getNote('imported-1')).toEqual(fresh);

    const newer: Note = { ...fresh, body: 'imported, edited', updatedAt: 30 };
    expect(await repo.upsertNotes([newer])).toEqual({ added: 0, updated: 1, unchanged: 0, kept: 0 });
    expect(await repo.getNote('imported-1')).toEqual(newer);
  });

  test('one invalid note in an import writes nothing', async () => {
    const good: Note = { id: 'good', target: { kind: 'fact', factId: 'us-fine' }, body: 'ok', createdAt: 1, updatedAt: 1 };
    const bad = { id: 'bad id with spaces', target: { kind: 'fact', factId: 'us-fine' }, body: 'x', createdAt: 1, updatedAt: 1 };
    await expect(repo.upsertNotes([good, bad as Note])).rejects.toThrow(/note 1 is invalid/);
    expect(await repo.listNotes({ includeDeleted: true })).toEqual([]);
  });

  test('purgeDeleted removes only notes deleted before the cut-off', async () => {
    const a = await repo.createNote({ target: passage, body: 'a' });
    const b = await repo.createNote({ target: passage, body: 'b' });
    await repo.createNote({ target: passage, body: 'c' });
    clock = 5_000;
    await repo.deleteNote(a.id);
    clock = 9_000;
    await repo.deleteNote(b.id);
    expect(await repo.purgeDeleted(6_000)).toBe(1);
    expect((await repo.listNotes({ includeDeleted: true })).map((n) => n.body).sort()).toEqual(['b', 'c']);
  });
});
