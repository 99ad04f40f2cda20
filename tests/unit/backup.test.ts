/**
 * lib/backup.ts over a real (fake-indexeddb) database: export → import into a
 * fresh install gives the same notes, reader sources and settings; a malformed
 * or forged file is refused with a clear message and changes nothing; delete
 * everything removes it all and undo puts exactly that back.
 */
import { afterEach, expect, test } from 'vitest';
import { openClaimDb } from '../../lib/db/open';
import { loadBundle } from '../../lib/claims/bundle';
import { createEngine } from '../../lib/engine';
import { proposeReports } from '../../lib/sources/propose';
import { readerSourceId, type ReaderSource } from '../../lib/sources/reader-source';
import { collectBackup, deleteEverything, importBackup, parseBackup, restoreEverything, DEFAULT_BACKUP_SETTINGS, type BackupSettings } from '../../lib/backup';
import { DEFAULT_MARKS } from '../../lib/marks';
import { deleteDb, uniqueName } from './db-helpers';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await deleteDb(name);
});

const bundle = loadBundle();
const NOW = new Date('2025-07-01T10:00:00Z');

async function freshRepo(label: string) {
  const name = uniqueName(label);
  names.push(name);
  return openClaimDb(bundle, { name });
}

function readerSource(): ReaderSource {
  const url = 'https://news.example/binance-300m';
  const text = 'Binance said on Monday that it has 300 million users worldwide.';
  const p = proposeReports(createEngine(bundle.snapshot), bundle.snapshot, { url, title: 'Binance hits 300 million', text, pageDate: '2025-12-08' });
  if (!p.ok) throw new Error(p.error);
  return { id: readerSourceId(url), title: p.title, url, publisher: p.publisher, asOf: '2025-12-08', text, reports: p.proposals.map(({ label: _l, verdict: _v, valueText: _t, ...r }) => r), enabled: true, addedAt: 1_700_000_000_000 };
}

/** Settings kept by a stand-in for the background's settings:set. */
function settingsStore(initial: BackupSettings = structuredClone(DEFAULT_BACKUP_SETTINGS)) {
  const store = { current: initial, apply: async (s: BackupSettings) => void (store.current = structuredClone(s)) };
  return store;
}

async function filledRepo() {
  const repo = await freshRepo('backup-src');
  await repo.createNote({ target: { kind: 'fact', factId: 'binance-users' }, body: 'Three numbers.' });
  const passage = await repo.createNote({
    target: { kind: 'passage', url: 'https://news.example/a', title: 'A', exact: 'Binance has 300 million users', prefix: '', suffix: '' },
    body: 'Too high?',
  });
  const gone = await repo.createNote({ target: { kind: 'fact', factId: 'cz-prison' }, body: 'deleted, still undoable' });
  await repo.deleteNote(gone.id);
  await repo.putReaderSource(readerSource());
  return { repo, passage };
}

const settings: BackupSettings = { paused: true, sites: ['b.example', 'news.example'], marks: { ...DEFAULT_MARKS, related: 'dashed' } };

test('export then import into a fresh install: the same notes, sources and settings', async () => {
  const { repo } = await filledRepo();
  const backup = await collectBackup(repo, settings, NOW);
  const text = JSON.stringify(backup);
  expect(backup).toMatchObject({ format: 'claimlens-backup', version: 1, exportedAt: '2025-07-01T10:00:00.000Z', settings });
  expect(backup.notes).toHaveLength(3);
  expect(backup.readerSources).toHaveLength(1);

  const target = await freshRepo('backup-dst');
  const parsed = parseBackup(text, bundle.snapshot);
  if (!parsed.ok) throw new Error(parsed.error);
  const store = settingsStore();
  const counts = await importBackup(target, parsed.backup, store.apply);
  expect(counts).toEqual({ notes: { added: 3, updated: 0, unchanged: 0 }, readerSources: 1 });
  expect(store.current).toEqual(settings);
  const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(await target.listNotes({ includeDeleted: true }))).toEqual(byId(await repo.listNotes({ includeDeleted: true })));
  expect(await target.listReaderSources()).toEqual(await repo.listReaderSources());
  // The imported source is in the comparison.
  expect((await target.getFact('binance-users'))?.reports.map((r) => r.source)).toContain(readerSource().id);
  // Importing the same file again adds nothing.
  expect((await importBackup(target, parsed.backup, store.apply)).notes).toEqual({ added: 0, updated: 0, unchanged: 3 });
});

test('a malformed, foreign, future or forged file gets a clear message and changes nothing', async () => {
  const { repo } = await filledRepo();
  const good = await collectBackup(repo, settings, NOW);
  const cases: [string, RegExp][] = [
    ['{ not json', /not JSON/],
    [JSON.stringify({ notes: [] }), /not a ClaimLens backup/],
    [JSON.stringify({ ...good, version: 7 }), /version 7.*reads version 1/],
    [JSON.stringify({ ...good, notes: [{ ...good.notes[0], target: { kind: 'passage', url: 'javascript:alert(1)', title: '', exact: 'x', prefix: '', suffix: '' } }] }), /damaged at notes\.0\.target\.url/],
    [JSON.stringify({ ...good, settings: { ...good.settings, marks: { ...good.settings.marks, mixed: 'blink' } } }), /damaged at settings\.marks\.mixed/],
    // A source whose quote is not in its own text: every quote must stay verifiable.
    [JSON.stringify({ ...good, readerSources: [{ ...good.readerSources[0], text: 'Something else entirely, with no figures.' }] }), /does not check out: .*not in the page's text/],
  ];
  const target = await freshRepo('backup-bad');
  for (const [text, message] of cases) {
    const parsed = parseBackup(text, bundle.snapshot);
    expect(parsed.ok, text.slice(0, 80)).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).toMatch(/Nothing was changed\.$/);
    }
  }
  expect(await target.listNotes({ includeDeleted: true })).toEqual([]);
  expect(await target.listReaderSources({ includeRemoved: true })).toEqual([]);
});

test('delete everything, then undo: exactly what was there comes back', async () => {
  const { repo, passage } = await filledRepo();
  const store = settingsStore(structuredClone(settings));
  const before = { notes: await repo.listNotes({ includeDeleted: true }), sources: await repo.listReaderSources({ includeRemoved: true }) };
  const kept = await deleteEverything(repo, store.current, store.apply, NOW);
  expect(await repo.listNotes({ includeDeleted: true })).toEqual([]);
  expect(await repo.listReaderSources({ includeRemoved: true })).toEqual([]);
  expect(store.current).toEqual(DEFAULT_BACKUP_SETTINGS);
  expect((await repo.getFact('binance-users'))?.reports.map((r) => r.source)).not.toContain(readerSource().id);

  await restoreEverything(repo, kept, store.apply);
  expect(await repo.listNotes({ includeDeleted: true })).toEqual(before.notes);
  expect(await repo.listReaderSources({ includeRemoved: true })).toEqual(before.sources);
  expect((await repo.getNote(passage.id))?.body).toBe('Too high?');
  expect(store.current).toEqual(settings);
});
