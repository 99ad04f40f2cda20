/**
 * Between stored notes (lib/db's Note: epoch-ms times, a `target` union, soft
 * delete) and the portable shape every file format uses (ISO dates, `factId` +
 * optional `passage`). Keeping the two apart lets either change without
 * breaking old export files.
 */
import type { Note } from '../db/note-schema';
import type { PortableNote } from './schema';

export function toPortableNote(note: Note): PortableNote {
  const base = {
    id: note.id,
    body: note.body,
    createdAt: new Date(note.createdAt).toISOString(),
    updatedAt: new Date(note.updatedAt).toISOString(),
  };
  const t = note.target;
  if (t.kind === 'fact') return { ...base, factId: t.factId };
  return {
    ...base,
    ...(t.factId ? { factId: t.factId } : {}),
    passage: { url: t.url, title: t.title, exact: t.exact, prefix: t.prefix, suffix: t.suffix },
  };
}

/** An imported note as stored; importing a note that was soft-deleted here restores it (no deletedAt). */
export function fromPortableNote(note: PortableNote): Note {
  const p = note.passage;
  return {
    id: note.id,
    body: note.body,
    createdAt: Date.parse(note.createdAt),
    updatedAt: Date.parse(note.updatedAt),
    target: p
      ? { kind: 'passage', url: p.url, title: p.title, exact: p.exact, prefix: p.prefix, suffix: p.suffix, ...(note.factId ? { factId: note.factId } : {}) }
      : { kind: 'fact', factId: note.factId! },
  };
}
