/**
 * Reader sources in the database: stored beside the notes, merged into every comparison the
 * repository serves (snapshot, facts, sources), switched off without deleting, removed with undo,
 * and never touched when the bundled claims are replaced by an update.
 */
import { afterEach, expect, test } from 'vitest';
import { openClaimDb } from '../../lib/db/open';
import { ensureSeeded } from '../../lib/db/seed';
import { loadBundle } from '../../lib/claims/bundle';
import { createEngine } from '../../lib/engine';
import { proposeReports } from '../../lib/sources/propose';
import { readerSourceId, type ReaderSource } from '../../lib/sources/reader-source';
import { deleteDb, nextBundle, uniqueName } from './db-helpers';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await deleteDb(name);
});

function source(): ReaderSource {
  const bundle = loadBundle();
  const url = 'https://news.example/binance-300m';
  const text = 'Binance said on Monday that it has 300 million users worldwide.';
  const p = proposeReports(createEngine(bundle.snapshot), bundle.snapshot, { url, title: 'Binance hits 300 million', text, pageDate: '2025-12-08' });
  if (!p.ok) throw new Error(p.error);
  return { id: readerSourceId(url), title: p.title, url, publisher: p.publisher, asOf: '2025-12-08', text, reports: p.proposals.map(({ label: _l, verdict: _v, valueText: _t, ...r }) => r), enabled: true, addedAt: Date.now() };
}

test('a reader source joins the snapshot, the Facts comparison and the sources; off, removed and restored', async () => {
  const name = uniqueName('reader');
  names.push(name);
  const repo = await openClaimDb(loadBundle(), { name });
  const s = source();
  await repo.putReaderSource(s);
  const users = await repo.getFact('binance-users');
  expect(users?.reports.map((r) => r.source)).toContain(s.id);
  expect((await repo.getSnapshot()).sources.find((m) => m.id === s.id)).toMatchObject({ reader: true, cites: 'news.example' });
  expect((await repo.getSource(s.id))?.text).toBe(s.text);

  await repo.setReaderSourceEnabled(s.id, false);
  expect((await repo.getFact('binance-users'))?.reports.map((r) => r.source)).not.toContain(s.id);
  expect((await repo.listReaderSources()).map((r) => r.enabled)).toEqual([false]);
  await repo.setReaderSourceEnabled(s.id, true);

  const removed = await repo.removeReaderSource(s.id);
  expect(removed.deletedAt).toBeGreaterThan(0);
  expect(await repo.listReaderSources()).toEqual([]);
  expect((await repo.getSnapshot()).sources.some((m) => m.id === s.id)).toBe(false);
  await repo.restoreReaderSource(s.id);
  expect((await repo.getSnapshot()).sources.some((m) => m.id === s.id)).toBe(true);
});

test('a claims update replaces the bundled claims and leaves the reader sources alone', async () => {
  const name = uniqueName('reader-update');
  names.push(name);
  const repo = await openClaimDb(loadBundle(), { name });
  const s = source();
  await repo.putReaderSource(s);
  const next = nextBundle();
  const result = await ensureSeeded(repo.db!, next);
  expect(result.seeded).toBe(true);
  expect(await repo.listReaderSources()).toEqual([s]);
});
