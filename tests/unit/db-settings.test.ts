import { afterEach, expect, test } from 'vitest';
import { DEFAULT_MARKS } from '../../lib/marks';
import { openClaimDb } from '../../lib/db/open';
import { createRepo } from '../../lib/db/repo';
import { siteKey, normalizeHost } from '../../lib/db/site-key';
import { deleteDb, nextBundle, uniqueName } from './db-helpers';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await deleteDb(name);
});

test('site keys: host without www, one key for file pages, none for browser pages', () => {
  expect(siteKey('https://www.Example.com:8443/a?b#c')).toBe('example.com');
  expect(siteKey('http://127.0.0.1:5173/')).toBe('127.0.0.1');
  expect(siteKey('file:///home/me/article.html')).toBe('file://');
  expect(siteKey('chrome://extensions')).toBeNull();
  expect(siteKey('https://chromewebstore.google.com/detail/x')).toBe('chromewebstore.google.com');
  expect(siteKey('not a url')).toBeNull();
  expect(normalizeHost('WWW.News.Example.org')).toBe('news.example.org');
  expect(normalizeHost('example.com/path')).toBeNull();
  expect(normalizeHost('javascript:alert(1)')).toBeNull();
});

test('per-site switch and global pause persist across a close and reopen', async () => {
  const name = uniqueName('settings');
  names.push(name);
  const repo = await openClaimDb(nextBundle(), { name });
  expect(await repo.getSettings()).toEqual({ paused: false, sites: {}, marks: DEFAULT_MARKS });
  await repo.setSiteEnabled('www.news.example.org', false);
  await repo.setSiteEnabled('blog.example', false);
  await repo.setSiteEnabled('blog.example', true);
  await repo.setPaused(true);
  await expect(repo.setSiteEnabled('not a host', false)).rejects.toThrow(/not a site/);
  repo.db!.close();

  const again = await openClaimDb(nextBundle(), { name });
  expect(await again.getSettings()).toEqual({ paused: true, sites: { 'news.example.org': false }, marks: DEFAULT_MARKS });
  expect(await again.siteStatus('https://news.example.org/a')).toEqual({ host: 'news.example.org', enabled: false, paused: true, marks: DEFAULT_MARKS });
  expect(await again.siteStatus('https://blog.example/a')).toEqual({ host: 'blog.example', enabled: true, paused: true, marks: DEFAULT_MARKS });
  expect(await again.siteStatus('chrome://newtab')).toEqual({ host: '', enabled: false, paused: true, marks: DEFAULT_MARKS });
  again.db!.close();
});

test('concurrent site switches both stick', async () => {
  const name = uniqueName('settings-race');
  names.push(name);
  const repo = await openClaimDb(nextBundle(), { name });
  await Promise.all(['a.example', 'b.example', 'c.example'].map((host) => repo.setSiteEnabled(host, false)));
  expect((await repo.getSettings()).sites).toEqual({ 'a.example': false, 'b.example': false, 'c.example': false });
  repo.db!.close();
});

test('a corrupt stored value falls back to the default', async () => {
  const name = uniqueName('settings-corrupt');
  names.push(name);
  const repo = await openClaimDb(nextBundle(), { name });
  await repo.db!.settings.put({ key: 'paused', value: 'yes please' });
  await repo.db!.settings.put({ key: 'sites', value: ['not', 'a', 'map'] });
  expect(await repo.getSettings()).toEqual({ paused: false, sites: {}, marks: DEFAULT_MARKS });
  repo.db!.close();
});

test('without a database, settings read as defaults and writes fail clearly', async () => {
  const repo = createRepo(null, { bundle: nextBundle() });
  expect(await repo.getSettings()).toEqual({ paused: false, sites: {}, marks: DEFAULT_MARKS });
  await expect(repo.setPaused(true)).rejects.toThrow(/unavailable/);
});
