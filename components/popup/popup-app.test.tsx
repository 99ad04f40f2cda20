// @vitest-environment happy-dom
/**
 * The popup rendered in happy-dom over real repositories: a database that could
 * not be opened (bundled facts still shown, notes unavailable with the reason,
 * nothing written), and note text full of markup rendered as plain text.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { join } from 'node:path';
import { createClaimDb, createRepo, ensureSeeded } from '../../lib/db';
import { loadClaimsFromDir } from '../../lib/claims/load-node';
import { PopupApp } from './PopupApp';
import type { PopupServices } from './services';
import type { TabsApi } from './tab-link';

/** A condition, not a deadline: generous for busy CI machines. */
const WAIT = { timeout: 20_000, interval: 20 };

const bundle = loadClaimsFromDir(join(import.meta.dirname, '../..'));
const noTabs: TabsApi = {
  query: async () => [],
  get: async () => {
    throw new Error('no tab');
  },
  sendMessage: async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  },
};

let root: HTMLElement;
function mount(services: PopupServices) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<PopupApp services={services} />, root));
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const services = (repo: PopupServices['repo']): PopupServices => ({
  repo,
  tabs: noTabs,
  search: '',
  ownOrigin: 'chrome-extension://test',
  send: async () => ({ ok: true, value: null }),
  openOptions: async () => undefined,
  now: () => new Date('2025-06-01T00:00:00Z'),
  doc: document,
});

const click = (el: Element | null | undefined) => act(() => (el as HTMLElement).click());
const tab = (name: string) => [...root.querySelectorAll('[role=tab]')].find((t) => t.textContent?.startsWith(name));

test('database unavailable: a clear message, the bundled facts, and notes kept out of reach but not lost', async () => {
  const repo = createRepo(null, { bundle, status: { state: 'unavailable', error: 'UpgradeError: boom', bundleVersion: bundle.snapshot.version, at: 0 } });
  mount(services(repo));
  const banner = root.querySelector('[data-testid=db-warning]');
  expect(banner?.getAttribute('role')).toBe('alert');
  expect(banner?.textContent).toContain('could not be opened');
  expect(banner?.textContent).toContain('Your notes are kept');
  expect(banner?.textContent).toContain('UpgradeError: boom');

  click(tab('Facts'));
  await vi.waitFor(() => expect(root.querySelectorAll('.fact-row').length).toBe(bundle.snapshot.facts.length), WAIT);

  click(tab('Notes'));
  await vi.waitFor(() => expect(root.querySelector('.notes-view [role=alert]')?.textContent).toMatch(/Notes are unavailable right now: .*database is unavailable/), WAIT);
  expect((root.querySelector('.notes-view > button') as HTMLButtonElement).disabled).toBe(true);

  click(tab('This page'));
  await vi.waitFor(() => expect(root.textContent).toContain('There is no open web page'), WAIT);
});

test('markup in notes and page titles renders as text', async () => {
  const db = createClaimDb(`popup-app-test-${Math.random()}`);
  await db.open();
  await ensureSeeded(db, bundle);
  const repo = createRepo(db, { bundle });
  const body = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';
  await repo.createNote({ target: { kind: 'fact', factId: 'binance-users' }, body });
  await repo.createNote({
    target: { kind: 'passage', url: 'https://evil.test/', title: '<b>bold</b>', exact: '<i>quote</i>', prefix: '', suffix: '' },
    body: 'x',
  });
  mount(services(repo));
  click(tab('Notes'));
  await vi.waitFor(() => expect(root.querySelectorAll('[data-testid=note]').length).toBe(2), WAIT);
  const bodies = [...root.querySelectorAll('[data-testid=note-body]')].map((b) => b.textContent);
  expect(bodies).toContain(body);
  expect(root.querySelector('.page-link')?.textContent).toBe('<b>bold</b>');
  expect(root.querySelector('.note-quote')?.textContent).toBe('<i>quote</i>');
  expect(root.querySelectorAll('img, script, b, i').length).toBe(0);
  expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  db.close();
});

test('This page leads with the verdict counts, then the claims worst first with what the page and the sources say', async () => {
  const repo = createRepo(null, { bundle, status: { state: 'ok', bundleVersion: bundle.snapshot.version, at: 0 } });
  const findings = [
    { id: 0, kind: 'mention', entity: 'binance', text: 'Binance' },
    { id: 1, kind: 'claim', entity: 'binance', fact: 'binance-users', verdict: 'supported', text: '275 million users' },
    { id: 2, kind: 'claim', entity: 'binance', fact: 'binance-users', verdict: 'contradicted', text: '900 million users' },
    { id: 3, kind: 'mention', entity: 'binance', text: 'Binance' },
    { id: 4, kind: 'mention', entity: 'cz', text: 'CZ' },
  ];
  const revealed: number[] = [];
  const tabs: TabsApi = {
    query: async () => [],
    get: async (id) => ({ id, url: 'https://news.example/a', title: 'A story' }),
    sendMessage: async (_tab, message) => {
      const m = message as { type: string; data: { id: number } };
      if (m.type === 'page:reveal') {
        revealed.push(m.data.id);
        return { ok: true, value: { found: true } };
      }
      return { ok: true, value: { url: 'https://news.example/a', title: 'A story', mentions: 3, claims: 2, findings } };
    },
  };
  mount({ ...services(repo), tabs, search: '?tab=5' });
  await vi.waitFor(() => expect(root.querySelector('[data-testid=page-summary]')).not.toBeNull(), WAIT);
  const summary = root.querySelector('[data-testid=page-summary]')!;
  expect(summary.getAttribute('role')).toBe('status');
  expect([...summary.querySelectorAll('[aria-label]')].map((c) => c.getAttribute('aria-label'))).toEqual(['1 contradicted', '1 supported']);
  expect(summary.textContent).toBe('1 contradicted · 1 supported');
  const rows = [...root.querySelectorAll('[data-testid=finding]')];
  expect(rows.map((r) => r.getAttribute('data-verdict'))).toEqual(['contradicted', 'supported']);
  expect(rows[0]!.querySelector('.claim-question')?.textContent).toBe('How many users does Binance have?');
  expect(rows[0]!.querySelector('.page-says')?.textContent).toBe('900 million users');
  expect([...rows[0]!.querySelectorAll('.source-value')].map((v) => v.textContent).sort()).toEqual(['250 million', '275 million', 'over 250 million']);
  click(rows[0]!.querySelector('.finding-text'));
  await vi.waitFor(() => expect(revealed).toEqual([2]), WAIT);

  const lines = [...root.querySelectorAll('[data-testid=mention-line]')];
  expect(lines.map((l) => l.querySelector('.mention-name')?.textContent)).toEqual(['Binance', 'Changpeng Zhao']);
  expect(lines[0]!.querySelector('.count')?.textContent).toBe('2 mentions');
  const next = lines[0]!.querySelector('[aria-label="Next mention of Binance"]');
  click(next);
  await vi.waitFor(() => expect(revealed).toEqual([2, 0]), WAIT);
  click(next);
  await vi.waitFor(() => expect(revealed).toEqual([2, 0, 3]), WAIT);
  click(lines[0]!.querySelector('[aria-label="Previous mention of Binance"]'));
  await vi.waitFor(() => expect(revealed).toEqual([2, 0, 3, 0]), WAIT);
  await vi.waitFor(() => expect(root.querySelector('[data-testid=reveal-status]')?.textContent).toBe('Binance: mention 1 of 2 shown on the page.'), WAIT);
});
