/**
 * Notes in the popup on the built extension: create, edit, delete and undo;
 * every export format downloaded and parsed back; import of a good, a
 * malformed, a hostile and an oversized file.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv, CSV_COLUMNS } from '../../lib/notes/csv';
import { launchExtension, type ExtensionBrowser } from './harness';
import { download, openPopup, storedNotes, waitForSeededDb } from './popup-helpers';

let ext: ExtensionBrowser;
let popup: Page;
beforeAll(async () => {
  ext = await launchExtension();
  popup = await openPopup(ext, '?tab=0');
  expect(await waitForSeededDb(popup)).toBeGreaterThan(0);
  await popup.reload();
  await popup.getByRole('tab', { name: 'Notes' }).click();
});
afterAll(async () => {
  await ext?.close();
});

const notesList = () => popup.locator('[data-testid=note]');

async function exportAs(format: string): Promise<{ name: string; text: string }> {
  const details = popup.locator('details.tools', { hasText: 'Export notes' });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await popup.getByTestId('export-format').selectOption(format);
  return download(popup, () => popup.getByRole('button', { name: 'Download' }).click());
}

async function importFile(name: string, text: string | Buffer) {
  const details = popup.locator('details.tools', { hasText: 'Import notes' });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await popup.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
}

test('create, edit, delete and undo a note on a fact', async () => {
  await popup.getByTestId('notes-empty').waitFor();
  await popup.getByRole('button', { name: 'New note about a fact' }).click();
  await popup.getByTestId('new-note-fact').selectOption('binance-users');
  await popup.getByLabel('New note', { exact: true }).fill('Two counts: 250 vs 275 million.\nCheck the dates.');
  await popup.getByRole('button', { name: 'Add note' }).click();
  await expect.poll(() => notesList().count()).toBe(1);
  expect(await notesList().getByTestId('note-body').textContent()).toBe('Two counts: 250 vs 275 million.\nCheck the dates.');
  expect(await notesList().locator('.note-fact').textContent()).toBe('About: How many users does Binance have?');

  // Edit (Ctrl+Enter saves).
  await notesList().getByRole('button', { name: 'Edit note' }).click();
  const editor = popup.getByLabel('Edit note');
  await editor.fill('Edited: 275 million is the newer figure?');
  await editor.press('Control+Enter');
  await expect.poll(() => notesList().getByTestId('note-body').textContent()).toBe('Edited: 275 million is the newer figure?');
  const [before] = await storedNotes(popup);
  expect(before!.body).toBe('Edited: 275 million is the newer figure?');
  expect(before!.target).toEqual({ kind: 'fact', factId: 'binance-users' });

  // Delete, then Undo restores it exactly.
  await notesList().getByRole('button', { name: 'Delete note' }).click();
  await expect.poll(() => notesList().count()).toBe(0);
  expect((await storedNotes(popup))[0]!.deletedAt).toBeGreaterThan(0);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => notesList().count()).toBe(1);
  const [after] = await storedNotes(popup);
  expect(after).toEqual(before);

  // The note shows in the fact's own view too, where another can be added.
  await popup.getByRole('button', { name: 'How many users does Binance have?' }).click();
  await popup.locator('.fact-detail[data-fact=binance-users]').waitFor();
  expect(await popup.locator('.fact-notes [data-testid=note-body]').allTextContents()).toEqual(['Edited: 275 million is the newer figure?']);
  await popup.getByRole('button', { name: 'Add a note about this fact' }).click();
  await popup.getByLabel('New note about: How many users does Binance have?').fill('=HYPERLINK("http://evil.test","click") and "quotes", commas');
  await popup.getByRole('button', { name: 'Add note' }).click();
  await expect.poll(() => popup.locator('.fact-notes [data-testid=note]').count()).toBe(2);
  await popup.getByRole('tab', { name: 'Notes' }).click();
  await expect.poll(() => notesList().count()).toBe(2);
});

test('every export format parses back', async () => {
  const stored = (await storedNotes(popup)).filter((n) => !n.deletedAt);
  expect(stored).toHaveLength(2);

  const json = await exportAs('json');
  expect(json.name).toMatch(/^claimlens-notes-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(json.text);
  expect(file.format).toBe('claimlens-notes');
  expect(file.version).toBe(1);
  expect(file.notes.map((n: { id: string }) => n.id).sort()).toEqual(stored.map((n) => n.id).sort());
  expect(file.notes.every((n: { factId: string }) => n.factId === 'binance-users')).toBe(true);

  const csv = await exportAs('csv');
  const rows = parseCsv(csv.text);
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  expect(rows).toHaveLength(3);
  const bodies = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('note')]);
  expect(bodies).toContain(`'=HYPERLINK("http://evil.test","click") and "quotes", commas`);
  expect(bodies).toContain('Edited: 275 million is the newer figure?');

  const anno = await exportAs('annotation');
  const doc = JSON.parse(anno.text);
  expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(doc.type).toBe('AnnotationCollection');
  expect(doc.first.items).toHaveLength(2);
  for (const item of doc.first.items) {
    expect(item.type).toBe('Annotation');
    expect(item.target).toEqual({ id: 'urn:claimlens:fact:binance-users', type: 'Text' });
  }

  const md = await exportAs('markdown');
  expect(md.text).toMatch(/^# ClaimLens notes/);
  expect(md.text).toContain('### How many users does Binance have?');
  expect(md.text).toContain('Edited: 275 million is the newer figure?');
  expect(md.text).toMatch(/“Binance also introduced USD1 to its 275 million users”/);

  // The comparison as ClaimReview.
  await popup.getByRole('tab', { name: 'Facts' }).click();
  const cr = await download(popup, () => popup.getByRole('button', { name: 'Export comparison (ClaimReview JSON)' }).click());
  const review = JSON.parse(cr.text);
  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  expect(review.claimReviewed).toBe('How many users does Binance have?');
  expect(review.reviewRating.alternateName).toBe('Sources conflict');
  expect(review.itemReviewed.appearance).toHaveLength(3);
  await popup.getByRole('tab', { name: 'Notes' }).click();

  // JSON round trip: delete everything for good, import the export, get the same notes back.
  const ids = stored.map((n) => n.id);
  await popup.evaluate(
    (list) =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('claimlens');
        req.onsuccess = () => {
          const tx = req.result.transaction('notes', 'readwrite');
          for (const id of list) tx.objectStore('notes').delete(id);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
      }),
    ids,
  );
  // Raw IndexedDB writes bypass Dexie's change tracking: reopen the popup to see them.
  await popup.reload();
  await popup.getByRole('tab', { name: 'Notes' }).click();
  await expect.poll(() => notesList().count()).toBe(0);
  await importFile(json.name, json.text);
  const preview = popup.getByTestId('import-preview');
  await preview.waitFor();
  expect(await preview.textContent()).toContain('2 new, 0 updated, 0 unchanged, 0 invalid');
  await popup.getByRole('button', { name: 'Import 2 notes' }).click();
  await expect.poll(() => notesList().count()).toBe(2);
  const back = await storedNotes(popup);
  expect(back.sort((a, b) => a.id.localeCompare(b.id))).toEqual(stored.sort((a, b) => a.id.localeCompare(b.id)));
});

test('a malformed file gets a clear message and changes nothing', async () => {
  const before = await storedNotes(popup);
  await importFile('broken.json', '{"format": "claimlens-notes", "notes": [');
  const error = popup.getByTestId('import-error');
  await error.waitFor();
  expect(await error.textContent()).toMatch(/not a JSON file.*Nothing was imported/);
  await importFile('other.json', JSON.stringify({ hello: 'world' }));
  await expect.poll(() => error.textContent()).toMatch(/not a ClaimLens notes export/);
  expect(await storedNotes(popup)).toEqual(before);
});

test('an oversized file is refused before it is read', async () => {
  const before = await storedNotes(popup);
  await importFile('huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
  await expect.poll(() => popup.getByTestId('import-error').textContent()).toMatch(/too large.*limit is 5 MB.*Nothing was imported/);
  expect(await storedNotes(popup)).toEqual(before);
});

test('a hostile file: markup in notes renders as text, bad URLs are refused', async () => {
  const now = new Date().toISOString();
  const body = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold?</b>';
  const hostile = {
    format: 'claimlens-notes',
    version: 1,
    notes: [
      { id: 'hostile-1', factId: 'binance-users', body, createdAt: now, updatedAt: now },
      {
        id: 'hostile-2',
        passage: { url: 'https://evil.test/page', title: '<img src=x onerror=alert(1)>Title', exact: '<script>alert(3)</script>', prefix: '', suffix: '' },
        body: 'passage',
        createdAt: now,
        updatedAt: now,
      },
      {
        id: 'hostile-3',
        passage: { url: 'javascript:alert(4)', title: 't', exact: 'x', prefix: '', suffix: '' },
        body: 'js url',
        createdAt: now,
        updatedAt: now,
      },
      { id: '<img src=x>', factId: 'binance-users', body: 'bad id', createdAt: now, updatedAt: now },
    ],
  };
  await importFile('hostile.json', JSON.stringify(hostile));
  const preview = popup.getByTestId('import-preview');
  await preview.waitFor();
  expect(await preview.textContent()).toContain('2 new, 0 updated, 0 unchanged, 2 invalid');
  expect(await preview.locator('.invalid-list li').allTextContents()).toEqual([
    'Note 3 (hostile-3): passage.url: url must be an http(s) or file address',
    'Note 4 (<img src=x>): id: id may only use letters, digits and _ . : -',
  ]);
  await popup.getByRole('button', { name: 'Import 2 notes' }).click();
  await expect.poll(() => notesList().count()).toBe(4);
  const hostileNote = popup.locator('[data-note=hostile-1]');
  expect(await hostileNote.getByTestId('note-body').textContent()).toBe(body);
  const passage = popup.locator('[data-note=hostile-2]');
  expect(await passage.locator('.note-quote').textContent()).toBe('<script>alert(3)</script>');
  expect(await passage.locator('.page-link').textContent()).toBe('<img src=x onerror=alert(1)>Title');
  expect(await passage.locator('.page-link').getAttribute('href')).toMatch(/^https:\/\/evil\.test\/page#:~:text=/);
  // No element was created from the text anywhere in the popup.
  expect(await popup.locator('main img, main script, main b').count()).toBe(0);
  expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const ids = (await storedNotes(popup)).map((n) => n.id);
  expect(ids).not.toContain('hostile-3');
  expect(ids).not.toContain('<img src=x>');
});
