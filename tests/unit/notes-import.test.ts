import { describe, expect, test } from 'vitest';
import { notesToJson, previewImport, summarizePreview } from '../../lib/notes/json';
import { MAX_IMPORT_BYTES } from '../../lib/notes/schema';
import { fromPortableNote, toPortableNote } from '../../lib/notes/portable';
import { FACT_NOTE, NOTES, NOW, PASSAGE_NOTE } from './notes-fixtures';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const preview = (text: string, existing = [] as typeof NOTES, known?: Set<string>) =>
  previewImport(text, bytes(text), { existing, knownFactIds: known });

describe('JSON export and import', () => {
  test('round trip: an export imports back as the same notes', () => {
    const json = notesToJson(NOTES, NOW);
    const file = JSON.parse(json);
    expect(file).toMatchObject({ format: 'claimlens-notes', version: 1, exportedAt: NOW.toISOString() });
    const p = preview(json);
    if (!p.ok) throw new Error(p.error);
    expect(p.added).toEqual(NOTES);
    expect(p.toWrite).toEqual(NOTES);
    expect(summarizePreview(p)).toBe('2 new, 0 updated, 0 unchanged, 0 invalid');
  });

  test('merges by id: newer copies update, older or identical ones are kept', () => {
    const newer = { ...FACT_NOTE, body: 'changed', updatedAt: '2025-05-09T00:00:00.000Z' };
    const older = { ...PASSAGE_NOTE, body: 'stale', updatedAt: '2025-05-03T09:00:00.000Z', createdAt: '2025-05-01T00:00:00.000Z' };
    const fresh = { ...FACT_NOTE, id: 'n-new' };
    const p = preview(notesToJson([newer, older, fresh], NOW), NOTES);
    if (!p.ok) throw new Error(p.error);
    expect(p.updated.map((n) => n.id)).toEqual(['n-fact-1']);
    expect(p.unchanged.map((n) => n.id)).toEqual(['n-passage-1']);
    expect(p.added.map((n) => n.id)).toEqual(['n-new']);
    expect(p.toWrite.map((n) => n.id).sort()).toEqual(['n-fact-1', 'n-new']);
  });

  test('invalid notes are listed with reasons, valid ones still import', () => {
    const file = {
      format: 'claimlens-notes',
      version: 1,
      notes: [
        FACT_NOTE,
        { ...PASSAGE_NOTE, id: 'js', passage: { ...PASSAGE_NOTE.passage, url: 'javascript:alert(1)' } },
        { id: 'orphan', body: 'x', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() },
        { ...FACT_NOTE, id: 'bad-date', createdAt: 'yesterday' },
        { ...FACT_NOTE, id: 'ghost', factId: 'no-such-fact' },
        FACT_NOTE,
        'not an object',
      ],
    };
    const p = preview(JSON.stringify(file), [], new Set(['binance-users']));
    if (!p.ok) throw new Error(p.error);
    expect(p.added.map((n) => n.id)).toEqual(['n-fact-1']);
    const reasons = Object.fromEntries(p.invalid.map((i) => [i.index, i.reason]));
    expect(reasons[1]).toMatch(/passage\.url: url must be an http\(s\) or file address/);
    expect(reasons[2]).toMatch(/attached to a fact/);
    expect(reasons[3]).toMatch(/^createdAt/);
    expect(reasons[4]).toBe('unknown fact "no-such-fact"');
    expect(reasons[5]).toBe('the same id appears twice in the file');
    expect(reasons[6]).toBeTruthy();
    expect(p.invalid).toHaveLength(6);
  });

  test('malformed, foreign, future-version and oversized files are refused with a clear message', () => {
    const cases: [string, RegExp][] = [
      ['{"format": "claimlens-notes", "notes": [', /not a JSON file/],
      ['[1,2,3]', /not a ClaimLens notes export/],
      ['{"format":"other","version":1,"notes":[]}', /not a ClaimLens notes export \(format/],
      ['{"format":"claimlens-notes","version":2,"notes":[]}', /version/],
    ];
    for (const [text, message] of cases) {
      const p = preview(text);
      expect(p.ok).toBe(false);
      if (!p.ok) {
        expect(p.error).toMatch(message);
        expect(p.error).toMatch(/Nothing was imported/);
      }
    }
    const big = previewImport('{}', MAX_IMPORT_BYTES + 1, { existing: [] });
    expect(big).toEqual({ ok: false, error: expect.stringMatching(/too large \(5\.0 MB\); the limit is 5 MB/) });
  });

  test('hostile text is kept as data, not rejected or altered', () => {
    const hostile = { ...FACT_NOTE, id: 'h', body: '<script>alert(1)</script><img src=x onerror=alert(2)>' };
    const p = preview(notesToJson([hostile], NOW));
    if (!p.ok) throw new Error(p.error);
    expect(p.added[0]!.body).toBe(hostile.body);
  });
});

describe('stored notes ⇄ portable notes', () => {
  test('round trip keeps every field', () => {
    for (const note of NOTES) expect(toPortableNote(fromPortableNote(note))).toEqual(note);
    const stored = fromPortableNote(PASSAGE_NOTE);
    expect(stored.target).toMatchObject({ kind: 'passage', factId: 'binance-users', exact: PASSAGE_NOTE.passage!.exact });
    expect(stored.createdAt).toBe(Date.parse(PASSAGE_NOTE.createdAt));
    expect(stored.deletedAt).toBeUndefined();
  });
});
