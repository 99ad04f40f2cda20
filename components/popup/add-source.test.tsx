// @vitest-environment happy-dom
/**
 * "Add this page as a source" in happy-dom, on a real article's text (tests/engine/real/dev.ts):
 * proposals reviewed, a value corrected only to one the quote states, nothing saved until
 * "Save source", and a page with nothing to add told so.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { join } from 'node:path';
import { loadClaimsFromDir } from '../../lib/claims/load-node';
import { DEV } from '../../tests/engine/real/dev';
import type { ReaderSource } from '../../lib/sources/reader-source';
import { AddSource } from './AddSource';

const WAIT = { timeout: 20_000, interval: 20 };
const { snapshot } = loadClaimsFromDir(join(import.meta.dirname, '../..'));
const semafor = DEV.find((c) => c.id === 'dev-002')!;

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(text: string, save: (s: ReaderSource) => Promise<void>, selection?: string) {
  root = document.createElement('div');
  document.body.append(root);
  const page = { url: semafor.url, title: 'CZ steps down as Binance CEO', text, pageDate: semafor.published, ...(selection ? { selection } : {}) };
  act(() => render(<AddSource snapshot={snapshot} readPage={async () => page} save={save} now={() => new Date(Date.UTC(2026, 11, 2))} onSaved={() => undefined} />, root));
}
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

test('reviews the proposals of a real page and saves only what the reader kept, each value as the quote states it', async () => {
  const save = vi.fn(async (_s: ReaderSource) => undefined);
  mount(semafor.text, save);
  expect(button('Add this page as a source')).toBeTruthy();
  await act(async () => button('Add this page as a source').click());
  await vi.waitFor(() => expect(root.querySelector('[role=dialog]')).not.toBeNull(), WAIT);
  const items = [...root.querySelectorAll<HTMLLIElement>('.proposal')];
  expect(items.map((li) => li.dataset.fact)).toContain('us-fine');
  expect(save).not.toHaveBeenCalled();
  // A value the quote does not state is refused in words.
  const fine = items.find((li) => li.dataset.fact === 'us-fine')!;
  const input = fine.querySelector<HTMLInputElement>('input:not([type=checkbox])')!;
  await act(async () => {
    input.value = '$9 billion';
    input.dispatchEvent(new Event('input'));
  });
  expect(fine.querySelector('[role=alert]')?.textContent).toMatch(/does not state this value/);
  await act(async () => {
    input.value = '$4.3 billion';
    input.dispatchEvent(new Event('input'));
  });
  expect(fine.querySelector('[role=alert]')).toBeNull();
  // Drop every other proposal.
  for (const li of items.filter((li) => li.dataset.fact !== 'us-fine')) {
    await act(async () => li.querySelector<HTMLInputElement>('input[type=checkbox]')!.click());
  }
  await act(async () => button('Save source').click());
  await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1), WAIT);
  const saved = save.mock.calls[0]![0];
  expect(saved.reports.map((r) => r.fact)).toEqual(['us-fine']);
  expect(saved.reports[0]!.value).toMatchObject({ amount: 4.3e9 });
  expect(semafor.text.includes(saved.reports[0]!.quote)).toBe(true);
  expect(saved).toMatchObject({ publisher: 'semafor.com', asOf: '2023-11-21', enabled: true });
});

test('a page with nothing to add says why and saves nothing', async () => {
  const save = vi.fn(async () => undefined);
  mount('Bond yields edged lower ahead of the jobs report; markets were quiet.', save);
  await act(async () => button('Add this page as a source').click());
  await vi.waitFor(() => expect(root.querySelector('[data-testid=add-source-error]')?.textContent).toMatch(/does not name Binance/), WAIT);
  expect(save).not.toHaveBeenCalled();
});
